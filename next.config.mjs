// @ts-check
// Plain JavaScript on purpose: Next imports it as it is. A next.config.ts is compiled by Next's SWC at
// every start, and its native module then stays in the server (about 26 MB of every instance's memory).
import path from "node:path";
import { securityHeaders } from "./server/http/security-headers.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Reader pages are stored whole: the first request for a URL renders the complete page (HTML
  // that works without JavaScript and for crawlers), and the stored copy is expired by the tags and
  // the clock of the 'use cache' data it read (cacheTag/cacheLife). Cache Components is off on
  // purpose: no page of ours streams a static shell, and on every cache miss it rendered the page
  // twice over (a prospective pass to fill caches, then the final one), a third of the render's
  // CPU (measured: 107 against 73 ms per article). `experimental.useCache` keeps 'use cache'.
  cacheComponents: false,
  cacheLife: {
    // "Latest", "Most popular" and the time labels beside every article: a few
    // minutes old at most. Article pages re-render on this clock (or when the
    // story itself changes), not every minute: with thousands of pages, a
    // shorter clock keeps the server busy re-rendering pages nobody changed.
    rails: { stale: 60, revalidate: 300, expire: 3600 },
  },
  // Pages, route responses and 'use cache' results live in one store: Redis when REDIS_URL is set, shared by
  // every instance (a tag expired anywhere is expired everywhere), the process's memory otherwise
  // (server/cache/). Next's own per-process memory layer would keep serving what another instance
  // changed, so it is off.
  cacheHandler: path.resolve("server/cache/page-handler.mjs"),
  cacheHandlers: { default: path.resolve("server/cache/data-handler.mjs"), remote: path.resolve("server/cache/data-handler.mjs") },
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  // An old WordPress address ends in a slash ("/2024/03/harbour-lights/"): proxy.ts sends it straight to its
  // story. Next's own redirect to the address without the slash would come first and make a chain of two.
  // proxy.ts strips the slash from every other path, as Next did.
  skipTrailingSlashRedirect: true,
  // `npm run typecheck` (part of `npm test`) checks every file, tests included;
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The article form carries the whole body; 1.5 MB of document JSON is allowed (lib/validation/article.ts).
  // `authInterrupts` enables `forbidden()`: a newsroom page someone's role may not see answers 403 inside
  // the newsroom's frame (app/admin/(dashboard)/forbidden.tsx) rather than the reader site's 404.
  experimental: { useCache: true, serverActions: { bodySizeLimit: "2mb" }, authInterrupts: true },
  // A second build directory lets the embedded-database test build beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Article images are served by our own /media route.
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
  // Page 1 of a listing lives at the unpaginated URL. Feeds live at …/feed.xml; the addresses feed readers
  // and a WordPress site used (/feed, /rss, /tag/x/feed, /author/x/feed; proxy.ts drops the trailing slash)
  // lead there for good, so subscribers of an imported site keep their feeds.
  async redirects() {
    return [
      { source: "/feed", destination: "/feed.xml", permanent: true },
      { source: "/rss", destination: "/feed.xml", permanent: true },
      { source: "/tag/:slug/feed", destination: "/tag/:slug/feed.xml", permanent: true },
      { source: "/author/:slug/feed", destination: "/author/:slug/feed.xml", permanent: true },
      { source: "/:section/feed", destination: "/:section/feed.xml", permanent: true },
      { source: "/tag/:slug/page/1", destination: "/tag/:slug", permanent: true },
      { source: "/author/:slug/page/1", destination: "/author/:slug", permanent: true },
      { source: "/corrections/page/1", destination: "/corrections", permanent: true },
      { source: "/:section/page/1", destination: "/:section", permanent: true },
    ];
  },
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
