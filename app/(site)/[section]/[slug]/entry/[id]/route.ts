// An entry's permalink, resolved: the address of the page of its live blog that holds the entry now (new
// entries push older ones onto later pages), with the entry's fragment. The blog's first page sends a
// permalink here (…/story#entry-<id>) when the entry is not on it, and a page's key events link here for the
// entries it does not show; it works without JavaScript too.
import { entryAnchor } from "@/lib/live-blog/markup";
import { livePaths } from "@/lib/live-blog/paths";
import { liveBlogTags } from "@/server/cache-tags";
import { getArticle } from "@/server/data/articles";
import { findLiveEntryPage } from "@/server/data/live-blogs";
import { isRecordId } from "@/server/data/arguments";

const NOT_FOUND = { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=60" } };

export async function GET(_request: Request, { params }: RouteContext<"/[section]/[slug]/entry/[id]">) {
  const { section, slug, id } = await params;
  // Checked before the cached look-up, so that made-up ids do not each take a place in the cache.
  if (!isRecordId(id)) return new Response("Not found", NOT_FOUND);
  const result = await getArticle(section, slug);
  // A blog that moved: the same look-up at its address (a key event's link on a page kept from before the move).
  if (result.kind === "redirect") {
    return new Response(null, { status: 308, headers: { location: `${result.url}/entry/${id}`, "cache-control": "public, max-age=0, s-maxage=300" } });
  }
  const article = result.kind === "found" && result.article.liveBlog ? result.article : null;
  const page = article ? await findLiveEntryPage(article.id, id) : null;
  // An entry deleted since: the blog itself is the best answer. No blog here: not found.
  if (!article) return new Response("Not found", NOT_FOUND);
  const target = page ? `${livePaths(article.url).page(page)}#${entryAnchor(id)}` : article.url;
  // Where an entry is changes with every entry posted: kept only until the blog's next change (its tags).
  return new Response(null, {
    status: 307,
    headers: { location: target, "cache-control": "public, max-age=0, s-maxage=300", "x-ledger-tags": liveBlogTags(article).join(",") },
  });
}
