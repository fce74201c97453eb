import { Link } from "@/components/site/link";
import { ArticleCard } from "@/components/site/article-card";
import { BreakingStrip, LiveStrip } from "@/components/site/story-strips";
import { StoryList } from "@/components/site/story-list";
import type { FrontPage } from "@/server/data/fronts";
import type { ArticleCard as Card } from "@/server/data/shapes";
import { paths, site } from "@/lib/site";

/** The front page's blocks: the reader page and the editors' preview of a draft arrangement render the same. */
export function FrontPageView({ front, breaking, popular, now }: { front: FrontPage; breaking: Card[]; popular: Card[]; now: Date }) {
  return (
    <>
      <h1 className="sr-only">{site.name}: the front page</h1>
      <BreakingStrip articles={breaking} />
      <LiveStrip articles={front.live} />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div>
          {front.lead ? (
            <section aria-label="Top story">
              <ArticleCard article={front.lead} variant="lead" now={now} headingLevel={2} priority />
            </section>
          ) : (
            <p className="py-20 text-center text-muted">No stories have been published yet.</p>
          )}
          {front.secondary.length ? (
            <section aria-label="More top stories" className="mt-8 grid gap-6 border-t border-rule pt-6 md:grid-cols-2">
              {front.secondary.map((article) => (
                <ArticleCard key={article.id} article={article} now={now} headingLevel={2} rowOnPhone />
              ))}
            </section>
          ) : null}
        </div>
        <aside aria-labelledby="latest-heading">
          <StoryList id="latest-heading" title="Latest" articles={front.latest} now={now} withExcerpts />
        </aside>
      </div>
      {/* Across the page rather than under "Latest": the rail then ends about where the top stories do. */}
      <div className="mt-12">
        <StoryList id="popular-heading" title="Most popular" articles={popular} now={now} numbered across />
      </div>
      {front.sections.map((section) => (
        <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="mt-12 border-t-2 border-ink pt-3">
          <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
            <Link href={paths.section(section.slug)} className="headline-link">{section.name}</Link>
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {section.articles.map((article, index) => (
              <ArticleCard key={article.id} article={article} now={now} variant={index === 0 ? "standard" : "compact"} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
