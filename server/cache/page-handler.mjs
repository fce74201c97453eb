// @ts-check
// Next's cache for rendered pages and route responses (`cacheHandler` in
// next.config.mjs), on the store of server/cache/shared.mjs: Redis when
// REDIS_URL is set, shared by every instance; the process's memory otherwise.
//
// Besides keeping entries it tells the front (server/http/front.ts) three
// things about each page it answers with, as headers on the entry, which Next
// sends with the page whether it was just rendered or read from the store:
// - x-ledger-nonce: the Content-Security-Policy nonce the page was rendered
//   with (every reader of a stored page gets that page's policy);
// - x-ledger-tags: the page's cache tags, for the HTTP cache's purges;
// - x-ledger-rendered-at: when its render started, for the Age header.
// A render during which one of its tags expired is not stored and is marked
// x-ledger-stale: it answers its readers, but no cache keeps it.
import { decodeFrame, encodeFrame } from "./frame.mjs";
import { building, currentRequest, expireTags, shared, storeLifetime } from "./shared.mjs";

const TAGS = "x-next-cache-tags";

/** @param {unknown} data @returns {Record<string, unknown> | undefined} */
function headersOf(data) {
  if (!data || typeof data !== "object") return undefined;
  const value = /** @type {{ kind?: string; headers?: Record<string, unknown> }} */ (data);
  if (value.kind !== "APP_PAGE" && value.kind !== "APP_ROUTE") return undefined;
  return (value.headers ??= {});
}

/** @param {Record<string, unknown> | undefined} headers */
function tagsOf(headers) {
  const tags = headers?.[TAGS];
  return typeof tags === "string" ? tags.split(",").filter(Boolean) : [];
}

export default class PageCacheHandler {
  // Next makes one of these per request: everything lasting lives in shared().

  /** @param {string} key */
  async get(key) {
    if (building) return null;
    try {
      const found = await shared().store.get(`${shared().build}:page:${key}`, []);
      if (!found) return null;
      const entry = /** @type {{ lastModified: number; cacheControl?: unknown; value: unknown }} */ (decodeFrame(found.value));
      // Stale or expired by a tag since it was rendered: rendered again before anyone sees it (Next's own
      // stale-while-revalidate would give the next reader, and the HTTP cache, the old page).
      if (found.expiredAt >= entry.lastModified || found.staleAt >= entry.lastModified) return null;
      return entry;
    } catch (error) {
      console.warn(`page cache: unreadable entry dropped (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {{ cacheControl?: { revalidate?: number | false; expire?: number } }} [context]
   */
  async set(key, data, context) {
    if (building || !data) return;
    const request = currentRequest();
    // A render that began before the request arrived is impossible; one whose request is unknown
    // (a background revalidation outlives nothing here) counts as begun now.
    const renderedAt = request?.startedAt ?? Date.now();
    const headers = headersOf(data);
    const tags = tagsOf(headers);
    if (headers) {
      // The entry object is the one Next answers this request (and any waiting for the same render) with.
      if (request?.nonce) headers["x-ledger-nonce"] = request.nonce;
      headers["x-ledger-tags"] = tags.join(",");
      headers["x-ledger-rendered-at"] = String(renderedAt);
    }
    try {
      const frame = encodeFrame({ lastModified: renderedAt, cacheControl: context?.cacheControl, value: data });
      const times = await shared().store.set(`${shared().build}:page:${key}`, frame, tags, storeLifetime(context?.cacheControl?.expire), renderedAt);
      if (headers && times && times.expiredAt >= renderedAt) headers["x-ledger-stale"] = "1";
    } catch (error) {
      console.warn(`page cache: entry not stored (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await expireTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
