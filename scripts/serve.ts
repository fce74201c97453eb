// The production server: Next's request handler behind the HTTP front
// (request ids, access log, script policy, outage page; see server/http/front.ts).
//
//   node <bundle of this file> --dir <project> [--port 3000] [--hostname 127.0.0.1]
//
// `npm start`, `npm run cluster`, the browser tests, the benchmark and the fault
// tests all serve the app through this file, bundled and started by
// scripts/lib/serve-command.ts.
import { createServer } from "node:http";
import path from "node:path";
import { format, parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createFront } from "@/server/http/front";
import { PageCache } from "@/server/http/page-cache";
import { log } from "@/server/log";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" }, dir: { type: "string" } } });
const projectRoot = path.resolve(values.dir ?? ".");
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// React and Next pick their production builds from NODE_ENV, so it is set before Next loads; the cache
// handlers' paths in next.config.mjs are relative to the project.
Object.assign(process.env, { NODE_ENV: "production", PORT: String(port) });
process.chdir(projectRoot);
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
// A call of a server action this build does not have: a tab opened before a deploy, or a made-up id. The
// client's mistake, not the server's: one line, no stack.
const UNKNOWN_ACTION = /^(Failed to find Server Action|The Server Reference ID did not match)/;
console.warn = (...args: unknown[]) => {
  const message = text(args);
  if (UNKNOWN_ACTION.test(message)) log.info({ reason: message.split("\n")[0]!.slice(0, 200) }, "a server action this build does not have was called");
  else log.warn({ err: errorIn(args) }, message);
};
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

// Copies of reader pages in this process, only when nothing else keeps pages: no HTTP cache in front and no
// other instance sharing Redis (their expiries would not reach this copy). PAGE_CACHE_MB=0 turns it off.
const pageCacheMb = process.env.VARNISH_URLS || process.env.REDIS_URL ? 0 : Number(process.env.PAGE_CACHE_MB ?? 32);

const server = createServer(
  createFront({
    handle,
    databaseReachable,
    siteName: process.env.SITE_NAME ?? "The Ledger",
    accessLog: process.env.ACCESS_LOG !== "off",
    // An HTTP cache that purges by tag is in front (npm run cluster sets it): it needs each page's tags.
    surrogateKeys: Boolean(process.env.VARNISH_URLS),
    pageCache: pageCacheMb > 0 ? new PageCache(pageCacheMb * 1024 * 1024) : undefined,
    trustedProxies: process.env.TRUSTED_PROXIES,
    siteUrl: env.SITE_URL,
  }),
);
// A client that sends its request slowly holds a socket, nothing else; it is cut off after 30 s
// rather than Node's default of five minutes.
server.requestTimeout = 30_000;
server.headersTimeout = 15_000;
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
