// The server the browser tests run against: migrates and seeds the database
// named by DATABASE_URL (plus enough synthetic stories to paginate), builds
// the app unless SKIP_BUILD=1, then serves it the way `npm start` does (scripts/serve.ts).
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { createPrismaClient } from "@/lib/prisma";
import { seed } from "../prisma/seed";
import { bulkLoadArticles } from "../prisma/seed-data/bulk";
import { projectRoot } from "./lib/database";
import { serveArgs, serveEnv } from "./lib/serve-command";
import { migrate } from "./migrate";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL must be set for the browser tests (npm test sets it).");
const port = process.env.E2E_PORT ?? "3100";

await migrate(url, () => {});
const prisma = createPrismaClient(url, 1);
await seed(prisma, { mediaDir: path.resolve(projectRoot, process.env.MEDIA_DIR ?? "storage/media") });
await prisma.$disconnect();
const client = new Client({ connectionString: url });
await client.connect();
await bulkLoadArticles(client, 240);
await client.end();

const next = path.join(projectRoot, "node_modules/next/dist/bin/next");
if (process.env.SKIP_BUILD !== "1") execFileSync(process.execPath, [next, "build"], { stdio: "inherit", cwd: projectRoot });
// PORT tells the in-process scheduler where to send its revalidation requests.
const server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), { stdio: "inherit", cwd: projectRoot, env: serveEnv({ ...process.env, PORT: port }) });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
