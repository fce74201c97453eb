import { getTagFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { paths } from "@/lib/site";
import { isValidSlug } from "@/lib/slug";
import { xmlResponse } from "@/lib/xml";
import { tags } from "@/server/cache-tags";
import { missingFeed } from "@/app/(site)/missing-feed";

export async function GET(_request: Request, { params }: RouteContext<"/tag/[slug]/feed.xml">) {
  const { slug } = await params;
  const feed = isValidSlug(slug) ? await getTagFeed(slug) : null;
  if (!feed) return missingFeed("tag", slug, paths.tagFeed, "topic");
  return xmlResponse(renderRss(feed, paths.tagFeed(slug)), "application/rss+xml", [tags.feeds, tags.tag(slug)]);
}
