// @ts-check
// What Next's two cache handlers share (server/cache/page-handler.mjs for
// rendered pages and route responses, server/cache/data-handler.mjs for
// 'use cache' results): one store per process, the cache tags' expiry, the
// purge of the HTTP cache, and what the request being answered is.
//
// Plain JavaScript: Next loads the handlers itself, outside the app's bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPurger } from "./purge.mjs";
import { MemoryStore, RedisStore } from "./stores.mjs";

/**
 * What the production server's front (server/http/front.ts) knows of the request being answered,
 * through the AsyncLocalStorage of server/log.ts.
 * @typedef {{ requestId?: string; nonce?: string; startedAt?: number }} RequestFacts
 */

const CONTEXT = Symbol.for("ledger.request-context");
const SHARED = Symbol.for("ledger.shared-cache");
/** The single-process server's copy of pages (server/http/page-cache.ts) listens for expiries here. */
const EXPIRED_TAG_LISTENERS = Symbol.for("ledger.expired-tag-listeners");

/** @param {string[]} tags */
function tellListeners(tags) {
  const listeners = /** @type {Set<(tags: string[]) => void> | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[EXPIRED_TAG_LISTENERS]);
  for (const listener of listeners ?? []) listener(tags);
}

/** @returns {RequestFacts | undefined} */
export function currentRequest() {
  const storage = /** @type {{ getStore(): RequestFacts | undefined } | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[CONTEXT]);
  return storage?.getStore();
}

/** `next build` prerenders without a request: nothing it renders is kept (it has no nonce), nothing is purged. */
export const building = process.env.NEXT_PHASE === "phase-production-build";

/** @param {"warn" | "info" | "error"} level @param {string} message */
function log(level, message) {
  // The production server turns console output into JSON log lines (scripts/serve.ts).
  console[level](message);
}

/** The build's id: entries of another build are never read (its pages point to other scripts). */
function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

function create() {
  const redisUrl = process.env.REDIS_URL;
  const prefix = `${process.env.REDIS_PREFIX || "ledger"}`;
  const purge = createPurger(
    (process.env.VARNISH_URLS ?? "").split(",").map((u) => u.trim()).filter(Boolean),
    log,
  );
  const store = redisUrl
    ? // An expiry written late is purged again: pages kept meanwhile may have come from the entries it ends.
      new RedisStore(redisUrl, { prefix, log, writtenLate: (tags) => void purge(tags) })
    : new MemoryStore(Number(process.env.CACHE_MEMORY_MB || 32) * 1024 * 1024);
  return { store, purge, build: buildId() };
}

/** @returns {ReturnType<typeof create>} */
export function shared() {
  const g = /** @type {Record<symbol, ReturnType<typeof create> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[SHARED] ??= create());
}

/**
 * Both handlers are told of every expiry (Next calls each one); the HTTP cache is purged once.
 * @type {Map<string, Promise<void>>}
 */
const inFlight = new Map();

/**
 * Expires tags for every instance, then purges the pages that carry them from the HTTP cache: in this
 * order, so that the cache, fetching again at once, gets pages rendered after the change. Copies of pages
 * kept in this process are dropped first of all.
 * @param {string[]} tags
 * @param {{ expire?: number } | undefined} durations undefined or expire 0: expired now; otherwise stale
 *   now and expired after `expire` seconds (pages may be served while they render again).
 */
export function expireTags(tags, durations) {
  if (building || tags.length === 0) return Promise.resolve();
  const key = `${JSON.stringify(durations ?? null)}\n${[...tags].sort().join("\n")}`;
  const running = inFlight.get(key);
  if (running) return running;
  const now = Date.now();
  const expiredAt = durations?.expire ? now + durations.expire * 1000 : now;
  const { store, purge } = shared();
  tellListeners(tags);
  const done = store
    .expire(tags, now, expiredAt)
    .then(() => purge(tags))
    .finally(() => setImmediate(() => inFlight.delete(key)));
  inFlight.set(key, done);
  return done;
}

/**
 * How long an entry may stay in the store: until Next would no longer serve it.
 * @param {number | undefined} expireSeconds
 */
export function storeLifetime(expireSeconds) {
  const week = 7 * 24 * 3600;
  return typeof expireSeconds === "number" && Number.isFinite(expireSeconds) && expireSeconds > 0 ? Math.min(expireSeconds, week) : week;
}
