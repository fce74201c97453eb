import { Link } from "@/components/site/link";
import type { ArticleCard } from "@/server/data/shapes";
import { Time } from "@/components/ui/time";
import { formatListTime } from "@/lib/dates";

/** A titled rail of stories: "Latest", "Most popular", "Related". */
export function StoryList({ title, articles, now, numbered = false, withExcerpts = false, across = false, id }: {
  title: string;
  articles: ArticleCard[];
  now: Date;
  numbered?: boolean;
  withExcerpts?: boolean;
  /** In a row across a wide page instead of a column. */
  across?: boolean;
  id?: string;
}) {
  if (articles.length === 0) return null;
  const List = numbered ? "ol" : "ul";
  return (
    <section aria-labelledby={id} className="border-t-2 border-ink pt-3">
      <h2 id={id} className="font-sans text-sm font-bold uppercase tracking-wide">{title}</h2>
      <List className={`story-list mt-2 divide-y divide-rule ${across ? "lg:grid lg:grid-cols-5 lg:gap-6 lg:divide-y-0" : ""}`}>
        {articles.map((article, index) => (
          <li key={article.id}>
            {numbered ? <span aria-hidden="true" className="rank">{index + 1}</span> : null}
            <div>
              <h3>
                {article.live ? <span className="live-label mr-1.5">Live</span> : null}
                <Link href={article.url} className="headline-link">{article.headline}</Link>
              </h3>
              {withExcerpts ? <p className="excerpt">{article.excerpt}</p> : null}
              <p className="meta">
                {article.section.name} · <Time date={article.publishedAt}>{formatListTime(article.publishedAt, now)}</Time>
              </p>
            </div>
          </li>
        ))}
      </List>
    </section>
  );
}
