import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { modifiedTime } from "@/lib/seo/article-times";
import { getArticle, getLatest, getRelated, listRecentArticleParams } from "@/server/data/articles";
import { getLiveBlogPage } from "@/server/data/live-blogs";
import { renderedAt } from "@/server/data/clock";
import { getMostPopular } from "@/server/data/popular";
import { readerMetadata } from "@/lib/seo/metadata";
import { shareImageOf } from "@/lib/share-images";
import { absoluteUrl, paths, site } from "@/lib/site";

type Props = PageProps<"/[section]/[slug]">;

/** Prebuild the newest stories; every other article renders on its first visit and is then cached. */
export async function generateStaticParams() {
  return listRecentArticleParams(20);
}

async function load(params: Props["params"]) {
  const { section, slug } = await params;
  const result = await getArticle(section, slug);
  // Next 16.4 sends a cached redirect's Location header twice (same value;
  // browsers and crawlers follow it). Upstream: vercel/next.js#82117.
  if (result.kind === "redirect") permanentRedirect(result.url);
  if (result.kind === "missing") notFound();
  return result.article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  // A live blog's last change comes with its entries (read once per request, for the page too).
  const live = article.liveBlog ? await getLiveBlogPage(article.id, article.section.slug, article.slug, 1) : null;
  const modified = modifiedTime(article, live);
  const description = article.seoDescription || article.standfirst || article.excerpt;
  const title = article.seoTitle || article.headline;
  return readerMetadata({
    title,
    shareTitle: title,
    description,
    path: article.url,
    authors: article.authors.map((a) => ({ name: a.name, url: paths.author(a.slug) })),
    openGraph: {
      type: "article",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: modified.toISOString(),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(paths.author(a.slug))),
    },
    image: shareImageOf(article),
    feeds: [{ url: paths.sectionFeed(article.section.slug), title: `${site.name} — ${article.section.name}` }],
  });
}

export default async function ArticlePage({ params }: Props) {
  // Related stories need only the slug: looked up beside the article rather than after it.
  const related = getRelated((await params).slug);
  related.catch(() => {}); // awaited below, unless the article is missing or has moved
  const article = await load(params);
  const [relatedCards, latest, popular, now, live] = await Promise.all([
    related,
    getLatest(6, { excludeId: article.id }),
    getMostPopular(5),
    renderedAt(),
    // A live blog's first page of entries (only that page is read, however long the blog).
    article.liveBlog ? getLiveBlogPage(article.id, article.section.slug, article.slug, 1) : null,
  ]);
  return <ArticleBody article={article} related={relatedCards} latest={latest} popular={popular} now={now} live={live} />;
}
