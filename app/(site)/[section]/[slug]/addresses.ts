import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticle, type ArticleView } from "@/server/data/articles";
import { findOldAddress } from "@/server/data/old-addresses";

/**
 * A path under a story's address that is none of our pages (a story has no older pages or key events, a path
 * deeper than ours): maybe an imported site's old address of that shape ("/category/news/page/2",
 * "/2024/03/15/harbour-lights/"), sent on to its story for good, or else a 404.
 */
export async function oldAddressOrNotFound(path: string): Promise<never> {
  const target = await findOldAddress(path);
  if (target) permanentRedirect(target);
  notFound();
}

/**
 * The live blog whose page `/<section>/<slug>/<rest>` is asked for (an older page, its key events): a blog that
 * moved sends the reader to the same page at its address; a story or nothing there is an old address or a 404.
 */
export async function liveBlogAt(section: string, slug: string, rest: string): Promise<ArticleView> {
  const result = await getArticle(section, slug);
  if (result.kind === "missing" || (result.kind === "found" && !result.article.liveBlog)) return oldAddressOrNotFound(`/${section}/${slug}/${rest}`);
  if (result.kind === "redirect") permanentRedirect(`${result.url}/${rest}`);
  return result.article;
}
