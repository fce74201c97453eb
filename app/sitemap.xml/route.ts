// The sitemap index: article chunks plus sections, tags and authors.
import { getArticleSitemapIndex, getTaxonomySitemap } from "@/server/data/feeds";
import { absoluteUrl } from "@/lib/site";
import { xml, xmlResponse } from "@/lib/xml";
import { tags as cacheTags } from "@/server/cache-tags";

export async function GET() {
  const [chunks, sections, tags, authors] = await Promise.all([
    getArticleSitemapIndex(),
    getTaxonomySitemap("sections"),
    getTaxonomySitemap("tags"),
    getTaxonomySitemap("authors"),
  ]);
  const newest = (entries: { lastModified: Date }[]) =>
    entries.reduce<Date | null>((max, e) => (!max || e.lastModified > max ? e.lastModified : max), null);
  const maps = [
    ...chunks.map((c) => ({ path: `/sitemaps/articles-${c.chunk + 1}.xml`, lastModified: c.lastModified as Date | null })),
    { path: "/sitemaps/sections.xml", lastModified: newest(sections) },
    { path: "/sitemaps/tags.xml", lastModified: newest(tags) },
    { path: "/sitemaps/authors.xml", lastModified: newest(authors) },
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${maps.map((m) => `<sitemap><loc>${xml(absoluteUrl(m.path))}</loc>${m.lastModified ? `<lastmod>${m.lastModified.toISOString()}</lastmod>` : ""}</sitemap>`).join("\n")}
</sitemapindex>
`;
  return xmlResponse(body, "application/xml", [cacheTags.sitemaps]);
}
