import { getFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { paths } from "@/lib/site";
import { isValidSlug } from "@/lib/slug";
import { xmlResponse } from "@/lib/xml";
import { tags } from "@/server/cache-tags";
import { missingFeed } from "@/app/(site)/missing-feed";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/feed.xml">) {
  const { section } = await params;
  const feed = isValidSlug(section) ? await getFeed(section) : null;
  if (!feed) return missingFeed("section", section, paths.sectionFeed, "section");
  return xmlResponse(renderRss(feed, paths.sectionFeed(section)), "application/rss+xml", [tags.feeds, tags.sections]);
}
