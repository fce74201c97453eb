// Next's own file-system cache for rendered pages, with one difference: a page
// prerendered during `next build` is not served as it is. The build has no
// request, so its pages carry no nonce and their scripts would be refused by
// the Content-Security-Policy (server/http/content-security-policy.ts). Such a
// page counts as not cached: the first reader's request renders it, with a
// nonce, and that render is stored and served from then on.
//
// It also tells the front's page cache (server/http/page-cache.ts) two
// things, through objects on globalThis that both sides find by name: the
// tags and age of the stored page a request was answered with or rendered and
// stored, and every tag Next expires, so that a change empties exactly the
// pages that showed it.
//
// Plain JavaScript because Next loads this file itself, outside the bundle.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const Base = FileSystemCache.default ?? FileSystemCache;
const requestContext = Symbol.for("ledger.request-context"); // server/log.ts
const expiredTagListeners = Symbol.for("ledger.expired-tag-listeners"); // server/http/page-cache.ts

/** An HTML page with scripts but no nonce anywhere: a build-time render. */
function renderedWithoutNonce(html) {
  const text = typeof html === "string" ? html : Buffer.isBuffer(html) ? html.toString("latin1") : null;
  return text !== null && text.includes("<script") && !text.includes(" nonce=\"");
}

export default class RenderCacheHandler extends Base {
  async get(key, context) {
    const entry = await super.get(key, context);
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && value.postponed == null && renderedWithoutNonce(value.html)) return null;
    const tags = value?.headers?.["x-next-cache-tags"];
    const request = globalThis[requestContext]?.getStore();
    if (request && typeof tags === "string") request.cacheTags = tags.split(",");
    if (request && typeof entry?.lastModified === "number") request.cacheRenderedAt = entry.lastModified;
    return entry;
  }

  async set(key, data, context) {
    await super.set(key, data, context);
    const tags = data?.kind === "APP_PAGE" ? data.headers?.["x-next-cache-tags"] : undefined;
    const request = globalThis[requestContext]?.getStore();
    if (request && typeof tags === "string") {
      request.cacheTags = tags.split(",");
      request.cacheRenderedAt = Date.now();
      request.cacheStored = true;
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const expired = typeof tags === "string" ? [tags] : tags;
    for (const listener of globalThis[expiredTagListeners] ?? []) listener(expired);
  }
}
