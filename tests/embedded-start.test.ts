// `npm start` with no DATABASE_URL: the embedded PostgreSQL starts, the
// schema is migrated, the demo content seeded, the app built and served, and
// the database stops with the app.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { articlesA } from "../prisma/seed-data/articles-a";
import { freePort } from "./helpers/free-port";

const root = path.resolve(import.meta.dirname, "..");

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

it("serves the seeded portal on an embedded database when DATABASE_URL is not set", { timeout: 420_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ledger-embedded-"));
  // Next lists a build directory's types in tsconfig.json, so the name stays fixed; one left by a
  // killed run goes first, so that it cannot be taken for a finished build.
  const distDir = ".next-embedded-test";
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  const port = await freePort();
  const dbPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_DB_DIR: path.join(dir, "pglite"),
    EMBEDDED_DB_PORT: String(dbPort),
    NEXT_DIST_DIR: distDir,
    MEDIA_DIR: path.join(dir, "media"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.PG_POOL_MAX;
  // What `npm start` runs, as one process, so the test can stop it the way a terminal would.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run.ts", "start"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  try {
    let html = "";
    const deadline = Date.now() + 400_000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 200) {
          html = await response.text();
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(html, `npm start never served the front page:\n${log.slice(-3000)}`).not.toBe("");
    const lead = articlesA.filter((a) => a.featured).sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!;
    expect(html).toContain(lead.headline);
    expect(log).toContain("embedded PostgreSQL");
    expect(await portOpen(dbPort)).toBe(true);
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    // The embedded database stopped with the app.
    expect(await portOpen(dbPort)).toBe(false);
    expect(await portOpen(port)).toBe(false);
  } finally {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(root, distDir), { recursive: true, force: true });
  }
});
