import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/search?"] }],
    // No `Host:` line: it was Yandex's alone, is not part of the robots.txt standard (RFC 9309), and
    // Yandex itself now reads the preferred address from redirects and canonical links.
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}
