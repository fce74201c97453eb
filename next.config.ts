import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // 'use cache' + cacheTag/cacheLife: reader pages are cached and invalidated by tag.
  cacheComponents: true,
  // Off on purpose: reader pages await their params outside <Suspense>, so the
  // first request for a URL waits for the complete page and stores it. Every
  // response is then whole HTML that works without JavaScript and for crawlers.
  partialPrefetching: false,
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks every file, tests included;
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // A second build directory lets the embedded-database test build beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Article images are served by our own /media route.
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
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
