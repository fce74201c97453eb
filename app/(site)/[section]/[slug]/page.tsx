import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Byline } from "@/components/site/byline";
import { JsonLd } from "@/components/site/json-ld";
import { ShareLinks } from "@/components/site/share-links";
import { StoryList } from "@/components/site/story-list";
import { ViewBeacon } from "@/components/site/view-beacon";
import { Time } from "@/components/ui/time";
import { getArticle, getLatest, getRelated } from "@/server/data/articles";
import { renderedAt } from "@/server/data/clock";
import { getMostPopular } from "@/server/data/popular";
import { formatDateTime } from "@/lib/dates";
import { readingMinutes } from "@/lib/rich-text/document";
import { RichText } from "@/lib/rich-text/render";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl, paths } from "@/lib/site";
import { db } from "@/server/db";

// Pages for URLs not built ahead render on their first request, whole, and are then cached.
export const instant = false;

type Props = PageProps<"/[section]/[slug]">;

/** Prebuild the newest stories; every other article renders on its first visit and is then cached. */
export async function generateStaticParams() {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", section: { isNot: null } },
    orderBy: { publishedAt: "desc" },
    take: 20,
    select: { slug: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({ section: row.section!.slug, slug: row.slug }));
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
  const description = article.seoDescription || article.standfirst || article.excerpt;
  return {
    title: article.seoTitle || article.headline,
    description,
    alternates: { canonical: article.url },
    authors: article.authors.map((a) => ({ name: a.name, url: paths.author(a.slug) })),
    openGraph: {
      type: "article",
      url: article.url,
      title: article.seoTitle || article.headline,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(paths.author(a.slug))),
      images: article.image ? [{ url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt }] : ["/logo.png"],
    },
    twitter: { card: article.image ? "summary_large_image" : "summary", title: article.headline, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  const [related, latest, popular, now] = await Promise.all([
    getRelated(article.id),
    getLatest(6, { excludeId: article.id }),
    getMostPopular(5),
    renderedAt(),
  ]);
  const modified = article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : null;
  const crumbs = [
    { name: "Home", path: "/" },
    { name: article.section.name, path: paths.section(article.section.slug) },
    { name: article.headline, path: article.url },
  ];
  return (
    <>
      <JsonLd
        data={[
          newsArticleJsonLd({
            url: article.url,
            headline: article.headline,
            description: article.seoDescription || article.standfirst || article.excerpt,
            image: article.image?.src ?? null,
            publishedAt: article.publishedAt,
            modifiedAt: modified ?? article.publishedAt,
            section: article.section.name,
            keywords: article.tags.map((t) => t.name),
            wordCount: article.wordCount,
            authors: article.authors,
          }),
          breadcrumbJsonLd(crumbs),
        ]}
      />
      <ViewBeacon articleId={article.id} />
      <div className="grid gap-10 lg:grid-cols-[1fr_18rem]">
        <article className="min-w-0">
          <nav aria-label="Breadcrumb" className="text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><Link href="/" className="hover:underline">Home</Link></li>
              <li aria-hidden="true">/</li>
              <li>
                <Link href={paths.section(article.section.slug)} className="font-semibold text-accent hover:underline">
                  {article.section.name}
                </Link>
              </li>
            </ol>
          </nav>
          <header className="mt-3 max-w-3xl">
            {article.breaking ? <p className="text-sm font-bold uppercase tracking-wide text-breaking">Breaking</p> : null}
            <h1 className="font-serif text-3xl font-bold leading-tight tracking-tight sm:text-5xl">{article.headline}</h1>
            {article.standfirst ? <p className="mt-4 font-serif text-xl leading-snug text-muted">{article.standfirst}</p> : null}
            <div className="mt-5 flex flex-wrap items-baseline gap-x-4 gap-y-1 border-y border-rule py-3 text-sm">
              <Byline authors={article.authors} />
              <span className="text-muted">
                <Time date={article.publishedAt}>{formatDateTime(article.publishedAt)}</Time>
              </span>
              {modified ? (
                <span className="text-muted">
                  Updated <Time date={modified}>{formatDateTime(modified)}</Time>
                </span>
              ) : null}
              <span className="text-muted">{readingMinutes(article.wordCount)} min read</span>
            </div>
          </header>
          {article.image ? (
            <figure className="mt-6">
              <Image
                src={article.image.src}
                alt={article.image.alt}
                width={article.image.width}
                height={article.image.height}
                sizes="(min-width: 1152px) 780px, (min-width: 1024px) 70vw, 100vw"
                className="h-auto w-full bg-surface"
                priority
              />
              {article.image.caption || article.image.credit ? (
                <figcaption className="caption">
                  {article.image.caption}
                  {article.image.credit ? <span className="ml-1">{article.image.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          <div className="article-body mt-8">
            <RichText document={article.body} />
          </div>
          <footer className="mt-10 max-w-[40rem] space-y-6">
            {article.tags.length ? (
              <nav aria-label="Topics">
                <h2 className="text-sm font-bold uppercase tracking-wide">Topics</h2>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {article.tags.map((tag) => (
                    <li key={tag.slug}>
                      <Link href={paths.tag(tag.slug)} className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:bg-surface">
                        {tag.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <ShareLinks url={absoluteUrl(article.url)} title={article.headline} />
            {article.authors.some((a) => a.bio) ? (
              <section aria-label="About the authors" className="space-y-3 border-t border-rule pt-4 text-sm text-muted">
                {article.authors.filter((a) => a.bio).map((a) => (
                  <p key={a.slug}>
                    <Link href={paths.author(a.slug)} className="font-semibold text-ink hover:underline">{a.name}</Link>
                    {a.jobTitle ? `, ${a.jobTitle}. ` : ". "}
                    {a.bio}
                  </p>
                ))}
              </section>
            ) : null}
          </footer>
          {related.length ? (
            <div className="mt-12">
              <StoryList id="related-heading" title="Related stories" articles={related} now={now} withExcerpts />
            </div>
          ) : null}
        </article>
        <aside className="space-y-8" aria-label="More stories">
          <StoryList id="latest-heading" title="Latest" articles={latest} now={now} />
          <StoryList id="popular-heading" title="Most popular" articles={popular} now={now} numbered />
        </aside>
      </div>
    </>
  );
}
