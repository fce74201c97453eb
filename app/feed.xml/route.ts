import { getFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { xmlResponse } from "@/lib/xml";

// The request is not read: the document is stored and renewed on the clock of the data it shows.
export const dynamic = "force-static";

export async function GET() {
  const feed = await getFeed(null);
  return xmlResponse(renderRss(feed!, "/feed.xml"), "application/rss+xml");
}
