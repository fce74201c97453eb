// The single-process server's copy of reader pages, answered without entering
// Next, the way the HTTP cache answers them in the cluster. It is on only when
// nothing else keeps pages: no Varnish in front (VARNISH_URLS) and no other
// instance (REDIS_URL); `npm start` is that case.
//
// Why keep it there: a page served from Next's own cache still costs Next's
// request handling and a fresh gzip of the page, about a tenth of what a copy
// in memory costs on the same two cores (measured in the README's Performance).
// With readers piling in, the event loop is full of those answers and the
// renders of pages that changed wait behind them.
//
// What is kept: answers to plain GETs of reader pages that Next served from,
// or stored in, its page cache, with an s-maxage, until Next would call them
// stale (counted from their render), with their cache tags. When a tag
// expires, the copies carrying it go at once; a generation counter keeps a page
// rendered before an expiry from being kept after it. Readers who ask for a
// page while it renders wait for that render (server/http/front.ts).
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";

export type CachedPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number; renderedAt: number; etag?: string; tags: ReadonlySet<string> };
type TagListener = (tags: string[]) => void;

const NOT_KEPT = ["/admin", "/preview", "/api/", "/_next/"];
// Requests from Next's client router ask for a different payload under the same URL.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url", "authorization"];
// The cache handlers (server/cache/shared.mjs, loaded by Next outside our bundle) call these with every expired tag.
const listenersKey = Symbol.for("ledger.expired-tag-listeners");
const listeners = ((globalThis as unknown as { [listenersKey]?: Set<TagListener> })[listenersKey] ??= new Set());

/** Calls `listener` with the tags expired from now on, in this process. */
export function onExpiredTags(listener: TagListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  private generation = 0;

  constructor(private readonly maxBytes: number) {
    onExpiredTags((tags) => this.expire(tags));
  }

  /** The key for a request that may be answered from a copy, or null. */
  keyFor(req: IncomingMessage): string | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "";
    if (url.length > 1024 || NOT_KEPT.some((prefix) => url.startsWith(prefix)) || url.includes("_rsc=")) return null;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    // A signed-in editor or draft mode: the app answers for them alone.
    if (/(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=|(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? "")) return null;
    return `${url} ${req.headers["accept-encoding"] ?? ""}`;
  }

  get(key: string, now = Date.now()): CachedPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.expires <= now) {
      this.delete(key);
      return null;
    }
    // Most recently used last: the oldest entries go first when space runs out.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** A token to hand back to `put`: an expiry in between makes the page unfit to keep. */
  ticket(): number {
    return this.generation;
  }

  /**
   * Keeps a page Next served from or stored in its page cache (x-nextjs-cache HIT or MISS, not STALE:
   * Next is rendering its successor), with an s-maxage, until that long after its render. Returns the page
   * as kept, or as it would have been when an expiry since `ticket` kept it out; null when it is not a page
   * to keep.
   */
  put(key: string, ticket: number, status: number, headers: OutgoingHttpHeaders, body: Buffer, entry: { tags: string[]; renderedAt: number }, now = Date.now()): CachedPage | null {
    const nextCache = String(headers["x-nextjs-cache"] ?? "").toUpperCase();
    const maxAge = Number(/(?:^|,)\s*s-maxage=(\d+)/.exec(String(headers["cache-control"] ?? ""))?.[1] ?? 0);
    if (status !== 200 || (nextCache !== "HIT" && nextCache !== "MISS") || headers["set-cookie"] !== undefined || maxAge <= 1) return null;
    if (body.length > this.maxBytes / 8) return null;
    const expires = Math.min(now, entry.renderedAt) + maxAge * 1000;
    if (expires <= now) return null;
    const etag = typeof headers.etag === "string" ? headers.etag : undefined;
    const page: CachedPage = { status, headers, body, expires, renderedAt: entry.renderedAt, etag, tags: new Set(entry.tags) };
    if (ticket !== this.generation) return page;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += body.length;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return page;
  }

  /** Drops the pages that carry any of these tags. */
  expire(tags: readonly string[]): void {
    this.generation++;
    for (const [key, page] of this.pages) if (tags.some((tag) => page.tags.has(tag))) this.delete(key);
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.body.length;
    this.pages.delete(key);
  }
}
