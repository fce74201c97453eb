// @ts-check
// Next's cache for 'use cache' results (`cacheHandlers.default` in
// next.config.mjs), on the store of server/cache/shared.mjs: Redis when
// REDIS_URL is set, shared by every instance; the process's memory otherwise.
//
// Every lookup checks the entry's tags (and the route's implicit tags) against
// the shared expiry times, so nothing about freshness is remembered in the
// process. A tag that went stale counts as expired: this app only expires
// tags at once, and a stale result served "while it refreshes" would end up
// inside a freshly rendered page.
import { decodeFrame, encodeFrame } from "./frame.mjs";
import { building, expireTags, shared, storeLifetime } from "./shared.mjs";

/** @typedef {import("next/cache").CacheEntry} CacheEntry */

/** Lookups wait for this process's own write of the same key, as Next's default handler does. */
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

/** @param {string} key */
const storeKey = (key) => `${shared().build}:data:${key}`;

/** @param {Uint8Array} bytes @returns {ReadableStream<Uint8Array>} */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @type {import("next/cache").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    if (building) return undefined;
    await pendingSets.get(cacheKey);
    try {
      const found = await shared().store.get(storeKey(cacheKey), softTags);
      if (!found) return undefined;
      const { value, ...meta } = /** @type {Omit<CacheEntry, "value"> & { value: Buffer }} */ (decodeFrame(found.value));
      if (found.expiredAt >= meta.timestamp || found.staleAt >= meta.timestamp) return undefined;
      return { ...meta, value: streamOf(value) };
    } catch (error) {
      console.warn(`data cache: unreadable entry dropped (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    if (building) return;
    /** @type {() => void} */
    let release = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (release = () => resolve())));
    try {
      const entry = await pendingEntry;
      // A result that may not be kept (Next renders it again on every read) is not stored.
      if (entry.expire === 0) return;
      const value = Buffer.from(await new Response(entry.value).arrayBuffer());
      const frame = encodeFrame({ ...entry, value });
      await shared().store.set(storeKey(cacheKey), frame, entry.tags, storeLifetime(entry.expire), entry.timestamp);
    } catch (error) {
      // A result that failed partway is not kept: it would make an incomplete page.
      console.warn(`data cache: entry not stored (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      release();
      pendingSets.delete(cacheKey);
    }
  },

  // Tag times are read with each entry (above), never remembered here.
  async refreshTags() {},

  // Implicit tags are checked in get(), from the store, with the entry's own.
  async getExpiration() {
    return Infinity;
  },

  async updateTags(tags, durations) {
    await expireTags(tags, durations);
  },
};

export default handler;
