import Link from "next/link";
import { ArrangementEditor } from "@/components/admin/arrangement-editor";
import { toStoryChoice as choice, type ArrangeableStory, type ArrangementForEditing } from "@/server/data/admin-arrangements";
import { formatNewsroomDate } from "@/lib/dates";
import { site } from "@/lib/site";

/** The arranging page of the front page or of one section front. */
export function ArrangeView({ data, pages }: { data: ArrangementForEditing; pages: { slug: string; name: string }[] }) {
  const placed = Object.values(data.placement).flat();
  const stories = new Map([...data.pool, ...placed].map((story) => [story.id, choice(story)]));
  const ids = (placement: Record<string, ArrangeableStory[]>) => Object.fromEntries(Object.entries(placement).map(([slot, list]) => [slot, list.map((s) => s.id)]));
  for (const story of Object.values(data.published).flat()) if (!stories.has(story.id)) stories.set(story.id, choice(story));
  const last = data.revisions[0];
  return (
    <>
      <nav aria-label="Pages to arrange" className="-mx-4 overflow-x-auto px-4 text-sm sm:mx-0 sm:px-0">
        <ul className="flex gap-1 whitespace-nowrap">
          {[{ slug: null, name: "Front page" }, ...pages].map((page) => {
            const current = (page.slug ?? null) === (data.section?.slug ?? null);
            return (
              <li key={page.slug ?? "home"}>
                <Link
                  href={page.slug ? `/admin/front-page/${page.slug}` : "/admin/front-page"}
                  aria-current={current ? "page" : undefined}
                  className={`block rounded px-2 py-1 ${current ? "bg-ink font-semibold text-paper" : "hover:bg-surface"}`}
                >
                  {page.name}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <h1 className="mt-4 text-2xl font-bold">Arrange: {data.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {last ? `Published arrangement v${last.version}, by ${last.by} on ${formatNewsroomDate(last.at)}.` : "Nothing is placed yet: every slot is filled by recency."}{" "}
        <Link href={data.section ? `/${data.section.slug}` : "/"} className="underline">View the live page</Link>
      </p>
      <ArrangementEditor
        page={data.page}
        version={data.version}
        slots={data.slots}
        placement={ids(data.placement)}
        published={ids(data.published)}
        stories={[...stories.values()]}
        pool={data.pool.map((story) => story.id)}
        draft={data.draft ? { savedAt: data.draft.savedAt.toISOString(), by: data.draft.by } : null}
        timeZone={site.timeZone}
      />
    </>
  );
}
