import { getAuthorFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { paths } from "@/lib/site";
import { isValidSlug } from "@/lib/slug";
import { xmlResponse } from "@/lib/xml";
import { tags } from "@/server/cache-tags";
import { missingFeed } from "@/app/(site)/missing-feed";

export async function GET(_request: Request, { params }: RouteContext<"/author/[slug]/feed.xml">) {
  const { slug } = await params;
  const feed = isValidSlug(slug) ? await getAuthorFeed(slug) : null;
  if (!feed) return missingFeed("author", slug, paths.authorFeed, "author");
  return xmlResponse(renderRss(feed, paths.authorFeed(slug)), "application/rss+xml", [tags.feeds, tags.author(slug)]);
}
