// Older entries of a live blog, a page at a time (/<section>/<slug>/page/<n>): its own address so that every
// entry can be reached without JavaScript, kept out of search engines' indexes (noindex, with its own address as
// canonical: one pointing at the first page would contradict the noindex). A story has no such pages.
import type { Metadata } from "next";
import { livePaths } from "@/lib/live-blog/paths";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { getLatest } from "@/server/data/articles";
import { renderedAt } from "@/server/data/clock";
import { getLiveBlogPage } from "@/server/data/live-blogs";
import { getMostPopular } from "@/server/data/popular";
import { parsePage } from "@/lib/pagination";
import { readerMetadata } from "@/lib/seo/metadata";
import { liveBlogAt, oldAddressOrNotFound } from "../../addresses";

type Props = PageProps<"/[section]/[slug]/page/[page]">;

/**
 * None built ahead: an empty list still makes the route a stored one, so each older page renders on its first
 * request and is then kept (and expired with the blog's tag) like the blog's first page.
 */
export async function generateStaticParams(): Promise<{ section: string; slug: string; page: string }[]> {
  return [];
}

async function load(params: Props["params"]) {
  const { section, slug, page: pageParam } = await params;
  const page = parsePage(pageParam);
  if (page === null) return oldAddressOrNotFound(`/${section}/${slug}/page/${pageParam}`);
  const article = await liveBlogAt(section, slug, `page/${page}`);
  if (page === 1) permanentRedirect(article.url);
  const live = await getLiveBlogPage(article.id, article.section.slug, article.slug, page);
  if (!live) notFound();
  return { article, live };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, live } = await load(params);
  const metadata = readerMetadata({
    title: `${article.seoTitle || article.headline} (page ${live.page})`,
    shareTitle: article.seoTitle || article.headline,
    description: article.seoDescription || article.standfirst || article.excerpt,
    path: livePaths(article.url).page(live.page),
    openGraph: { type: "website" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function LiveBlogOlderPage({ params }: Props) {
  const { article, live } = await load(params);
  const [latest, popular, now] = await Promise.all([getLatest(6, { excludeId: article.id }), getMostPopular(5), renderedAt()]);
  return <ArticleBody article={article} related={[]} latest={latest} popular={popular} now={now} live={live} />;
}
