// The two times an article's page gives after its publication: the one readers are told ("Updated <time>") and
// the one search engines are told (dateModified, og:modified_time). The sitemap's lastmod is wider: it also moves
// when a correction is withdrawn (server/data/feeds.ts), which leaves no date on the page.
import type { ArticleView } from "@/server/data/articles";
import type { LiveBlogPage } from "@/server/data/live-blogs";
import { latest } from "@/lib/dates";

type Times = Pick<ArticleView, "publishedAt" | "updatedAt" | "corrections">;

/**
 * When readers are told the article was updated ("Updated <time>"): a live blog's newest entry or a substantive
 * update of its summary, a story's last substantive update; null when that is not after publication (entries
 * posted while a blog was still a draft).
 */
export function updatedTime(article: Times, live: Pick<LiveBlogPage, "changedAt"> | null): Date | null {
  const changed = live ? live.changedAt : article.updatedAt;
  return changed && changed > article.publishedAt ? changed : null;
}

/**
 * When search engines are told the article last changed (dateModified, modified_time): its update, or the newest
 * correction it shows (readers see its date on its note), whichever is later; its publication if neither came
 * after it. A withdrawal, which leaves no date on the page, moves only the sitemap's lastmod.
 */
export function modifiedTime(article: Times, live: Pick<LiveBlogPage, "changedAt"> | null): Date {
  return latest(updatedTime(article, live) ?? article.publishedAt, ...article.corrections.map((c) => c.madeAt));
}
