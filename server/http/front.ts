// The HTTP front of the production server: what happens to every request
// before and after Next handles it.
//
// - Each request gets an id (a sane incoming X-Request-Id from a load balancer
//   is kept), echoed in the response and attached to every log line written
//   while the request runs.
// - One access-log line per response.
// - Repeat readers of a page Next has cached are answered from memory
//   (server/http/page-cache.ts); readers of a page being rendered wait for
//   that render; the other requests take turns to reach Next
//   (server/http/render-queue.ts).
// - Responses are compressed here rather than inside Next, so that the
//   Content-Security-Policy can be read from, and fitted to, the page Next
//   wrote (server/http/content-security-policy.ts).
// - When a page fails with a 500 because the database is down, the reader
//   gets a styled 503 with Retry-After instead of an error page: the outage is
//   temporary and crawlers must not drop the page. Cached pages never reach
//   this point; they are served from the cache while the database is away.
//   A reader turned away by a full render queue gets the same kind of page.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import compression from "compression";
import { log, requestContext, type RequestContext } from "@/server/log";
import { callbackIn, toBuffer, type Chunk } from "./chunks";
import { enforceScriptPolicy, nonceForRender, OUTAGE_PAGE_POLICY, RESOURCE_POLICY } from "./content-security-policy";
import { onExpiredTags, PageCache, type CachedPage } from "./page-cache";
import { onClosed, type RenderQueue } from "./render-queue";
import { securityHeaders } from "./security-headers";
import { BUSY_RETRY_AFTER_SECONDS, busyPage, RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page";

export type FrontOptions = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;
  /** True when the database answers; asked only after a request failed with a 500. */
  databaseReachable: () => Promise<boolean>;
  siteName: string;
  accessLog?: boolean;
  pageCache?: PageCache;
  /** Limits how many requests Next renders at once; the others wait their turn. */
  renderQueue?: RenderQueue;
};

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const SECURITY_HEADERS = securityHeaders();
/** Responses that are a full render queue's 503. */
const turnedAway = new WeakSet<ServerResponse>();
const UNAVAILABLE_JSON = JSON.stringify({ error: "The service is temporarily unavailable. Try again shortly." });

export function createFront(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const outagePage = unavailablePage(options.siteName);
  const crowdPage = busyPage(options.siteName);
  // Page-cache keys of the pages being rendered now.
  const rendering = new Map<string, Render>();
  if (options.pageCache) {
    const cache = options.pageCache;
    onExpiredTags((tags) => cache.expire(tags));
  }
  const compress = compression({
    // Next hands route handlers' headers over as arrays; the stock filter reads a string only.
    filter(req, res) {
      const type = res.getHeader("content-type");
      if (Array.isArray(type) && type.length === 1) res.setHeader("content-type", type[0]!);
      return compression.filter(req, res);
    },
  });
  return (req, res) => {
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    timeToHead(res, started);

    if (options.accessLog !== false) {
      res.once("close", () => {
        const ms = millisecondsSince(started);
        const line = { reqId: requestId, method: req.method, url: (req.url ?? "").slice(0, 512), status: res.statusCode, ms: Math.round(ms * 10) / 10, aborted: !res.writableFinished || undefined };
        // A reader turned away by a full queue is the queue working, not a failure; a flood of them would drown the log's warnings.
        if (res.statusCode >= 500 && !turnedAway.has(res)) log.warn(line, "request failed");
        else log.info(line, "request");
      });
    }

    // gzip, not Brotli, as Next itself did: a Brotli stream holds about 10 MB of native memory at its default
    // window, and on pages rendered per request it cost a third of the throughput (measured: 211 against
    // 350 req/s). Dropped before the page-cache key is taken, so one gzip copy serves every browser.
    const accepted = req.headers["accept-encoding"];
    if (typeof accepted === "string" && accepted.includes("br")) req.headers["accept-encoding"] = accepted.replace(/\bbr\b/g, "");
    dispatch(req, res, { requestId }, true);
  };

  /**
   * Answers from the page cache, or after the render of the same page already under way, or sends the
   * request to Next. `waited`: the reader already waited for another reader's render, which gave them
   * nothing they could have; they are not turned away now.
   */
  function dispatch(req: IncomingMessage, res: ServerResponse, context: RequestContext, mayWait: boolean, waited = false): void {
    const cache = options.pageCache;
    const key = cache?.keyFor(req);
    const shareable = cache && key && req.method === "GET";
    if (cache && key) {
      const page = cache.get(key);
      if (page) return sendCached(req, res, page);
      // Readers who ask for a page while it renders wait for that render rather than take a render
      // slot each: when a story breaks, a crowd on the front page costs one render, and the queue
      // stays free for the pages that changed.
      const leader = shareable ? rendering.get(key) : undefined;
      if (leader && mayWait) {
        const arrived = cache.ticket();
        void leader.page.then((page) => {
          // A reader who left meanwhile needs nothing rendered.
          if (req.socket.destroyed) return;
          // The render is fresh enough for whoever arrived before anything expired after it began,
          // even when an expiry during it kept it out of the store: while stories are saved every
          // second, a crowd sent back to render one by one filled the queue for seconds. Those who
          // arrived after an expiry wait for a newer render, together; a render that gave no page
          // to keep (an error, a private page) is made for each of them as usual.
          if (page && arrived <= leader.ticket) sendCached(req, res, page);
          else dispatch(req, res, context, page !== null, true);
        });
        return;
      }
    }

    // Admission comes before a render others may wait for is announced: a reader turned away renders nothing.
    const admitted = options.renderQueue ? options.renderQueue.enter(req, res, { refusable: !waited }) : Promise.resolve();
    if (!admitted) {
      turnedAway.add(res);
      return sendUnavailable(req, res, crowdPage, BUSY_RETRY_AFTER_SECONDS);
    }
    if (shareable) {
      const render = keepForCache(req, res, cache, key, context);
      if (!rendering.has(key)) {
        rendering.set(key, render);
        // Settled: later readers are served from the store or start a render of their own. Registered
        // before any reader waits, so it runs before they are told.
        void render.page.then(() => {
          if (rendering.get(key) === render) rendering.delete(key);
        });
      }
    }

    // Each wrapper sees what the one installed after it writes: Next → policy → compression → outage hold → page cache → timing → socket.
    if (req.method === "GET" || req.method === "HEAD") holdServerErrors(req, res, options.databaseReachable, outagePage);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
    nonceForRender(req);
    enforceScriptPolicy(res);

    requestContext.run(context, () => {
      admitted
        .then(() => options.handle(req, res))
        .catch((error: unknown) => {
          log.error({ err: error, url: req.url }, "request handler threw");
          if (!res.headersSent) {
            res.statusCode = 500;
            res.end();
          } else {
            // Half a page is sent: end the connection rather than leave the reader waiting for the rest.
            res.destroy();
          }
        });
    });
  }
}

function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  // Stored from a fresh render, the page says MISS; this answer is a stored copy all the same.
  const headers: OutgoingHttpHeaders = { ...page.headers, "x-request-id": res.getHeader("x-request-id"), "x-nextjs-cache": "HIT", "x-page-cache": "HIT" };
  delete headers["transfer-encoding"];
  // The stored one timed the render; this answer gets its own (timeToHead).
  delete headers["server-timing"];
  if (page.etag && req.headers["if-none-match"] === page.etag) {
    delete headers["content-length"];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(page.status, { ...headers, "content-length": page.body.length });
  res.end(req.method === "HEAD" ? undefined : page.body);
}

function millisecondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Server-Timing: the time from the request's arrival to its response head, waiting for a render slot
 * included. Browsers' developer tools show it beside the network time; the benchmark reads it to time
 * renders without the client's own work. Set as the head goes out, whoever writes it.
 */
function timeToHead(res: ServerResponse, started: bigint): void {
  const { writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader("server-timing", `app;dur=${millisecondsSince(started).toFixed(1)}`);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
}

/**
 * A render on its way to the readers who wait for it: the store's generation when it began, and its page
 * once sent (null when it was not a page to keep, or never finished).
 */
type Render = { ticket: number; page: Promise<CachedPage | null> };

/** Copies what Next sends for a GET so the page cache can keep it, and tells of the page it was. */
function keepForCache(req: IncomingMessage, res: ServerResponse, cache: PageCache, key: string, context: RequestContext): Render {
  const ticket = cache.ticket();
  let settle!: (page: CachedPage | null) => void;
  const render: Render = { ticket, page: new Promise<CachedPage | null>((resolve) => (settle = resolve)) };
  // Finished or not, a closed response or connection ends the render (a no-op after "finish" settled it).
  onClosed(req, res, () => settle(null));
  const { write, end } = res;
  const chunks: Buffer[] = [];
  // Decided at the first chunk, when the head is known: only what the cache would keep is copied.
  let keeping: boolean | null = null;
  const copy = (chunk: unknown, encoding: unknown) => {
    keeping ??= PageCache.keepableFor(res.statusCode, res.getHeaders()) !== null;
    const bytes = keeping ? toBuffer(chunk, encoding) : null;
    if (bytes) chunks.push(bytes);
  };
  res.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (args[0] !== undefined && typeof args[0] !== "function") copy(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  res.once("finish", () => {
    if (!keeping) return settle(null);
    // A page Next rendered afresh carries the tags it was stored with, if the store has happened by
    // now; otherwise its tags are unknown, and any expiry drops it.
    const fresh = String(res.getHeader("x-nextjs-cache")).toUpperCase() === "MISS";
    const known = !fresh || context.cacheStored === true;
    settle(cache.put(key, ticket, res.statusCode, res.getHeaders(), Buffer.concat(chunks), known ? { tags: context.cacheTags, renderedAt: context.cacheRenderedAt } : {}));
  });
  return render;
}

/**
 * Holds back a 500 response until the database has been asked: if it does not
 * answer, the 500 becomes the outage page; if it does, the original response
 * goes out unchanged (a real bug is not hidden behind a 503).
 */
function holdServerErrors(req: IncomingMessage, res: ServerResponse, databaseReachable: FrontOptions["databaseReachable"], outagePage: string): void {
  const { writeHead, write, end } = res;
  let held: { head: unknown[]; body: Buffer[] } | null = null;

  const keep = (chunk: unknown, encoding: unknown) => {
    const bytes = toBuffer(chunk, encoding);
    if (bytes) held!.body.push(bytes);
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Once holding, later calls belong to the same response (a compression wrapper asks for the head again).
    if (held) return this;
    if (status !== 500) return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
    held = { head: [status, ...rest], body: [] };
    return this;
  } as ServerResponse["writeHead"];

  // Node writes the head itself on the first write or end when writeHead was not called: hold there too.
  const holdImplicitHead = () => {
    if (!held && !res.headersSent && res.statusCode === 500) held = { head: [500], body: [] };
  };

  res.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    holdImplicitHead();
    if (!held) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    keep(chunk, rest[0]);
    const done = callbackIn(rest);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    holdImplicitHead();
    if (!held) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    if (args[0] !== undefined && typeof args[0] !== "function") keep(args[0], args[1]);
    const done = callbackIn(args);
    void settle()
      .catch((error: unknown) => {
        log.error({ err: error, url: req.url }, "could not send the held error response");
        res.destroy();
      })
      .finally(() => done?.());
    return this;
  } as ServerResponse["end"];

  async function settle() {
    const reachable = await databaseReachable().catch(() => false);
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    const { head, body } = held!;
    if (reachable) {
      (writeHead as (...a: unknown[]) => ServerResponse).apply(res, head);
      res.end(Buffer.concat(body));
      return;
    }
    sendUnavailable(req, res, outagePage, RETRY_AFTER_SECONDS);
  }
}

/** A 503 with Retry-After: `page` for readers, a line of JSON for the API. */
function sendUnavailable(req: IncomingMessage, res: ServerResponse, page: string, retryAfter: number): void {
  // Everything Next set goes (it described the failed page, if it ran at all); the security headers stay.
  for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  const api = (req.url ?? "").startsWith("/api/");
  const payload = api ? UNAVAILABLE_JSON : page;
  res.writeHead(503, {
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(retryAfter),
    "content-length": Buffer.byteLength(payload),
    "content-security-policy": api ? RESOURCE_POLICY : OUTAGE_PAGE_POLICY,
  });
  res.end(req.method === "HEAD" ? undefined : payload);
}
