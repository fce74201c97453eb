// An in-memory copy of reader pages that Next served from its own page cache,
// kept in front of Next the way a CDN would keep them.
//
// Why: on two cores, Next spends a few milliseconds on every cache hit. When a
// story breaks and readers pile in, the event loop is full of those hits, and
// the one request that has to render a fresh page waits its turn at every
// step of the render: new stories took seconds to appear. Answering repeat
// readers from memory keeps the loop free for the renders that matter.
//
// What is stored: 200 answers to plain GETs of reader pages that Next served
// from its page cache or rendered and stored there (x-nextjs-cache HIT or
// MISS) with an s-maxage, for at most that long, with the cache tags of that
// page. When Next expires tags (a story was saved, a
// section renamed), the pages carrying them go too, so an edit is never
// hidden behind the store, and pages the change did not touch stay: right
// after a publish the server is busy rendering what changed, not refetching
// everything else. A page whose tags are unknown goes with any expiry. A
// generation counter stops a page rendered before an expiry from being
// stored after it.
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";

export type CachedPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number; etag?: string; tags: ReadonlySet<string> | null };
type TagListener = (tags: string[]) => void;

const NOT_CACHED_PREFIXES = ["/admin", "/preview", "/api/", "/_next/"];
// Requests from Next's client router ask for a different payload under the same URL.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "authorization"];
// server/http/render-cache-handler.mjs (loaded by Next, outside our modules) calls these with every tag Next expires.
const listenersKey = Symbol.for("ledger.expired-tag-listeners");
const listeners = ((globalThis as unknown as { [listenersKey]?: Set<TagListener> })[listenersKey] ??= new Set());

/** Calls `listener` with the tags Next expires from now on, in this process. */
export function onExpiredTags(listener: TagListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  private generation = 0;

  constructor(private readonly maxBytes: number) {}

  /** The key for a request that may be answered from the store, or null. */
  keyFor(req: IncomingMessage): string | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "";
    if (url.length > 1024 || NOT_CACHED_PREFIXES.some((prefix) => url.startsWith(prefix)) || url.includes("_rsc=")) return null;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    return `${url} ${acceptedEncoding(req)}`;
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

  /** A token to hand back to `put`: a write in between makes the page unfit to keep. */
  ticket(): number {
    return this.generation;
  }

  /**
   * Seconds an answer with this status and these headers may be kept, or null when it may not: pages
   * Next keeps itself (served from its cache, or rendered and stored) with an s-maxage only. A STALE
   * answer is not kept: Next is rendering its successor.
   */
  static keepableFor(status: number, headers: OutgoingHttpHeaders): number | null {
    const nextCache = String(headers["x-nextjs-cache"] ?? "").toUpperCase();
    if (status !== 200 || (nextCache !== "HIT" && nextCache !== "MISS") || headers["set-cookie"] !== undefined) return null;
    const maxAge = Number(/(?:^|,)\s*s-maxage=(\d+)/.exec(String(headers["cache-control"] ?? ""))?.[1] ?? 0);
    return maxAge > 0 ? maxAge : null;
  }

  /**
   * Keeps a page until Next would call it stale: `s-maxage` counts from when Next rendered it, which
   * Next's header does not say (it sends the whole period on every hit), so the render time is passed in.
   * Returns the page as kept, or as it would have been when an expiry since `ticket` kept it out; null
   * when it is not a page to keep.
   */
  put(key: string, ticket: number, status: number, headers: OutgoingHttpHeaders, body: Buffer, entry: { tags?: string[]; renderedAt?: number }, now = Date.now()): CachedPage | null {
    const maxAge = PageCache.keepableFor(status, headers);
    if (maxAge === null || body.length > this.maxBytes / 8) return null;
    const expires = Math.min(now, entry.renderedAt ?? now) + maxAge * 1000;
    if (expires <= now) return null;
    const etag = typeof headers.etag === "string" ? headers.etag : undefined;
    const page: CachedPage = { status, headers, body, expires, etag, tags: entry.tags ? new Set(entry.tags) : null };
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

  /** Drops the pages that carry any of these tags (and those whose tags are unknown). */
  expire(tags: readonly string[]): void {
    this.generation++;
    for (const [key, page] of this.pages) {
      if (!page.tags || tags.some((tag) => page.tags!.has(tag))) this.delete(key);
    }
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

/** Answers are stored per Accept-Encoding as sent (Next compresses when the client accepts it). */
function acceptedEncoding(req: IncomingMessage): string {
  return String(req.headers["accept-encoding"] ?? "").toLowerCase().replace(/\s+/g, "");
}
