// RSS of the corrections page: one item per correction published, and one per correction withdrawn (so that
// feed readers, which show an item once, hear of it), each linking to its story.
import { listCorrectionEvents } from "@/server/data/corrections";
import { absoluteUrl, site } from "@/lib/site";
import { xml, xmlResponse } from "@/lib/xml";

// The request is not read: the document is stored and renewed when a correction is published or withdrawn.
export const dynamic = "force-static";

export async function GET() {
  const events = await listCorrectionEvents();
  const items = events.map(({ at, withdrawn, correction: c }) => {
    const link = absoluteUrl(c.story.url ?? "/corrections");
    const title = `${withdrawn ? "Correction withdrawn" : "Correction"}: ${c.story.headline}`;
    return [
      "<item>",
      `<title>${xml(title)}</title>`,
      `<link>${xml(link)}</link>`,
      // By the correction's id, not the site's address (as the stories' feeds).
      `<guid isPermaLink="false">correction-${xml(c.id)}${withdrawn ? "-withdrawn" : ""}</guid>`,
      `<pubDate>${at.toUTCString()}</pubDate>`,
      `<description>${xml(withdrawn ? `Withdrawn: ${c.text} (published ${c.madeAt.toUTCString()})` : c.text)}</description>`,
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
${events[0] ? `<lastBuildDate>${events[0].at.toUTCString()}</lastBuildDate>` : ""}
${items.join("\n")}
</channel>
</rss>
`;
  return xmlResponse(body, "application/rss+xml");
}
