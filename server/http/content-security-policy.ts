// Content-Security-Policy for every response of the production server.
//
// HTML documents may run only scripts that carry the document's nonce (and
// what those scripts load: 'strict-dynamic'). Next puts the nonce on its
// scripts when the request it renders for carries a policy with one, so the
// front (server/http/front.ts) gives every request a fresh nonce.
//
// Reader pages are rendered once and then served from Next's cache, and from
// the HTTP cache in front, to every reader: a page carries the nonce of the
// request that rendered it, and the policy sent with it names that nonce (the
// cache handler records it with the page). The nonce is still unpredictable
// where it counts: a story's text is in the page only when it was rendered,
// with a nonce drawn for that render, so nothing stored can carry it. A nonce
// per response would mean rendering every page for every reader.

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
