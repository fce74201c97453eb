// What a live blog's readers' browsers poll while it is live (components/site/live-updates.tsx): its newest
// entries and pinned ones, each with the HTML the page itself shows. The answer is cached: in Next's data
// cache under the blog's entries and article tags, and by the HTTP cache in front for as long as s-maxage
// says, with the same tags (the front sends them as Surrogate-Key), so that an entry written anywhere purges
// it at once and ten thousand watching readers cost cache hits, not renders.
import { entrySignature } from "@/lib/live-blog/markup";
import { LIVE_PAGE_SIZE } from "@/lib/live-blog/paths";
import { liveBlogTags, tags } from "@/server/cache-tags";
import { getArticle } from "@/server/data/articles";
import { getLiveBlogPage, type LiveEntryView } from "@/server/data/live-blogs";

const item = (entry: LiveEntryView) => ({ id: entry.id, v: entrySignature(entry), t: entry.postedAt.getTime(), html: entry.html });

/** A minute in the HTTP cache at most (purges make changes show at once); a day of grace if the app is away. */
const CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400";

export async function GET(_request: Request, { params }: RouteContext<"/[section]/[slug]/updates.json">) {
  const { section, slug } = await params;
  const result = await getArticle(section, slug);
  const article = result.kind === "found" ? result.article : null;
  const page = article?.liveBlog ? await getLiveBlogPage(article.id, article.section.slug, article.slug, 1) : null;
  if (!article || !page) {
    return Response.json({ error: "No live blog here." }, { status: 404, headers: { "cache-control": "public, max-age=0, s-maxage=60", "x-ledger-tags": tags.slug(slug) } });
  }
  const body = { live: !article.liveBlog!.endedAt, size: LIVE_PAGE_SIZE, pinned: page.pinned.map(item), entries: page.entries.map(item) };
  return Response.json(body, {
    headers: {
      "cache-control": CACHE_CONTROL,
      // The front turns this note into Surrogate-Key for the HTTP cache in front (server/http/front.ts).
      "x-ledger-tags": liveBlogTags(article).join(","),
    },
  });
}
