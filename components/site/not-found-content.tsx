import { SearchForm } from "@/components/site/search-form";
import { StoryList } from "@/components/site/story-list";
import { getLatest } from "@/server/data/articles";
import { renderedAt } from "@/server/data/clock";
import { getSections } from "@/server/data/sections";

/** The body of every 404: what happened, a search box and the latest stories. */
export async function NotFoundContent() {
  const [latest, sections, now] = await Promise.all([getLatest(6), getSections(), renderedAt()]);
  return (
    <div className="grid gap-10 pt-4 lg:grid-cols-[1fr_18rem]">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">We can’t find that page</h1>
        <p className="mt-4 max-w-xl font-serif text-lg text-muted">
          The story may have moved, been taken down, or the address may be mistyped. Try a search, or pick up one of today’s stories.
        </p>
        <div className="max-w-xl">
          <SearchForm sections={sections} />
        </div>
      </div>
      <StoryList id="latest-heading" title="Latest stories" articles={latest} now={now} />
    </div>
  );
}
