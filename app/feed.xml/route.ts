import { getFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { xmlResponse } from "@/lib/xml";

export async function GET() {
  const feed = await getFeed(null);
  return xmlResponse(renderRss(feed!, "/feed.xml"), "application/rss+xml");
}
