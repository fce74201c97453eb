import { Link } from "@/components/site/link";
import type { ArticleCard } from "@/server/data/shapes";

export function BreakingStrip({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-label="Breaking news" className="mb-6 flex flex-col gap-1 border-l-4 border-breaking bg-surface px-4 py-3 sm:flex-row sm:items-baseline sm:gap-3">
      <p className="shrink-0 text-sm font-bold uppercase tracking-wide text-breaking">Breaking</p>
      <ul className="space-y-1">
        {articles.map((article) => (
          <li key={article.id} className="font-serif text-lg font-semibold leading-snug">
            <Link href={article.url} className="headline-link">{article.headline}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
