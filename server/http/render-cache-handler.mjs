// Next's own file-system cache for rendered pages, with one difference: a page
// prerendered during `next build` is not served as it is. The build has no
// request, so its pages carry no nonce and their scripts would be refused by
// the Content-Security-Policy (server/http/content-security-policy.ts). Such a
// page counts as not cached: the first reader's request renders it, with a
// nonce, and that render is stored and served from then on.
//
// Plain JavaScript because Next loads this file itself, outside the bundle.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const Base = FileSystemCache.default ?? FileSystemCache;

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
    return entry;
  }
}
