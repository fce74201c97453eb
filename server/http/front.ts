// The production server's front: what happens to every request before and
// after Next handles it. Next's cache handlers keep rendered pages
// (server/cache/), an HTTP cache in front of the instances keeps what readers
// ask for (deploy/varnish/), and Next compresses its pages; with nothing in
// front, this process also keeps copies of reader pages (page-cache.ts) and
// compresses the text Next leaves plain (compress.ts).
//
// - Each request gets an id (a sane incoming X-Request-Id from a load balancer
//   or Varnish is kept), echoed in the response and attached to every log line
//   written while the request runs; one access-log line per response.
// - Each request Next renders gets a fresh Content-Security-Policy nonce, and
//   each HTML page is sent with the policy that names the nonce it was
//   rendered with: its own request's, or, for a page Next kept, the one the
//   cache handler recorded with the page (server/http/content-security-policy.ts).
// - Pages Next kept carry their cache tags: sent as Surrogate-Key when an HTTP
//   cache that purges by them is in front (VARNISH_URLS), dropped otherwise;
//   and their age.
// - Each request carries the client's address in a header the app trusts
//   (server/http/client-address.ts): the socket's peer, or what trusted
//   proxies (TRUSTED_PROXIES) say in X-Forwarded-For; a client-sent copy is
//   replaced.
// - When a page fails with a 500 because the database is down, the reader gets
//   a styled 503 with Retry-After instead of an error page: the outage is
//   temporary and crawlers must not drop the page.
// - A path that does not decode ("/%", "/%ff") is answered with a plain 400
//   here: Next fails on it with a 500.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { log, requestContext, type RequestContext } from "@/server/log";
import { callbackIn, toBuffer, type Chunk } from "./chunks";
import { adoptHead, compressText } from "./compress";
import { loggableUrl } from "./loggable-url";
import { CLIENT_HEADER, markFrontServing, parseTrustedProxies, resolveClientAddress } from "./client-address";
import { documentPolicy, OUTAGE_PAGE_POLICY, RESOURCE_POLICY } from "./content-security-policy";
import type { CachedPage, PageCache } from "./page-cache";
import { securityHeaders } from "./security-headers.mjs";
import { siteAddressWatch } from "./site-address";
import { RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page";

export type FrontOptions = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;
  /** True when the database answers; asked only after a request failed with a 500. */
  databaseReachable: () => Promise<boolean>;
  siteName: string;
  accessLog?: boolean;
  /** Send each kept page's cache tags as Surrogate-Key (an HTTP cache in front purges by them). */
  surrogateKeys?: boolean;
  /** Copies of reader pages answered without Next: for a single process with nothing in front. */
  pageCache?: PageCache;
  /** TRUSTED_PROXIES: addresses and CIDR ranges of the proxies in front, whose X-Forwarded-For entries count. */
  trustedProxies?: string;
  /** SITE_URL: when most requests come for another host, the log warns once (server/http/site-address.ts). */
  siteUrl?: string;
};

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const SECURITY_HEADERS = securityHeaders();
const PROBES = new Set(["/api/health", "/api/ready"]);
const BAD_ADDRESS = "Bad request: this address is not a valid URL.\n";
const UNAVAILABLE_JSON = JSON.stringify({ error: "The service is temporarily unavailable. Try again shortly." });
/** Headers the cache handler puts on kept pages for this front (server/cache/page-handler.mjs); never sent on. */
const INTERNAL = { nonce: "x-ledger-nonce", tags: "x-ledger-tags", renderedAt: "x-ledger-rendered-at", stale: "x-ledger-stale" } as const;
/** Responses the front wrote itself (the outage page): their headers are final. */
const ownAnswers = new WeakSet<ServerResponse>();
/** What the cache handler noted on the page a response carries, read as its head went out. */
type PageNotes = { tags?: string; renderedAt: number; stale: boolean };
const notesOf = new WeakMap<ServerResponse, PageNotes>();
/** Copies answered are not written out again. */
const COPY_DROPS = ["x-request-id", "server-timing", "date", "connection", "keep-alive", "transfer-encoding", "age"];

export function createFront(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const outagePage = unavailablePage(options.siteName);
  const trustedProxies = parseTrustedProxies(options.trustedProxies);
  markFrontServing();
  const watchHost = options.siteUrl ? siteAddressWatch(options.siteUrl, (fields, message) => log.warn(fields, message)) : null;
  // Page-cache keys of the pages being rendered now.
  const rendering = new Map<string, Render>();

  /** Hands the request to Next, with a nonce to render with and the wrappers that settle its answer. */
  function toNext(req: IncomingMessage, res: ServerResponse, requestId: string, started: bigint): void {
    // Next puts this nonce on every script of a page it renders for this request (it reads the policy the
    // request carries); whatever policy the client sent is replaced.
    const nonce = randomBytes(16).toString("base64");
    req.headers["content-security-policy"] = `script-src 'nonce-${nonce}' 'strict-dynamic'`;
    delete req.headers["content-security-policy-report-only"];

    // Each wrapper sees what the one installed after it writes: Next → outage hold → final headers → gzip → copy → socket.
    if (req.method === "GET" && req.headers["accept-encoding"] === "gzip") compressText(res);
    finalHeaders(res, { started, nonce, surrogateKeys: options.surrogateKeys === true });
    if (req.method === "GET" || req.method === "HEAD") holdServerErrors(req, res, options.databaseReachable, outagePage);

    const context: RequestContext = { requestId, nonce, startedAt: Date.now() };
    requestContext.run(context, () => {
      Promise.resolve()
        .then(() => options.handle(req, res))
        .catch((error: unknown) => {
          log.error({ err: error, url: loggableUrl(req.url) }, "request handler threw");
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

  return (req, res) => {
    req.headers[CLIENT_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    // Probes come from load balancers and Varnish, addressed to the instance rather than the site.
    if (watchHost && !PROBES.has(req.url ?? "")) watchHost(req.headers.host);

    if (options.accessLog !== false) {
      res.once("close", () => {
        const ms = millisecondsSince(started);
        const line = { reqId: requestId, method: req.method, url: loggableUrl(req.url), status: res.statusCode, ms: Math.round(ms * 10) / 10, aborted: !res.writableFinished || undefined };
        if (res.statusCode >= 500) log.warn(line, "request failed");
        // Health probes (a load balancer's, Varnish's) every second would drown the log: only their failures are written.
        else if (!PROBES.has(req.url ?? "")) log.info(line, "request");
      });
    }

    if (!pathDecodes(req.url ?? "/")) return sendBadAddress(req, res);

    // One encoding for everyone: Next compresses with gzip or not at all, and the copies are kept per encoding.
    const accepts = String(req.headers["accept-encoding"] ?? "");
    if (/\bgzip\b/i.test(accepts)) req.headers["accept-encoding"] = "gzip";
    else delete req.headers["accept-encoding"];

    const cache = options.pageCache;
    const key = cache?.keyFor(req);
    if (!cache || !key) return toNext(req, res, requestId, started);
    const page = cache.get(key);
    if (page) return sendCopy(req, res, page, started);
    // Readers who ask for a page while it renders wait for that render rather than start one each: when a
    // story breaks and the front page's copy has just expired, the crowd costs one pass through Next.
    const leader = req.method === "GET" ? rendering.get(key) : undefined;
    if (leader) {
      const arrived = cache.ticket();
      void leader.page.then((rendered) => {
        if (req.socket.destroyed) return;
        // Fresh enough for whoever arrived before anything expired after it began; the others go to Next.
        if (rendered && arrived <= leader.ticket) sendCopy(req, res, rendered, started);
        else toNext(req, res, requestId, started);
      });
      return;
    }
    // Only a GET's answer is kept: Next answers HEAD with the page's headers and no body.
    if (req.method !== "GET") return toNext(req, res, requestId, started);
    const render = keepCopy(res, cache, key);
    rendering.set(key, render);
    void render.page.then(() => {
      if (rendering.get(key) === render) rendering.delete(key);
    });
    toNext(req, res, requestId, started);
  };
}

/** Whether the path (the query is the page's to read) percent-decodes to text. */
function pathDecodes(url: string): boolean {
  const query = url.indexOf("?");
  try {
    decodeURIComponent(query === -1 ? url : url.slice(0, query));
    return true;
  } catch {
    return false;
  }
}

function sendBadAddress(req: IncomingMessage, res: ServerResponse): void {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.writeHead(400, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(BAD_ADDRESS),
    "cache-control": "no-store",
    "content-security-policy": RESOURCE_POLICY,
  });
  res.end(req.method === "HEAD" ? undefined : BAD_ADDRESS);
}

function millisecondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const isHtml = (type: unknown) => /^text\/html\b/i.test(String(type ?? ""));

/**
 * Settles the response's headers as its head goes out, whoever writes it (Next, Node's implicit head, the
 * outage page): the Content-Security-Policy, cache tags and age from the cache handler's notes, and
 * Server-Timing (the time from the request's arrival to its head; browsers' developer tools show it, and
 * the benchmark reads it).
 */
function finalHeaders(res: ServerResponse, facts: { started: bigint; nonce: string; surrogateKeys: boolean }): void {
  const { writeHead } = res;
  // Once: a head held back below (gzip gathers the body first) is asked for again by Next's flushHeaders,
  // and the notes, taken off the response the first time, would be read as missing.
  let done = false;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (this.headersSent || done) return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    done = true;
    // Headers handed to writeHead are set first, so that everything below sees (and may replace) them.
    const { status, reason } = adoptHead(this, args);

    const note = (name: string) => {
      const value = this.getHeader(name);
      this.removeHeader(name);
      return value === undefined ? undefined : String(value);
    };
    const pageNonce = note(INTERNAL.nonce);
    const tags = note(INTERNAL.tags);
    const renderedAt = Number(note(INTERNAL.renderedAt));
    const stale = note(INTERNAL.stale);
    notesOf.set(this, { tags, renderedAt, stale: Boolean(stale) });

    if (!ownAnswers.has(this)) {
      // A 304 would replace the policy the browser kept with the page: it carries none.
      if (status === 304) this.removeHeader("content-security-policy");
      else this.setHeader("content-security-policy", isHtml(this.getHeader("content-type")) ? documentPolicy(pageNonce ?? facts.nonce) : RESOURCE_POLICY);
    }
    // Next's implicit tags (`_N_T_/layout`, `_N_T_/<path>`) too: revalidatePath expires them, and the HTTP cache must follow.
    if (facts.surrogateKeys && tags) this.setHeader("surrogate-key", tags.split(",").filter(Boolean).join(" "));
    if (renderedAt > 0) this.setHeader("age", String(Math.max(0, Math.floor((Date.now() - renderedAt) / 1000))));
    // Rendered while one of its tags expired: right for the readers who asked, too old for any cache to keep.
    if (stale) this.setHeader("cache-control", "public, s-maxage=1");
    this.setHeader("server-timing", `app;dur=${millisecondsSince(facts.started).toFixed(1)}`);
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...(reason ? [reason] : []));
  } as ServerResponse["writeHead"];
}

/** Answers from a copy, with this request's id, timing and the page's age. */
function sendCopy(req: IncomingMessage, res: ServerResponse, page: CachedPage, started: bigint): void {
  const headers: OutgoingHttpHeaders = { ...page.headers, "x-request-id": res.getHeader("x-request-id"), "x-nextjs-cache": "HIT" };
  headers.age = String(Math.max(0, Math.floor((Date.now() - page.renderedAt) / 1000)));
  headers["server-timing"] = `app;dur=${millisecondsSince(started).toFixed(1)}`;
  if (page.etag && req.headers["if-none-match"] === page.etag) {
    delete headers["content-length"];
    delete headers["content-security-policy"];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(page.status, { ...headers, "content-length": page.body.length });
  res.end(req.method === "HEAD" ? undefined : page.body);
}

/** A render on its way to the readers who wait for it: the store's generation when it began, and its page once sent (null when it is not a page to keep, or never finished). */
type Render = { ticket: number; page: Promise<CachedPage | null> };

/** Copies what goes out for a GET, and keeps it when it is a page the cache may keep (PageCache.put decides). */
function keepCopy(res: ServerResponse, cache: PageCache, key: string): Render {
  const ticket = cache.ticket();
  let settle!: (page: CachedPage | null) => void;
  const render: Render = { ticket, page: new Promise<CachedPage | null>((resolve) => (settle = resolve)) };
  // Finished or not, a closed response (or its connection) ends the wait: a no-op once "finish" settled it.
  res.once("close", () => settle(null));
  const { write, end } = res;
  const chunks: Buffer[] = [];
  let size = 0;
  const copy = (chunk: unknown, encoding: unknown) => {
    const bytes = size <= 4 * 1024 * 1024 ? toBuffer(chunk, encoding) : null;
    if (bytes) {
      chunks.push(bytes);
      size += bytes.length;
    }
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
    const notes = notesOf.get(res);
    if (!notes?.tags || notes.stale || !(notes.renderedAt > 0) || size > 4 * 1024 * 1024) return settle(null);
    const headers = res.getHeaders();
    for (const name of COPY_DROPS) delete headers[name];
    settle(cache.put(key, ticket, res.statusCode, headers, Buffer.concat(chunks), { tags: notes.tags.split(",").filter(Boolean), renderedAt: notes.renderedAt }));
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
        log.error({ err: error, url: loggableUrl(req.url) }, "could not send the held error response");
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
    sendUnavailable(req, res, outagePage);
  }
}

/** A 503 with Retry-After: the outage page for readers, a line of JSON for the API. */
function sendUnavailable(req: IncomingMessage, res: ServerResponse, page: string): void {
  // Everything Next set goes (it described the failed page); the security headers stay.
  for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  const api = (req.url ?? "").startsWith("/api/");
  const payload = api ? UNAVAILABLE_JSON : page;
  ownAnswers.add(res);
  res.writeHead(503, {
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
    "content-length": Buffer.byteLength(payload),
    "content-security-policy": api ? RESOURCE_POLICY : OUTAGE_PAGE_POLICY,
  });
  res.end(req.method === "HEAD" ? undefined : payload);
}
