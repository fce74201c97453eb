// Content-Security-Policy for every response of the production server.
//
// HTML documents may run only scripts that carry the document's nonce (and
// what those scripts load: 'strict-dynamic'). Next puts the nonce on its
// scripts when the request it renders for carries a CSP header with one, so
// the front gives every request it hands to Next a fresh nonce, replacing
// anything the client sent.
//
// Reader pages are rendered once and then served from Next's cache (and the
// front's page cache) to every reader, so a document carries the nonce of the
// request that rendered it, and the policy sent with it must name that nonce:
// it is read from the document itself (its <head> comes first). The nonce is
// still unpredictable where it counts: a story's text is in the page only
// when it was rendered, with a nonce drawn for that render, so nothing stored
// can carry it. Per-response nonces would mean rewriting and recompressing
// every cached page on every hit.
//
// Two scripts of Next's own bootstrap come without the nonce when Next
// renders a page for its cache (the chunk-list script and the first chunk,
// with its preload); they are recognised by their exact shape and given it.
// A document in which no nonce is found gets `script-src 'none'`: it still
// reads, server-rendered, but runs nothing.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { callbackIn, toBuffer, type Chunk } from "./chunks";

/** For responses other than HTML documents (and for `next dev`, which has no front): framing, plugins, base and form targets. */
export const BASE_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

/** Feeds, JSON, images: nothing in them may load or run anything. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The self-contained outage page: its own inline styles, nothing else. */
export const OUTAGE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function documentPolicy(nonce: string | null): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'none'",
    // Inline style attributes (image placeholders, the editor) are allowed; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Gives the request a fresh nonce for Next to render with, replacing any CSP header the client sent. */
export function nonceForRender(req: IncomingMessage): void {
  const nonce = randomBytes(16).toString("base64");
  req.headers["content-security-policy"] = `script-src 'nonce-${nonce}' 'strict-dynamic'`;
  delete req.headers["content-security-policy-report-only"];
}

// Next writes nonce="…" on the stylesheet and script tags of <head> before anything else.
const NONCE_ATTRIBUTE = /\snonce="([A-Za-z0-9+/=_-]{16,})"/;
const BOOTSTRAP_CHUNK = /<script src="\/_next\/static\/chunks\/[\w.-]+\.js" async="">/g;
const BOOTSTRAP_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[\w.-]+\.js"\/>/g;
const CHUNK_LIST = /<script id="_R_">(\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.(?:js|css)",?)*\],"runtimeModuleIds":\[(?:\d+,?)*\]\}\);)<\/script>/g;
/** How much of a document is held back while looking for its nonce. */
const NONCE_SEARCH_LIMIT = 256 * 1024;

/** Adds the nonce to the bootstrap scripts (and the first one's preload) Next leaves without one in cached renders. */
export function nonceBootstrap(html: string, nonce: string): string {
  return html
    .replace(BOOTSTRAP_CHUNK, (tag) => `${tag.slice(0, -1)} nonce="${nonce}">`)
    .replace(BOOTSTRAP_PRELOAD, (tag) => `${tag.slice(0, -2)} nonce="${nonce}"/>`)
    .replace(CHUNK_LIST, (_tag, body: string) => `<script id="_R_" nonce="${nonce}">${body}</script>`);
}

/** Where a chunk must be cut so that no script tag is split between two passes. */
function safeCut(text: string): number {
  const open = text.lastIndexOf("<script");
  if (open !== -1 && text.indexOf("</script>", open) === -1) return open;
  const lt = text.lastIndexOf("<");
  return lt !== -1 && text.indexOf(">", lt) === -1 ? lt : text.length;
}

const isHtml = (headers: OutgoingHttpHeaders) => /^text\/html\b/i.test(String(headers["content-type"] ?? ""));

/**
 * Sets the policy on the response Next is about to write: for an HTML
 * document, once the nonce has been read from its first bytes. Install it
 * after every other wrapper of the response, so Next's calls reach it first.
 */
export function enforceScriptPolicy(res: ServerResponse): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let head: unknown[] | null = null;
  let document: boolean | null = null;
  let nonce: string | null | undefined;
  let held = ""; // latin1: one character per byte, so bytes come back out unchanged

  const headersInCall = () => head?.find((a): a is OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a));
  const headersOf = () => ({ ...res.getHeaders(), ...lowerCased(headersInCall()) });
  const restore = () => Object.assign(res, original);

  // Sends the head with the policy for what is known by now; `body` is the whole body when it is already complete.
  const releaseHead = (body?: Buffer) => {
    if (res.headersSent) return;
    // Headers handed to writeHead would override those set here.
    const dropFromCall = (header: string) => {
      const fromCall = headersInCall();
      for (const name of Object.keys(fromCall ?? {})) if (name.toLowerCase() === header) delete fromCall![name];
    };
    dropFromCall("content-security-policy");
    // A 304 would replace the policy the browser kept with the page: it carries none.
    if (res.statusCode === 304) res.removeHeader("content-security-policy");
    else res.setHeader("content-security-policy", document ? documentPolicy(nonce ?? null) : RESOURCE_POLICY);
    // The bootstrap scripts may have grown by a nonce: the length is known only for a body held whole.
    // (An empty body is a HEAD answer or a 304, whose length says what a GET would get.)
    if (document && body?.length !== 0) {
      dropFromCall("content-length");
      if (body) res.setHeader("content-length", body.length);
      else res.removeHeader("content-length");
    }
    // From here Node's own implicit head (on the first write) must reach the real writeHead.
    res.writeHead = original.writeHead;
    res.flushHeaders = original.flushHeaders;
    if (head) (original.writeHead as (...a: unknown[]) => ServerResponse).apply(res, head);
  };

  const decide = () => {
    if (document !== null) return;
    document = isHtml(headersOf());
    if (!document) {
      // Not a document: set the policy with the head and get out of the way.
      releaseHead();
      restore();
    }
  };

  // Takes the next piece of the document; returns the bytes that may go out now.
  const take = (chunk: Buffer | null, final: boolean): Buffer => {
    let text = held + (chunk ? chunk.toString("latin1") : "");
    held = "";
    if (nonce === undefined) {
      const found = NONCE_ATTRIBUTE.exec(text);
      if (found) nonce = found[1]!;
      else if (!final && text.length < NONCE_SEARCH_LIMIT) {
        held = text;
        return Buffer.alloc(0);
      } else nonce = null;
    }
    const cut = final ? text.length : safeCut(text);
    held = text.slice(cut);
    text = text.slice(0, cut);
    return Buffer.from(nonce ? nonceBootstrap(text, nonce) : text, "latin1");
  };

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    head = args;
    if (typeof args[0] === "number") this.statusCode = args[0];
    decide();
    return this;
  } as ServerResponse["writeHead"];

  // Next flushes the head just before its first chunk; the head waits for the nonce.
  res.flushHeaders = function (this: ServerResponse) {
    decide();
    if (!document) original.flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    decide();
    if (!document) return (original.write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    const out = take(toBuffer(chunk, rest[0]), false);
    let accepted = true;
    if (out.length > 0) {
      releaseHead();
      accepted = (original.write as (...a: unknown[]) => boolean).call(this, out);
    }
    // The compression layer below takes (chunk, encoding) only: a callback is called here instead.
    const done = callbackIn(rest);
    if (done) process.nextTick(done);
    return accepted;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    if (!document) return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
    // toBuffer gives null for a callback in the chunk's place; releaseHead does nothing once the head is out.
    const out = take(toBuffer(args[0], args[1]), true);
    releaseHead(out);
    restore();
    const done = callbackIn(args);
    if (done) this.once("finish", () => done());
    return (original.end as (...a: unknown[]) => ServerResponse).call(this, ...(out.length ? [out] : []));
  } as ServerResponse["end"];
}

function lowerCased(headers: OutgoingHttpHeaders | undefined): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}
