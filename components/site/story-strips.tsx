import type { ReactNode } from "react";
import { Link } from "@/components/site/link";
import type { ArticleCard } from "@/server/data/shapes";

/** A labelled band of headlines above the front page; nothing at all when it has no stories. */
function StoryStrip({ name, label, className, listClassName, articles }: { name: string; label: ReactNode; className: string; listClassName: string; articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-label={name} className={`mb-6 flex flex-col gap-1 sm:flex-row sm:items-baseline ${className}`}>
      <p className="flex shrink-0 items-center gap-2 text-sm font-bold uppercase tracking-wide text-breaking">{label}</p>
      <ul className={listClassName}>
        {articles.map((article) => (
          <li key={article.id} className="font-serif text-lg font-semibold leading-snug">
            <Link href={article.url} className="headline-link">{article.headline}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BreakingStrip({ articles }: { articles: ArticleCard[] }) {
  return <StoryStrip name="Breaking news" label="Breaking" className="border-l-4 border-breaking bg-surface px-4 py-3 sm:gap-3" listClassName="space-y-1" articles={articles} />;
}

/** Stories the editors mark as being followed live; shown only while they have placed some. */
export function LiveStrip({ articles }: { articles: ArticleCard[] }) {
  return (
    <StoryStrip
      name="Live now"
      label={
        <>
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-breaking" />
          Live now
        </>
      }
      className="border-y border-rule px-1 py-3 sm:gap-4"
      listClassName="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6"
      articles={articles}
    />
  );
}
