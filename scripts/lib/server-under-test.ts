// Shared by the benchmark and the load test: a fresh database with demo and
// synthetic content, and a production build of the app serving it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createPrismaClient } from "@/lib/prisma";
import { seed } from "../../prisma/seed";
import { bulkLoadArticles } from "../../prisma/seed-data/bulk";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { projectRoot } from "./database";
import { migrate } from "../migrate";
import { serveArgs, serveEnv } from "./serve-command";

export const mediaDir = path.join(os.tmpdir(), "ledger-bench-media");

/** A new, empty database named `name` on the server of DATABASE_URL, or an embedded one. */
export async function freshDatabase(name: string, embeddedPort: number): Promise<{ url: string; stop: () => Promise<void>; kind: string }> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const dir = path.join(os.tmpdir(), `ledger-${name}-${Date.now()}`);
    const db = await startEmbeddedPostgres({ dataDir: dir, port: embeddedPort });
    return { url: db.url, kind: "embedded PGlite", stop: async () => { await db.stop(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const url = new URL(external);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: external });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const drop = async () => {
    const cleanup = new Client({ connectionString: external });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => cleanup.end());
  };
  return { url: url.href, kind: "PostgreSQL", stop: drop };
}

/** Migrates, seeds the demo content and loads `articles` synthetic ones; returns the load time in seconds. */
export async function prepareContent(url: string, articles: number): Promise<number> {
  await migrate(url, () => {});
  const prisma = createPrismaClient(url, 1);
  await seed(prisma, { mediaDir });
  await prisma.$disconnect();
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  await bulkLoadArticles(client, articles);
  const seconds = (Date.now() - started) / 1000;
  await client.end();
  await settleDatabase(url);
  return seconds;
}

/**
 * What autovacuum does soon after a bulk load on a running database, done before anything is measured: the
 * planner's statistics and the visibility map of the new rows. Without them the planner guesses a handful of
 * rows where there are thousands (a live blog's 1,000 entries were sorted in memory rather than read in order
 * from their index), and autovacuum's own run lands in the middle of a measurement.
 */
export async function settleDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in time`);
}

export const REVALIDATE_SECRET = "bench-revalidate-secret-0123456789";

export function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SITE_URL: `http://127.0.0.1:${port}`,
    MEDIA_DIR: mediaDir,
    SCHEDULER: "off",
    PORT: String(port),
    REVALIDATE_SECRET,
    BETTER_AUTH_SECRET: "bench-auth-secret-0123456789-0123456789",
  };
}

const next = path.join(projectRoot, "node_modules/next/dist/bin/next");

export function build(env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, [next, "build"], { stdio: "inherit", cwd: projectRoot, env });
}

/** Starts the production server; its JSON log lines are pushed to `logLines` when given, else dropped. */
export async function startServer(env: NodeJS.ProcessEnv, port: number, logLines?: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, serveArgs(port, "127.0.0.1", env), { cwd: projectRoot, env: serveEnv(env), stdio: ["ignore", logLines ? "pipe" : "ignore", "inherit"] });
  if (logLines && child.stdout) {
    let rest = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      logLines.push(...lines.filter(Boolean));
    });
  }
  // A server left over on the port would answer the health check: make sure it is this one.
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before it answered; is port ${port} in use?`))));
  await Promise.race([waitFor(`http://127.0.0.1:${port}/api/health`), exited]);
  exited.catch(() => {});
  return child;
}

export function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
