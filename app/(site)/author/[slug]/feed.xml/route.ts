import { getAuthorFeed } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";
import { paths } from "@/lib/site";
import { isValidSlug } from "@/lib/slug";
import { xmlResponse } from "@/lib/xml";
import { tags } from "@/server/cache-tags";

export async function GET(_request: Request, { params }: RouteContext<"/author/[slug]/feed.xml">) {
  const { slug } = await params;
  const feed = isValidSlug(slug) ? await getAuthorFeed(slug) : null;
  if (!feed) return new Response("No such author", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return xmlResponse(renderRss(feed, paths.authorFeed(slug)), "application/rss+xml", [tags.feeds, tags.author(slug)]);
}
