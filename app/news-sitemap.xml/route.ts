// Google News sitemap: stories published or substantively updated in the last 48 hours, the latest change first.
import { getNewsSitemap } from "@/server/data/feeds";
import { absoluteUrl, site } from "@/lib/site";
import { xml, xmlResponse } from "@/lib/xml";

// The request is not read: the document is stored and renewed on the clock of the data it shows.
export const dynamic = "force-static";

export async function GET() {
  const entries = await getNewsSitemap();
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries
  .map(
    (e) => `<url><loc>${xml(absoluteUrl(e.path))}</loc><lastmod>${e.lastModified.toISOString()}</lastmod><news:news><news:publication><news:name>${xml(site.name)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${e.publishedAt.toISOString()}</news:publication_date><news:title>${xml(e.headline)}</news:title>${e.keywords.length ? `<news:keywords>${xml(e.keywords.join(", "))}</news:keywords>` : ""}</news:news></url>`,
  )
  .join("\n")}
</urlset>
`;
  return xmlResponse(body);
}
