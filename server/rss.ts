import "server-only";
// RSS 2.0 with the full article body (content:encoded).
import type { Feed } from "@/server/data/feeds";
import { sanitizeDocument, toHtml } from "@/lib/rich-text/sanitize";
import { absoluteUrl, site } from "@/lib/site";
import { cdata, xml } from "@/lib/xml";

export function renderRss(feed: NonNullable<Feed>, selfPath: string): string {
  const items = feed.items.map((item) => {
    const url = absoluteUrl(item.url);
    const image = item.image ? `<p><img src="${xml(absoluteUrl(item.image.src))}" alt="${xml(item.image.alt)}" width="${item.image.width}" height="${item.image.height}"/></p>` : "";
    const body = toHtml(sanitizeDocument(item.body), url);
    return [
      "<item>",
      `<title>${xml(item.headline)}</title>`,
      `<link>${xml(url)}</link>`,
      // The story's id, not its address nor the site's: a renamed story or section, or a site moved to its
      // domain, would otherwise come back to every subscriber as new items.
      `<guid isPermaLink="false">story-${xml(item.id)}</guid>`,
      `<pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
      `<description>${xml(item.standfirst || item.excerpt)}</description>`,
      ...item.authors.map((a) => `<dc:creator>${xml(a.name)}</dc:creator>`),
      `<category>${xml(item.section.name)}</category>`,
      ...item.tags.map((t) => `<category>${xml(t)}</category>`),
      item.enclosure ? `<enclosure url="${xml(absoluteUrl(item.enclosure.src))}" type="${xml(item.enclosure.type)}" length="${item.enclosure.length}"/>` : "",
      `<content:encoded>${cdata(image + body)}</content:encoded>`,
      "</item>",
    ].join("");
  });
  const title = feed.path === "/" ? site.name : `${site.name}: ${feed.title}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${xml(title)}</title>
<link>${xml(absoluteUrl(feed.path))}</link>
<description>${xml(feed.description)}</description>
<language>${site.language.toLowerCase()}</language>
<atom:link href="${xml(absoluteUrl(selfPath))}" rel="self" type="application/rss+xml"/>
${feed.items[0] ? `<lastBuildDate>${feed.items[0].publishedAt.toUTCString()}</lastBuildDate>` : ""}
${items.join("\n")}
</channel>
</rss>
`;
}
