// Every key event of a live blog (/<section>/<slug>/key-events), newest first, each a link to its entry on the
// page holding it: the blog itself lists only its newest few. Kept out of search indexes like the blog's older
// pages (noindex, its own address as canonical: one pointing elsewhere would contradict the noindex); a story has
// no such page.
import type { Metadata } from "next";
import { livePaths } from "@/lib/live-blog/paths";
import { Link } from "@/components/site/link";
import { KeyEventList } from "@/components/site/live-blog";
import { readerMetadata } from "@/lib/seo/metadata";
import { getLiveKeyEvents } from "@/server/data/live-blogs";
import { liveBlogAt } from "../addresses";

type Props = PageProps<"/[section]/[slug]/key-events">;

/** None built ahead: each renders on its first request and is then kept, expired with the blog's tags. */
export async function generateStaticParams(): Promise<{ section: string; slug: string }[]> {
  return [];
}

/** The live blog whose key events these are (see liveBlogAt). */
async function load(params: Props["params"]) {
  const { section, slug } = await params;
  return liveBlogAt(section, slug, "key-events");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  const headline = article.seoTitle || article.headline;
  const metadata = readerMetadata({
    title: `Key events: ${headline}`,
    shareTitle: headline,
    description: `The key events of “${article.headline}”, newest first.`,
    path: livePaths(article.url).keyEvents,
    openGraph: { type: "website" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function LiveKeyEventsPage({ params }: Props) {
  const article = await load(params);
  const { events, total } = await getLiveKeyEvents(article.id);
  return (
    <div className="max-w-[40rem]">
      <p className="text-sm">
        <Link href={article.url} className="font-semibold text-accent hover:underline">← {article.headline}</Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">Key events</h1>
      {events.length ? (
        <>
          <p className="mt-2 text-muted">
            {total > events.length ? `The newest ${events.length} of this live blog's ${total} key events` : "Every key event of this live blog"},
            newest first. Each opens the blog at its update.
          </p>
          <nav aria-label="Key events" className="mt-6 border-y border-rule py-3">
            <KeyEventList events={events} url={article.url} />
          </nav>
        </>
      ) : (
        <p className="mt-2 text-muted">No update of this live blog has been marked a key event yet.</p>
      )}
    </div>
  );
}
