import { Link } from "@/components/site/link";
import type { ArticleCard } from "@/server/data/shapes";

/** Stories the editors mark as being followed live; shown only while they have placed some. */
export function LiveStrip({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-label="Live now" className="mb-6 flex flex-col gap-1 border-y border-rule px-1 py-3 sm:flex-row sm:items-baseline sm:gap-4">
      <p className="flex shrink-0 items-center gap-2 text-sm font-bold uppercase tracking-wide text-breaking">
        <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-breaking" />
        Live now
      </p>
      <ul className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {articles.map((article) => (
          <li key={article.id} className="font-serif text-lg font-semibold leading-snug">
            <Link href={article.url} className="headline-link">{article.headline}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
