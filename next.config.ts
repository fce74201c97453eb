import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { securityHeaders } from "./server/http/security-headers";

const nextConfig: NextConfig = {
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
  // Next's own memory for rendered pages, and for 'use cache' results (each, default 50 MB). The server's
  // page cache already keeps the pages readers ask for again (server/http/page-cache.ts), and Next's
  // file cache the rest; what this keeps warm is the data every page shares.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  poweredByHeader: false,
  // The production server compresses (server/http/front.ts): it reads the page's nonce before the bytes are packed.
  compress: false,
  // Next's file cache, minus the pages prerendered at build time: those have no nonce on their scripts (see the handler).
  cacheHandler: fileURLToPath(new URL("./server/http/render-cache-handler.mjs", import.meta.url)),
  // `npm run typecheck` (part of `npm test`) checks every file, tests included;
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The article form carries the whole body; 1.5 MB of document JSON is allowed (lib/validation/article.ts).
  experimental: { useCache: true, serverActions: { bodySizeLimit: "2mb" } },
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
  // Page 1 of a listing lives at the unpaginated URL.
  async redirects() {
    return [
      { source: "/tag/:slug/page/1", destination: "/tag/:slug", permanent: true },
      { source: "/author/:slug/page/1", destination: "/author/:slug", permanent: true },
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
