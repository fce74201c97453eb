// npm start / npm run dev
//
// Serves the portal at http://localhost:3000. With DATABASE_URL set it uses
// that PostgreSQL; without it, it starts the embedded PGlite database under
// .data/ and stops it again when the app exits. Either way it applies pending
// migrations and seeds the demo content into an empty database first.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { embeddedDataDir, embeddedPort, projectRoot } from "./lib/database";
import { ensureSecrets } from "./lib/secrets";
import { serveArgs, serveEnv } from "./lib/serve-command";
import { migrate } from "./migrate";

const tsxCli = path.join(projectRoot, "node_modules/tsx/dist/cli.mjs");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";

// A signal stops the current step (forwarded to its process) and skips the
// rest; the embedded database is stopped on the way out either way.
let stopping: NodeJS.Signals | null = null;
let current: ChildProcess | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = signal;
    current?.kill(signal);
  });
}

function run(command: string, args: string[], env = process.env): Promise<number> {
  if (stopping) return Promise.resolve(130);
  return new Promise((resolve) => {
    const child = (current = spawn(command, args, { stdio: "inherit", env }));
    child.on("exit", (code) => {
      current = null;
      resolve(stopping ? 0 : (code ?? 1));
    });
  });
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.SITE_URL ??= `http://localhost:${port}`;
  process.env.PORT = port; // the in-process scheduler calls back on this port
  ensureSecrets();
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    console.log(`No DATABASE_URL: starting the embedded PostgreSQL (PGlite) in ${path.relative(projectRoot, embeddedDataDir)}/`);
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir, port: embeddedPort });
    process.env.DATABASE_URL = embedded.url;
    process.env.PG_POOL_MAX ??= "1";
  }
  let code = 1;
  try {
    await migrate(process.env.DATABASE_URL, (line) => console.log(`db: ${line}`));
    const seeded = await run(process.execPath, [tsxCli, path.join(projectRoot, "prisma/seed.ts"), "--if-empty"]);
    if (seeded !== 0) throw new Error("Seeding the database failed.");
    if (stopping) return;
    const next = path.join(projectRoot, "node_modules/next/dist/bin/next");
    if (mode === "start" && !existsSync(path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
      console.log("No production build yet: running next build (about a minute).");
      const built = await run(process.execPath, [next, "build"]);
      if (built !== 0) throw new Error("next build failed.");
    }
    if (stopping) return;
    code = mode === "dev"
      ? await run(process.execPath, [next, "dev", "--port", port])
      : await run(process.execPath, serveArgs(port), serveEnv(process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await embedded?.stop();
  }
  process.exit(code);
}

void main();
