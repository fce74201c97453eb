import { Link } from "@/components/site/link";

/** Numbered pages with previous/next; `href(n)` builds each page's URL. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const numbers = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...numbers].sort((a, b) => a - b);
  return (
    <nav aria-label="Pagination" className="mt-10 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="rounded border border-rule px-3 py-2 hover:bg-surface">← Newer</Link>
      ) : null}
      {sorted.map((n, index) => (
        <span key={n} className="flex items-center gap-2">
          {index > 0 && n - sorted[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
          {n === page ? (
            <span aria-current="page" className="rounded bg-ink px-3 py-2 font-semibold text-paper">{n}</span>
          ) : (
            <Link href={href(n)} aria-label={`Page ${n}`} className="rounded border border-rule px-3 py-2 hover:bg-surface">{n}</Link>
          )}
        </span>
      ))}
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="rounded border border-rule px-3 py-2 hover:bg-surface">Older →</Link>
      ) : null}
    </nav>
  );
}
