// RSS of the corrections page: one item per correction, linking to its story.
import { listCorrections } from "@/server/data/corrections";
import { absoluteUrl, site } from "@/lib/site";
import { xml, xmlResponse } from "@/lib/xml";

// The request is not read: the document is stored and renewed when a correction is published or withdrawn.
export const dynamic = "force-static";

export async function GET() {
  const corrections = await listCorrections();
  const items = corrections.map((c) => {
    const link = absoluteUrl(c.story.url ?? "/corrections");
    const title = `${c.withdrawnAt ? "Withdrawn correction" : "Correction"}: ${c.story.headline}`;
    return [
      "<item>",
      `<title>${xml(title)}</title>`,
      `<link>${xml(link)}</link>`,
      `<guid isPermaLink="false">${xml(absoluteUrl(`/corrections#${c.id}`))}</guid>`,
      `<pubDate>${c.madeAt.toUTCString()}</pubDate>`,
      `<description>${xml(c.withdrawnAt ? `${c.text} (withdrawn ${c.withdrawnAt.toUTCString()})` : c.text)}</description>`,
      "</item>",
    ].join("");
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(`${site.name}: corrections`)}</title>
<link>${xml(absoluteUrl("/corrections"))}</link>
<description>${xml(`Every correction ${site.name} has published.`)}</description>
<language>${site.language.toLowerCase()}</language>
<atom:link href="${xml(absoluteUrl("/corrections/feed.xml"))}" rel="self" type="application/rss+xml"/>
${corrections[0] ? `<lastBuildDate>${corrections[0].madeAt.toUTCString()}</lastBuildDate>` : ""}
${items.join("\n")}
</channel>
</rss>
`;
  return xmlResponse(body, "application/rss+xml");
}
