// Starts PGlite served over the PostgreSQL wire protocol, so that the app,
// the migration runner and the seed use the same `pg` driver against either
// the embedded database or a real PostgreSQL server.
//
// PGlite runs a single backend. The socket server multiplexes a few
// connections onto it (so the app, a build worker and a test can each hold
// one), but a statement on one connection waits while another connection has
// a transaction open; keep pools small (PG_POOL_MAX) and transactions short.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts PGlite's server. Every connection to it shares one database session, so a statement one client
 * names stays prepared for the next client, which would fail to prepare it again: this process and the
 * ones it starts keep their statements unnamed (PG_NAMED_STATEMENTS=0, lib/prisma.ts).
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; maxConnections?: number }): Promise<EmbeddedPostgres> {
  process.env.PG_NAMED_STATEMENTS = "0";
  mkdirSync(options.dataDir, { recursive: true });
  const bin = path.join(root, "node_modules/.bin/pglite-server");
  const child = spawn(
    bin,
    [`--db=${options.dataDir}`, `--port=${options.port}`, "--host=127.0.0.1", `--max-connections=${options.maxConnections ?? 8}`],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`;
  const stop = () => stopChild(child);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The embedded PostgreSQL exited with code ${child.exitCode}:\n${output.trim()}`);
    }
    if (await canConnect(url)) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The embedded PostgreSQL did not accept connections within 60 s:\n${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
