// Gzip for the text Next sends uncompressed. Next compresses pages and its
// static files, but not what route handlers return: the RSS feeds, sitemaps
// and JSON went out at full size (a 194 KB feed is 65 KB gzipped). In the
// cluster Varnish compresses them (deploy/varnish/ledger.vcl asks the
// instances for plain bytes); with nothing in front this does it.
//
// The body is gathered and compressed once it is complete, on Node's thread
// pool. That suits what it is for (a feed or a sitemap, written whole and kept
// by the page copies compressed); bodies past MAX_BYTES, event streams, and
// anything already encoded or not 200, go out as Next sent them.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { log } from "@/server/log";
import { callbackIn, toBuffer, type Chunk } from "./chunks";

/** The same types Varnish compresses (deploy/varnish/ledger.vcl). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg\+xml)/i;
/** Below this, gzip's header and the work cost more than they save. */
const MIN_BYTES = 1024;
/** Larger bodies are sent as they are rather than held in memory. */
const MAX_BYTES = 2 * 1024 * 1024;

/** Applies the headers a writeHead call carries, as Node would, and returns its status and reason. */
export function adoptHead(res: ServerResponse, args: unknown[]): { status: number; reason?: string } {
  const given = args.find((a, i) => i > 0 && typeof a === "object" && a !== null) as OutgoingHttpHeaders | string[] | undefined;
  if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i]!, given[i + 1]!);
  else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
  return { status: typeof args[0] === "number" ? args[0] : res.statusCode, reason: typeof args[1] === "string" ? args[1] : undefined };
}

function worthCompressing(res: ServerResponse, status: number): boolean {
  if (status !== 200 || res.getHeader("content-encoding") !== undefined) return false;
  const type = String(res.getHeader("content-type") ?? "");
  // An event stream must reach the client as it is written; gathering it would hold it forever.
  if (!COMPRESSIBLE.test(type) || /^text\/event-stream/i.test(type)) return false;
  if (/\bno-transform\b/i.test(String(res.getHeader("cache-control") ?? ""))) return false;
  const length = Number(res.getHeader("content-length") ?? NaN);
  return Number.isNaN(length) || (length >= MIN_BYTES && length <= MAX_BYTES);
}

/** Compresses this response with gzip when it is text Next left uncompressed. Call only for GETs that accept gzip. */
export function compressText(res: ServerResponse): void {
  const { writeHead, write, end } = res;
  // Decided at the head: null (not yet), false (sent as it is) or the body being gathered. The wrappers stay
  // in place either way: Next wraps the response again after this (its own compression), and putting the
  // original methods back would cut those wrappers out.
  let body: Buffer[] | false | null = null;
  let head: { status: number; reason?: string } = { status: 200 };
  let size = 0;
  let ended = false;

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (this.headersSent || body === false) return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    const before = head.status;
    head = adoptHead(this, args);
    if (body) {
      // Asked again while the body is gathered (flushHeaders before the head went out): it goes out with the body.
      if (head.status === before) return this;
      // A different status (the handler failed halfway and an error answer follows): what was gathered is not
      // part of it.
      body = false;
      size = 0;
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, head.status, ...(head.reason ? [head.reason] : []));
    }
    if (!worthCompressing(this, head.status)) {
      body = false;
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, head.status, ...(head.reason ? [head.reason] : []));
    }
    body = [];
    return this;
  } as ServerResponse["writeHead"];

  /** Node writes the head on the first write when writeHead was not called: decide there (through every wrapper, as Node would). */
  const decide = () => {
    if (body === null && !res.headersSent) res.writeHead(res.statusCode);
  };

  /** Past MAX_BYTES after all: the head goes out unchanged, then what was gathered. */
  const giveUp = () => {
    const gathered = body as Buffer[];
    body = false;
    (writeHead as (...a: unknown[]) => ServerResponse).call(res, head.status, ...(head.reason ? [head.reason] : []));
    for (const chunk of gathered) (write as (c: Buffer) => boolean).call(res, chunk);
  };

  const gather = (chunk: unknown, encoding: unknown) => {
    const bytes = toBuffer(chunk, encoding);
    if (!bytes || !body) return;
    body.push(bytes);
    size += bytes.length;
    if (size > MAX_BYTES) giveUp();
  };

  res.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    if (ended) return false;
    decide();
    if (!body) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    gather(chunk, rest[0]);
    // giveUp() may have sent what was gathered, this chunk included.
    const done = callbackIn(rest);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (ended) return this;
    decide();
    // The status was changed without a head (res.statusCode = 500 after a failure): as for a second head above.
    if (body && this.statusCode !== head.status) this.writeHead(this.statusCode);
    if (!body) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    if (args[0] !== undefined && typeof args[0] !== "function") gather(args[0], args[1]);
    const done = callbackIn(args);
    if (!body) {
      (end as (cb?: () => void) => ServerResponse).call(this, done);
      return this;
    }
    const plain = Buffer.concat(body);
    // Whatever comes after the end (Next may end a response twice) must not reach the socket before the
    // compressed body: it is dropped, as Node drops a write after end.
    ended = true;
    const send = (bytes: Buffer) => {
      try {
        if (res.destroyed || res.headersSent) return;
        (writeHead as (...a: unknown[]) => ServerResponse).apply(res, head.reason ? [head.status, head.reason] : [head.status]);
        (end as (b: Buffer, cb?: () => void) => ServerResponse).call(res, bytes, done);
      } catch (error) {
        log.error({ err: error }, "could not send a compressed response");
        res.destroy();
      }
    };
    if (plain.length < MIN_BYTES) {
      send(plain);
      return this;
    }
    gzip(plain, (error, zipped) => {
      if (error) {
        log.warn({ err: error }, "gzip failed: sent uncompressed");
        return send(plain);
      }
      res.setHeader("content-encoding", "gzip");
      res.setHeader("content-length", zipped.length);
      const vary = String(res.getHeader("vary") ?? "");
      if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      // The same validator must not name two different sets of bytes.
      const etag = res.getHeader("etag");
      if (typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("etag", `W/${etag}`);
      send(zipped);
    });
    return this;
  } as ServerResponse["end"];
}
