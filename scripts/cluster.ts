// npm run cluster
//
// The production topology on one machine: Varnish on PORT (default 3000) in
// front of INSTANCES (default 2) app servers on PORT+1 … PORT+N, which share
// Redis (REDIS_URL, default redis://127.0.0.1:6379) and the PostgreSQL of
// DATABASE_URL (required: the embedded database serves one process). Applies
// migrations, seeds an empty database and builds when there is no build, like
// `npm start`. Ctrl-C or SIGTERM stops everything it started.
//
//   npm run cluster -- --write-unavailable-page <file>
//     writes the page Varnish sends when no instance answers, for a Varnish on another host.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "redis";
import { unavailablePage } from "@/server/http/unavailable-page";
import { startCluster, type Cluster } from "./lib/cluster";
import { projectRoot } from "./lib/database";
import { ensureSecrets } from "./lib/secrets";
import { migrate } from "./migrate";

const { values } = parseArgs({ options: { "write-unavailable-page": { type: "string" } } });
const tsxCli = path.join(projectRoot, "node_modules/tsx/dist/cli.mjs");
const nextCli = path.join(projectRoot, "node_modules/next/dist/bin/next");

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => spawn(process.execPath, args, { stdio: "inherit", cwd: projectRoot }).on("exit", (code) => resolve(code ?? 1)));
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close();
  }
}

async function main(): Promise<number> {
  if (values["write-unavailable-page"]) {
    writeFileSync(values["write-unavailable-page"], unavailablePage(process.env.SITE_NAME ?? "The Ledger"));
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "npm run cluster needs DATABASE_URL: several app instances share one PostgreSQL, and the embedded database serves a single process.\n" +
        "For example: createdb ledger && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/ledger npm run cluster",
    );
    return 1;
  }
  const port = Number(process.env.PORT ?? 3000);
  const instances = Number(process.env.INSTANCES ?? 2);
  if (!Number.isInteger(port) || port < 1 || port > 65535 - instances || !Number.isInteger(instances) || instances < 1 || instances > 32) {
    console.error("PORT must be a port number and INSTANCES a whole number from 1 to 32.");
    return 1;
  }
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.SITE_URL ??= `http://localhost:${port}`;
  ensureSecrets();

  if (!(await redisAnswers(redisUrl))) {
    console.warn(`Redis at ${redisUrl} does not answer: the instances will render without a shared cache until it does (set REDIS_URL).`);
  }
  await migrate(databaseUrl, (line) => console.log(`db: ${line}`));
  if ((await run([tsxCli, path.join(projectRoot, "prisma/seed.ts"), "--if-empty"])) !== 0) throw new Error("Seeding the database failed.");
  if (!existsSync(path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    console.log("No production build yet: running next build (about a minute).");
    if ((await run([nextCli, "build"])) !== 0) throw new Error("next build failed.");
  }

  // Filled once the cluster is up; a signal may come before.
  const running: { cluster?: Cluster } = {};
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping Varnish and the instances…");
    await running.cluster?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  running.cluster = await startCluster({
    port,
    instances,
    // Every interface, as `npm start` does; the instances listen on loopback only.
    listen: "",
    env: { ...process.env, REDIS_URL: redisUrl },
    varnishMemory: process.env.VARNISH_MEMORY,
    restart: true,
  });
  if (stopping) return 0;
  console.log(
    `The Ledger is served at http://localhost:${port} by Varnish, in front of ${instances} instance(s) on ports ${port + 1}–${port + instances}, ` +
      `sharing Redis (${redisUrl}) and PostgreSQL. Ctrl-C stops them all.`,
  );
  return new Promise<number>(() => {});
}

main().then(
  (code) => code === 0 || process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
