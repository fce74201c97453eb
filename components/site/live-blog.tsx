// A live blog's entries under its summary: whether coverage goes on or ended, the newest key events (each a
// link to its entry, on whatever page it is; all of them on a page of their own), pinned entries above the
// others on the first page, then the entries newest first, a page at a time. Complete HTML without JavaScript;
// on the first page a small script (LiveUpdates) checks for new entries while the blog is live, and finds an
// entry on an older page when a permalink names one.
import { Link } from "@/components/site/link";
import { Pagination } from "@/components/site/pagination";
import { LiveUpdates } from "@/components/site/live-updates";
import { Time } from "@/components/ui/time";
import { formatDateTime, formatEntryTime } from "@/lib/dates";
import { ENTRY_CLASS, entryAnchor, entrySignature } from "@/lib/live-blog/markup";
import { LIVE_POLL_MS, livePaths } from "@/lib/live-blog/paths";
import { MAX_LISTED_KEY_EVENTS, type LiveBlogPage, type LiveEntryView, type LiveKeyEvent } from "@/server/data/live-blogs";

/** Its id and time are read back from its anchor and its <time> by the reader's script (LiveUpdates). */
function Entry({ entry }: { entry: LiveEntryView }) {
  return <article id={entryAnchor(entry.id)} className={ENTRY_CLASS} data-v={entrySignature(entry)} dangerouslySetInnerHTML={{ __html: entry.html }} />;
}

/**
 * A key event's link to its entry: within the page when it is on `page`, else on the page holding it when the read
 * knows which, else through the entry's look-up (a redirect to that page).
 */
function keyEventHref(event: LiveKeyEvent, at: ReturnType<typeof livePaths>, page: number | undefined): string {
  if (event.page === page) return `#${entryAnchor(event.id)}`;
  return event.page ? `${at.page(event.page)}#${entryAnchor(event.id)}` : at.entry(event.id);
}

/**
 * Key events, newest first, each a link to its entry. Styled from the list (app/globals.css): each is sent twice,
 * as HTML and in the page's payload.
 */
export function KeyEventList({ events, url, page }: { events: LiveKeyEvent[]; url: string; page?: number }) {
  const at = livePaths(url);
  return (
    <ol className="key-events">
      {events.map((event) => (
        <li key={event.id}>
          <Time date={event.postedAt}>{formatEntryTime(event.postedAt)}</Time>
          <a href={keyEventHref(event, at, page)}>{event.label}</a>
        </li>
      ))}
    </ol>
  );
}

/** `watch`: the reader's script (new updates, permalinks); off in previews, which no reader polls. */
export function LiveBlogEntries({ url, endedAt, page, watch = true }: { url: string; endedAt: Date | null; page: LiveBlogPage; watch?: boolean }) {
  const at = livePaths(url);
  const first = page.page === 1;
  return (
    <section aria-labelledby="live-heading" className="mt-8 max-w-[40rem]">
      <h2 id="live-heading" tabIndex={-1} className="flex scroll-mt-4 items-center gap-2 font-sans text-sm font-bold uppercase tracking-wide">
        {endedAt ? "Updates" : <><span className="live-label">Live</span> Updates</>}
        {first ? null : <span className="font-normal normal-case text-muted">page {page.page} of {page.pageCount}</span>}
      </h2>
      {endedAt ? (
        <p role="note" className="mt-2 border-l-4 border-rule bg-surface px-3 py-2 text-sm">
          Coverage of this live blog ended <Time date={endedAt}>{formatDateTime(endedAt)}</Time>.
        </p>
      ) : (
        <p className="mt-1 text-sm text-muted">New updates appear here as they are posted; without JavaScript, reload the page to see them.</p>
      )}
      {page.keyEvents.length ? (
        <nav aria-labelledby="key-events-heading" className="mt-4 border-y border-rule py-3">
          <h2 id="key-events-heading" className="text-sm font-bold uppercase tracking-wide">Key events</h2>
          <KeyEventList events={page.keyEvents} url={url} page={page.page} />
          {page.keyEventCount > page.keyEvents.length ? (
            <p className="mt-2 text-sm">
              <Link href={at.keyEvents} className="font-semibold text-accent hover:underline">
                {page.keyEventCount > MAX_LISTED_KEY_EVENTS ? "Earlier key events" : `All ${page.keyEventCount} key events`}
              </Link>
            </p>
          ) : null}
        </nav>
      ) : null}
      <div id="live-blog-entries" className="mt-2">
        {first && page.pinned.length ? (
          <div id="live-pinned" aria-label="Pinned">
            {page.pinned.map((entry) => <Entry key={entry.id} entry={entry} />)}
          </div>
        ) : null}
        {first && watch ? <LiveUpdates endpoint={at.updates} lookup={at.entry("")} live={!endedAt} interval={LIVE_POLL_MS} /> : null}
        <div id="live-timeline">
          {page.entries.map((entry) => <Entry key={entry.id} entry={entry} />)}
        </div>
        {page.total === 0 && page.pinned.length === 0 ? <p className="py-4 text-muted">No updates yet.</p> : null}
      </div>
      <Pagination page={page.page} pageCount={page.pageCount} href={at.page} />
    </section>
  );
}
