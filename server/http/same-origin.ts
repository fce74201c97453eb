// Whether a request that changes something was sent by one of the site's own
// pages, the check Next makes for server actions (Origin against Host or
// X-Forwarded-Host), for the routes that take writes with the session cookie.
// SameSite cookies alone do not stop another site on the same registrable
// domain, nor browsers that do not enforce SameSite.

/**
 * True when the request comes from this site: its Origin is the site's own
 * (SITE_URL's, or the host the request was addressed to), or, without an
 * Origin, the browser's Sec-Fetch-Site says so. A request with neither header
 * did not come from a browser page, so it cannot carry a visitor's cookie
 * without them knowing.
 */
export function fromOwnSite(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    // "null": sandboxed frames, data: URLs, some redirects; never one of our pages.
    const host = hostOf(origin);
    if (!host) return false;
    const own = new Set<string>();
    const site = hostOf(siteUrl);
    if (site) own.add(site);
    const addressed = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
    if (addressed) own.add(addressed.toLowerCase());
    return own.has(host);
  }
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin" || fetchSite === "none";
  return true;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
