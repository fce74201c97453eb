// The corrections page, a page at a time (/corrections, then /corrections/page/2 …).
import type { Metadata } from "next";
import { Link } from "@/components/site/link";
import { Pagination } from "@/components/site/pagination";
import { Time } from "@/components/ui/time";
import { formatDateTime } from "@/lib/dates";
import { readerMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { CorrectionsPage } from "@/server/data/corrections";

const correctionsPath = (page: number) => (page === 1 ? "/corrections" : `/corrections/page/${page}`);

/** Each page of the corrections is its own canonical, and offers their feed. */
export function correctionsMetadata(page: number): Metadata {
  return readerMetadata({
    title: page > 1 ? `Corrections — page ${page}` : "Corrections",
    shareTitle: `Corrections — ${site.name}`,
    description: `Every correction ${site.name} has published, newest first, with the story it corrects.`,
    path: correctionsPath(page),
    openGraph: { type: "website" },
    feeds: [{ url: "/corrections/feed.xml", title: `${site.name} — corrections` }],
  });
}

export function CorrectionsList({ list }: { list: CorrectionsPage }) {
  const { corrections, page, pageCount } = list;
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-4xl font-bold tracking-tight">
        Corrections{page > 1 ? <span className="ml-3 font-sans text-lg font-normal text-muted">page {page} of {pageCount}</span> : null}
      </h1>
      <p className="mt-3 text-muted">
        When we get something wrong, we say so on the story and list it here, newest first.{" "}
        <Link href="/corrections/feed.xml" className="underline">Follow corrections by RSS</Link>.
      </p>
      {corrections.length === 0 ? (
        <p className="mt-8 text-muted">No corrections have been published.</p>
      ) : (
        <ol className="mt-8 divide-y divide-rule border-y border-rule">
          {corrections.map((c) => (
            <li key={c.id} id={c.id} className="py-4">
              <p className="text-sm text-muted">
                <Time date={c.madeAt}>{formatDateTime(c.madeAt)}</Time>
                {c.withdrawnAt ? (
                  <>
                    {" · "}
                    <span className="font-semibold">Withdrawn <Time date={c.withdrawnAt}>{formatDateTime(c.withdrawnAt)}</Time></span>
                  </>
                ) : null}
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold leading-snug">
                {c.story.url ? <Link href={c.story.url} className="hover:underline">{c.story.headline}</Link> : c.story.headline}
              </h2>
              <p className={`mt-1 ${c.withdrawnAt ? "text-muted line-through" : ""}`}>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} href={correctionsPath} />
    </div>
  );
}
