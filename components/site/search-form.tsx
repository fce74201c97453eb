import type { NavSection } from "@/server/data/sections";
import type { SearchOrder, SearchPeriod } from "@/server/data/search";

export const PERIOD_NAMES: Record<SearchPeriod, string> = { day: "past day", week: "past week", month: "past month", year: "past year" };

// Field outlines in the muted ink: at least 3:1 against the page, as a form field's boundary needs (WCAG 1.4.11).
const selectClass = "rounded border border-muted bg-paper px-2 py-1.5 text-base";

/** A plain GET form: works without JavaScript. Given no sections (the not-found page), it asks for words only. */
export function SearchForm({ sections, query = "", section = null, order = "relevance", within = null, compact = false }: {
  sections: NavSection[];
  query?: string;
  section?: string | null;
  order?: SearchOrder;
  within?: SearchPeriod | null;
  compact?: boolean;
}) {
  return (
    <form action="/search" method="get" role="search" className={`grid grid-cols-1 gap-2 ${compact ? "" : "mt-6"}`}>
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">Search stories</label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          placeholder="Search stories"
          className="min-w-0 flex-1 rounded border border-muted bg-paper px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90">Search</button>
      </div>
      {sections.length ? (
        <div className="flex flex-wrap gap-2">
          <label htmlFor="search-section" className="sr-only">Section</label>
          <select id="search-section" name="section" defaultValue={section ?? ""} className={selectClass}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>{s.name}</option>
            ))}
          </select>
          <label htmlFor="search-within" className="sr-only">Published</label>
          <select id="search-within" name="within" defaultValue={within ?? ""} className={selectClass}>
            <option value="">Any time</option>
            {Object.entries(PERIOD_NAMES).map(([value, name]) => (
              <option key={value} value={value}>{name[0]!.toUpperCase() + name.slice(1)}</option>
            ))}
          </select>
          <label htmlFor="search-order" className="sr-only">Order</label>
          <select id="search-order" name="order" defaultValue={order} className={selectClass}>
            <option value="relevance">Most relevant</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
      ) : null}
    </form>
  );
}
