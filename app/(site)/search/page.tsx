import type { Metadata } from "next";
import { Link } from "@/components/site/link";
import { PERIOD_NAMES, SearchForm } from "@/components/site/search-form";
import { Time } from "@/components/ui/time";
import { getSections } from "@/server/data/sections";
import { searchArticles, type SearchResults } from "@/server/data/search";
import { formatDateTime, formatShortDate } from "@/lib/dates";
import { splitHighlights } from "@/lib/search-query";
import { feedAlternates } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Search",
  description: `Search every story published by ${site.name}, and every update of its live blogs.`,
  alternates: { canonical: "/search", types: feedAlternates() },
  // Result pages are endless variations of one page: keep them out of the index.
  robots: { index: false, follow: true },
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const params = await searchParams;
  const page = Number(first(params.page) ?? "1");
  const [sections, results] = await Promise.all([
    getSections(),
    searchArticles({
      q: first(params.q),
      section: first(params.section),
      order: first(params.order),
      within: first(params.within),
      page: Number.isFinite(page) ? page : 1,
    }),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <SearchForm sections={sections} query={results.query} section={results.section} order={results.order} within={results.within} />
      <ResultList results={results} />
    </div>
  );
}

/** A snippet or title with the reader's words marked. */
function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}

/** The reader's words in quotation marks, unless they are a quoted phrase already. */
function quoted(query: string): string {
  return /^".*"$/.test(query) ? query : `“${query}”`;
}

function ResultList({ results }: { results: SearchResults }) {
  if (!results.query) {
    return <p className="mt-8 text-muted">Type a word or phrase above. Use quotes for an exact phrase, and a minus sign to leave a word out.</p>;
  }
  if (results.total === 0) {
    return (
      <div className="mt-8" role="status">
        <p className="text-lg">No stories match <strong>{quoted(results.query)}</strong>{results.within ? ` in the ${PERIOD_NAMES[results.within]}` : ""}.</p>
        <p className="mt-2 text-muted">Check the spelling, try fewer or more general words, or search all sections{results.within ? " at any time" : ""}.</p>
      </div>
    );
  }
  const pageHref = (n: number) => {
    const params = new URLSearchParams({ q: results.query });
    if (results.section) params.set("section", results.section);
    if (results.order !== "relevance") params.set("order", results.order);
    if (results.within) params.set("within", results.within);
    if (n > 1) params.set("page", String(n));
    return `/search?${params}`;
  };
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <div role="status">
        <h2 id="results-heading" className="text-sm font-normal text-muted">
          {results.moreThanTotal ? `More than ${results.total.toLocaleString("en-GB")} stories match` : `${results.total} ${results.total === 1 ? "story matches" : "stories match"}`} {quoted(results.query)}
          {results.within ? ` in the ${PERIOD_NAMES[results.within]}` : ""}
          {results.order === "newest" ? " · newest first" : ""}
          {results.pageCount > 1 ? ` · page ${results.page} of ${results.pageCount}` : ""}
        </h2>
      </div>
      <ol className="mt-4 divide-y divide-rule">
        {results.hits.map((hit) => (
          <li key={hit.id} className="py-5">
            <p className="text-xs font-semibold uppercase tracking-wide text-accent">
              {hit.live ? <span className="live-label mr-2">Live</span> : null}
              {hit.section.name}
            </p>
            <h3 className="mt-1 font-serif text-xl font-bold leading-snug">
              <Link href={hit.url} className="headline-link">{hit.headline}</Link>
            </h3>
            {hit.entry ? (
              // Found in an update of a live blog: its permalink opens the blog at that update, on whatever page it is.
              <p className="mt-2 text-sm">
                <a href={hit.entry.url} className="font-semibold underline decoration-rule underline-offset-2 hover:decoration-ink">
                  {hit.entry.title ? <>Update: <Highlighted text={hit.entry.title} /></> : `Update of ${formatDateTime(hit.entry.postedAt)}`}
                </a>
              </p>
            ) : null}
            <p className="mt-2 text-sm leading-relaxed">
              <Highlighted text={hit.snippet} />
            </p>
            <p className="mt-2 text-xs text-muted">
              {/* The time of what matched: the story, or the update it was found in. */}
              {hit.entry ? <Time date={hit.entry.postedAt}>{formatDateTime(hit.entry.postedAt)}</Time> : <Time date={hit.publishedAt}>{formatShortDate(hit.publishedAt)}</Time>}
              {hit.authors.length ? ` · ${hit.authors.map((a) => a.name).join(", ")}` : ""}
            </p>
          </li>
        ))}
      </ol>
      <nav aria-label="Search result pages" className="mt-6 flex justify-between text-sm">
        {results.page > 1 ? <Link href={pageHref(results.page - 1)} rel="prev" className="rounded border border-rule px-3 py-2 hover:bg-surface">← Previous</Link> : <span />}
        {results.page < results.pageCount ? <Link href={pageHref(results.page + 1)} rel="next" className="rounded border border-rule px-3 py-2 hover:bg-surface">Next →</Link> : null}
      </nav>
    </section>
  );
}
