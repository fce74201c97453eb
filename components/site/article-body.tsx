import { Link } from "@/components/site/link";
import { Picture } from "@/components/site/picture";
import { Byline } from "@/components/site/byline";
import { JsonLd } from "@/components/site/json-ld";
import { LiveBlogEntries } from "@/components/site/live-blog";
import { ShareLinks } from "@/components/site/share-links";
import { StoryList } from "@/components/site/story-list";
import { ViewBeacon } from "@/components/site/view-beacon";
import { Time } from "@/components/ui/time";
import type { ArticleView } from "@/server/data/articles";
import type { LiveBlogPage } from "@/server/data/live-blogs";
import { modifiedTime, updatedTime } from "@/lib/seo/article-times";
import type { ArticleCard } from "@/server/data/shapes";
import { formatDateTime } from "@/lib/dates";
import { readingMinutes } from "@/lib/rich-text/document";
import { RichText } from "@/lib/rich-text/render";
import { breadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd, type NewsArticleInput } from "@/lib/seo/json-ld";
import { structuredImagesOf } from "@/lib/share-images";
import { absoluteUrl, paths } from "@/lib/site";

type Props = {
  article: ArticleView;
  related: ArticleCard[];
  latest: ArticleCard[];
  popular: ArticleCard[];
  now: Date;
  preview?: boolean;
  /** A live blog's page of entries (its first page carries the summary and the structured data). */
  live?: LiveBlogPage | null;
};

/** An article as readers see it; the signed-in preview renders the same component. */
export function ArticleBody({ article, related, latest, popular, now, preview = false, live = null }: Props) {
  const modified = updatedTime(article, live);
  const firstPage = !live || live.page === 1;
  const crumbs = [
    { name: "Home", path: "/" },
    { name: article.section.name, path: paths.section(article.section.slug) },
    { name: article.headline, path: article.url },
  ];
  return (
    <>
      <JsonLd data={firstPage ? [structuredData(article, modifiedTime(article, live), live), breadcrumbJsonLd(crumbs)] : [breadcrumbJsonLd(crumbs)]} />
      {preview ? null : <ViewBeacon articleId={article.id} />}
      <div className="grid gap-10 lg:grid-cols-[1fr_18rem] print:block">
        <article className="min-w-0">
          <nav aria-label="Breadcrumb" className="text-sm print:hidden">
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
              {article.liveBlog ? null : <span className="text-muted print:hidden">{readingMinutes(article.wordCount)} min read</span>}
            </div>
            {modified && article.updateNote ? (
              <p className="mt-2 text-sm" data-testid="update-note">
                <span className="font-semibold">Updated <Time date={modified}>{formatDateTime(modified)}</Time>:</span> {article.updateNote}
              </p>
            ) : null}
            {/* On paper the story's address is the only way back to it. */}
            <p className="mt-2 hidden text-sm print:block">{absoluteUrl(article.url)}</p>
          </header>
          {article.image && firstPage ? (
            <figure className="mt-6">
              <Picture
                src={article.image.src}
                alt={article.image.alt}
                width={article.image.width}
                height={article.image.height}
                sizes="(min-width: 1152px) 780px, (min-width: 1024px) 70vw, 100vw"
                className="h-auto w-full bg-surface"
                lead
              />
              {article.image.caption || article.image.credit ? (
                <figcaption className="caption">
                  {article.image.caption}
                  {article.image.credit ? <span className="ml-1">{article.image.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          {!article.liveBlog ? (
            <div className="article-body mt-8">
              <RichText document={article.body} />
            </div>
          ) : firstPage && article.wordCount > 0 ? (
            <section aria-labelledby="key-points-heading" className="mt-8 max-w-[40rem] border-y-2 border-ink py-4">
              <h2 id="key-points-heading" className="font-sans text-sm font-bold uppercase tracking-wide">Key points</h2>
              <div className="article-body mt-3">
                <RichText document={article.body} />
              </div>
            </section>
          ) : null}
          {article.liveBlog && live ? <LiveBlogEntries url={article.url} endedAt={article.liveBlog.endedAt} page={live} watch={!preview} /> : null}
          {article.corrections.length ? (
            <aside aria-labelledby="corrections-heading" className="mt-8 max-w-[40rem] border-l-4 border-accent bg-surface px-4 py-3 text-sm">
              <h2 id="corrections-heading" className="font-bold">{article.corrections.length === 1 ? "Correction" : "Corrections"}</h2>
              <ul className="mt-1 space-y-2">
                {article.corrections.map((c) => (
                  <li key={c.id}>
                    <Time date={c.madeAt}>{formatDateTime(c.madeAt)}</Time>: {c.text}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-muted">
                <Link href="/corrections" className="underline">All corrections</Link>
              </p>
            </aside>
          ) : null}
          <footer className="mt-10 max-w-[40rem] space-y-6">
            {article.tags.length ? (
              <nav aria-label="Topics" className="print:hidden">
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
            <div className="mt-12 print:hidden">
              <StoryList id="related-heading" title="Related stories" articles={related} now={now} withExcerpts />
            </div>
          ) : null}
        </article>
        <aside className="space-y-8 print:hidden" aria-label="More stories">
          <StoryList id="latest-heading" title="Latest" articles={latest} now={now} />
          <StoryList id="popular-heading" title="Most popular" articles={popular} now={now} numbered />
        </aside>
      </div>
    </>
  );
}

/** NewsArticle for a story; LiveBlogPosting, with its newest entries, for a live blog. */
function structuredData(article: ArticleView, modified: Date, live: LiveBlogPage | null) {
  const input: NewsArticleInput = {
    url: article.url,
    headline: article.headline,
    description: article.seoDescription || article.standfirst || article.excerpt,
    images: structuredImagesOf(article),
    publishedAt: article.publishedAt,
    modifiedAt: modified,
    section: article.section.name,
    keywords: article.tags.map((t) => t.name),
    wordCount: article.wordCount,
    authors: article.authors,
    corrections: article.corrections,
  };
  if (!article.liveBlog || !live) return newsArticleJsonLd(input);
  return liveBlogPostingJsonLd({
    ...input,
    coverageStartedAt: article.liveBlog.startedAt,
    firstEntryAt: live.firstPostedAt,
    coverageEndedAt: article.liveBlog.endedAt,
    updates: [...live.pinned, ...live.entries].sort((a, b) => b.postedAt.getTime() - a.postedAt.getTime()),
  });
}
