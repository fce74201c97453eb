// One sitemap: /sitemaps/articles-N.xml (N from 1), sections.xml (with the front page), tags.xml, authors.xml.
import { getArticleSitemapChunk, getTaxonomySitemap, type SitemapEntry } from "@/server/data/feeds";
import { absoluteUrl } from "@/lib/site";
import { xml, xmlResponse } from "@/lib/xml";
import { tags } from "@/server/cache-tags";

async function entries(name: string): Promise<SitemapEntry[] | null> {
  if (name === "sections.xml") return withFrontPage(await getTaxonomySitemap("sections"));
  if (name === "tags.xml") return getTaxonomySitemap("tags");
  if (name === "authors.xml") return getTaxonomySitemap("authors");
  const match = /^articles-([1-9]\d{0,4})\.xml$/.exec(name);
  if (!match) return null;
  const list = await getArticleSitemapChunk(Number(match[1]) - 1);
  return list.length ? list : null;
}

/** The front page leads the sections' sitemap: it changes whenever any section gets a story. */
function withFrontPage(sections: SitemapEntry[]): SitemapEntry[] {
  if (!sections.length) return sections;
  const newest = sections.reduce((max, e) => (e.lastModified > max ? e.lastModified : max), sections[0]!.lastModified);
  return [{ path: "/", lastModified: newest }, ...sections];
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[name]">) {
  const { name } = await params;
  const list = await entries(name);
  if (!list) return new Response("No such sitemap", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${list.map((e) => `<url><loc>${xml(absoluteUrl(e.path))}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`).join("\n")}
</urlset>
`;
  return xmlResponse(body, "application/xml", [tags.sitemaps, tags.sections]);
}
