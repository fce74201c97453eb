import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // 'use cache' + cacheTag/cacheLife: reader pages are cached and invalidated by tag.
  cacheComponents: true,
  poweredByHeader: false,
  images: {
    // Article images are served by our own /media route.
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
  },
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
