// @ts-check
// The security headers of every response: Next adds them to what it serves
// (next.config.mjs), and the front to the answers it writes itself (the 503
// pages of server/http/front.ts). JavaScript, because next.config.mjs imports it.

/**
 * The policy of responses other than HTML documents (and of `next dev`, which has no front): framing,
 * plugins, base and form targets. HTML documents get theirs from server/http/content-security-policy.ts.
 */
export const BASE_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

/** @typedef {{ key: string; value: string }} Header */

/**
 * HSTS only when the site is served over HTTPS: over plain HTTP browsers ignore it, and it would pin a test
 * host. Next's list is fixed when the app is built and the front's when the server starts: build and serve
 * with the same SITE_URL.
 */
/** @returns {Header[]} */
export function securityHeaders(siteUrl = process.env.SITE_URL ?? "") {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    // The production server replaces it with a policy fitted to each response (scripts need the page's nonce).
    { key: "Content-Security-Policy", value: BASE_POLICY },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(siteUrl.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
