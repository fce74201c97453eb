import type { Metadata } from "next";
import { Masthead } from "@/components/site/masthead";
import { SearchForm } from "@/components/site/search-form";
import { SiteFooter } from "@/components/site/site-footer";
import { StoryList } from "@/components/site/story-list";
import { getLatest } from "@/server/data/articles";
import { renderedAt } from "@/server/data/clock";
import { getSections } from "@/server/data/sections";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  const [latest, sections, now] = await Promise.all([getLatest(6), getSections(), renderedAt()]);
  return (
    <>
      <Masthead />
      <main id="main" className="mx-auto grid max-w-6xl gap-10 px-4 pt-10 lg:grid-cols-[1fr_18rem]">
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
      </main>
      <SiteFooter />
    </>
  );
}
