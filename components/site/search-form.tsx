import type { NavSection } from "@/server/data/sections";

/** A plain GET form: works without JavaScript. */
export function SearchForm({ sections, query = "", section = null, compact = false }: {
  sections: NavSection[];
  query?: string;
  section?: string | null;
  compact?: boolean;
}) {
  return (
    <form action="/search" method="get" role="search" className={`flex flex-wrap gap-2 ${compact ? "" : "mt-6"}`}>
      <label htmlFor="search-q" className="sr-only">Search stories</label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        placeholder="Search stories"
        className="min-w-0 basis-full rounded border border-rule bg-paper px-3 py-2 text-base sm:basis-auto sm:flex-1"
      />
      {sections.length ? (
        <>
          <label htmlFor="search-section" className="sr-only">Section</label>
          <select id="search-section" name="section" defaultValue={section ?? ""} className="rounded border border-rule bg-paper px-3 py-2 text-base">
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>{s.name}</option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90">Search</button>
    </form>
  );
}
