import "server-only";
// What a change to an article invalidates. Server actions call
// `revalidateArticleChange`; code outside a request (the scheduler, scripts,
// tests) posts the same tags to /api/revalidate.
import { revalidateTag } from "next/cache";
import { tags } from "./cache-tags";

/** An article as it was before or after a change: enough to know which pages showed it. */
export type ArticleFootprint = {
  id: string;
  slug: string;
  status: string;
  section: string | null;
  tags: string[];
  authors: string[];
};

/** Every cache tag whose pages may show this article, before or after the change. */
export function tagsForArticleChange(...versions: (ArticleFootprint | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const article of versions) {
    if (!article) continue;
    out.add(tags.article(article.id));
    out.add(tags.slug(article.slug));
    if (article.status !== "PUBLISHED") continue;
    out.add(tags.home).add(tags.rails).add(tags.feeds).add(tags.sitemaps).add(tags.redirects);
    if (article.section) out.add(tags.section(article.section));
    for (const tag of article.tags) out.add(tags.tag(tag));
    for (const author of article.authors) out.add(tags.author(author));
  }
  return [...out];
}

/**
 * Expire tags now: the next request for an affected page renders it afresh,
 * so a publish shows at once. The background "rails" (Latest, Most popular
 * beside other stories) may be served stale once while they refresh.
 */
export function expireTags(list: string[]): void {
  for (const tag of list) revalidateTag(tag, tag === tags.rails ? "max" : { expire: 0 });
}
