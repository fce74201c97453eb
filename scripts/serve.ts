// The production server: Next's request handler behind the HTTP front
// (request ids, access log, outage page; see server/http/front.ts).
//
//   node <bundle of this file> --dir <project> [--port 3000] [--hostname 127.0.0.1]
//
// `npm start`, the browser tests, the benchmark and the fault tests all serve
// the app through this file, bundled and started by scripts/lib/serve-command.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { format, parseArgs } from "node:util";
import { createFront } from "@/server/http/front";
import { PageCache } from "@/server/http/page-cache";
import { RenderQueue } from "@/server/http/render-queue";
import { log } from "@/server/log";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" }, dir: { type: "string" } } });
const projectRoot = path.resolve(values.dir ?? ".");
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// React and Next pick their production builds from NODE_ENV, so it is set before Next loads.
Object.assign(process.env, { NODE_ENV: "production", PORT: String(port) });
// Run on the configuration `next build` resolved and saved, as Next's own standalone server does.
// Loading next.config.ts instead compiles it with SWC, whose native module then stays in the
// process: about 45 MB of the server's memory, for a file read once.
const savedConfig = path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "required-server-files.json");
if (existsSync(savedConfig)) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(readFileSync(savedConfig, "utf8")).config);
const { default: next } = await import("next");

// Whatever Next or a library prints goes out as JSON lines too. Errors that
// carry a digest were captured by Next during a request and are logged, with
// that request's id, by onRequestError in instrumentation.ts: skip them here.
const hasDigest = (value: unknown) => value instanceof Error && "digest" in value;
const errorIn = (args: unknown[]) => args.find((a): a is Error => a instanceof Error);
const text = (args: unknown[]) => format(...args.filter((a) => !(a instanceof Error))).trim() || errorIn(args)?.message || "";
console.log = console.info = (...args: unknown[]) => log.info(text(args));
console.debug = (...args: unknown[]) => log.debug(text(args));
// console.trace prints a stack by design: keep it, as a debug line.
console.trace = (...args: unknown[]) => log.debug({ stack: new Error().stack?.split("\n").slice(2).join("\n") }, text(args) || "trace");
console.warn = (...args: unknown[]) => log.warn({ err: errorIn(args) }, text(args));
console.error = (...args: unknown[]) => {
  if (args.some(hasDigest)) return;
  log.error({ err: errorIn(args) }, text(args) || "error");
};

// Node's own warnings (deprecations and the like) are warnings in the log, not errors on stderr.
process.removeAllListeners("warning");
process.on("warning", (warning) => log.warn({ err: warning }, warning.message));

// quiet: Next's own request-error printing is off for the same reason.
const app = next({ dev: false, dir: projectRoot, hostname, port, quiet: true });
await app.prepare();
const handle = app.getRequestHandler();

// The app's own readiness check (its pool, its view of the migrations),
// asked at most once a second and only after a request failed with a 500.
const self = `http://${hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1"}:${port}`;
let probe: { at: number; result: Promise<boolean> } | null = null;
function databaseReachable(): Promise<boolean> {
  if (probe && Date.now() - probe.at < 1000) return probe.result;
  const result = fetch(`${self}/api/ready`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
  probe = { at: Date.now(), result };
  return result;
}

// PAGE_CACHE_MB=0 turns the in-memory page cache off (for example behind a CDN that does the same).
const pageCacheMb = Number(process.env.PAGE_CACHE_MB ?? 32);
// Two renders per core keep every core busy while one waits for the database, up to eight: the
// default heap (SERVER_HEAP_MB) has room for that many renders at once, not one per core of a big machine.
const renderConcurrency = Number(process.env.RENDER_CONCURRENCY ?? Math.min(8, 2 * os.availableParallelism()));
// Readers' page requests that may wait for a render; more are answered 503 at once. 256 is a few
// seconds of renders on two cores: a reader further back would have given up anyway.
const renderQueueLength = Number(process.env.RENDER_QUEUE_LENGTH || 256);
/** URL paths of the files in public/, which Next serves as they are (it reads the folder at start too). */
function publicFiles(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => "/" + path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).map(encodeURIComponent).join("/")));
}

const server = createServer(
  createFront({
    handle,
    databaseReachable,
    siteName: process.env.SITE_NAME ?? "The Ledger",
    accessLog: process.env.ACCESS_LOG !== "off",
    pageCache: pageCacheMb > 0 ? new PageCache(pageCacheMb * 1024 * 1024) : undefined,
    renderQueue: new RenderQueue({ limit: renderConcurrency, maxWaiting: renderQueueLength, files: publicFiles(path.join(projectRoot, "public")) }),
  }),
);
server.listen(port, hostname, () => log.info({ port, hostname: hostname ?? "*" }, "listening"));

// Stop taking connections, let requests in flight finish (up to 10 s), then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log.info({ signal }, "shutting down");
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
