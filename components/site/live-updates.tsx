"use client";
// The live blog's only script, on its first page. While the blog is live it asks for the newest entries
// every LIVE_POLL_MS (a cached, tagged address: watching readers cost cache hits, not renders), applies
// edits and deletions to the entries on the page, and offers new ones behind an "N new updates" button that
// inserts them without moving what the reader is reading (or loads the page afresh: when more came than the
// answer holds, rather than leave a gap, and when a new pinned entry goes above the others). Failing rounds back
// off; a blog taken down or ended stops them. It also sends a permalink to an entry that has moved onto an older
// page (…/story#entry-<id>) to the page that now holds it.
import { useEffect, useRef, useState } from "react";

/** One entry as /…/updates.json sends it: id, signature (edits and flags), time, and its inner HTML. */
type Item = { id: string; v: string; t: number; html: string };
type Updates = { live: boolean; size: number; pinned: Item[]; entries: Item[] };

const ENTRY = /^#entry-([A-Za-z0-9_-]{1,64})$/;
/** Where the blog afresh opens: the heading above its entries (components/site/live-blog.tsx). */
const AFRESH = "live-heading";
const entriesIn = (root: Element | null) => (root ? [...root.querySelectorAll<HTMLElement>("article.live-entry[id^='entry-']")] : []);
/** An entry element's id and posting time, from its anchor and the <time> at its head (as the server writes them). */
const idOf = (el: HTMLElement) => el.id.slice("entry-".length);
const timeOf = (el: HTMLElement) => Date.parse(el.querySelector("time")?.dateTime ?? "");

function entryElement(item: Item): HTMLElement {
  const el = document.createElement("article");
  el.id = `entry-${item.id}`;
  el.className = "live-entry";
  el.dataset.v = item.v;
  el.innerHTML = item.html;
  return el;
}

/**
 * Changes the entries so that what the reader is reading stays where it is on the screen: when the change is
 * above the top of the window, the page scrolls by what it moved (where the browser's own scroll anchoring
 * has not already done so). Above the entries, nothing the reader sees moves anyway.
 */
function keepingPosition(change: () => void) {
  const list = document.getElementById("live-blog-entries");
  if (!list || list.getBoundingClientRect().top >= 0) return change();
  const anchor = entriesIn(list).find((el) => !el.hidden && el.getBoundingClientRect().bottom > 0);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor?.isConnected && !anchor.hidden && before !== undefined) {
    const moved = anchor.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }
}

/** The wait after `failures` failed rounds in a row: doubling from the interval up to five minutes, at random within it. */
function backOff(interval: number, failures: number): number {
  const ceiling = Math.min(5 * 60_000, interval * 2 ** Math.min(failures, 10));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

export function LiveUpdates({ endpoint, lookup, live, interval }: { endpoint: string; lookup: string; live: boolean; interval: number }) {
  const [waiting, setWaiting] = useState<Item[]>([]);
  // More entries came since the newest on the page than the answer holds: inserting them would leave a gap.
  const [more, setMore] = useState(false);
  // A pinned entry the page does not show: it goes above the others, where the page afresh puts it.
  const [pinnedNew, setPinnedNew] = useState(false);
  const [ended, setEnded] = useState(false);
  const [said, setSaid] = useState("");
  const added = useRef<HTMLDivElement>(null);

  // The blog afresh: to its updates, then the page's later visits restore their place as usual.
  useEffect(() => {
    if (window.location.hash !== `#${AFRESH}` || window.history.scrollRestoration !== "manual") return;
    // Unless the reader has scrolled already; focus follows, so that a screen reader goes on from there too.
    const heading = document.getElementById(AFRESH);
    if (heading && window.scrollY === 0) {
      heading.scrollIntoView();
      heading.focus({ preventScroll: true });
    }
    const restore = () => setTimeout(() => (window.history.scrollRestoration = "auto"));
    if (document.readyState === "complete") restore();
    else window.addEventListener("load", restore, { once: true });
  }, []);

  // A permalink to an entry that is not on this page: the look-up sends the reader to the page holding it.
  useEffect(() => {
    const wanted = ENTRY.exec(window.location.hash)?.[1];
    if (wanted && !document.getElementById(`entry-${wanted}`)) window.location.replace(`${lookup}${wanted}`);
  }, [lookup]);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const apply = (updates: Updates) => {
      const listed = new Map([...updates.pinned, ...updates.entries].map((item) => [item.id, item]));
      const onPage = new Map(entriesIn(document.getElementById("live-blog-entries")).map((el) => [idOf(el), el]));
      // The newest entries cover back to the oldest of them; anything on the page from then on that is no longer
      // listed was deleted (or pinned, and is shown with the pinned ones after a reload).
      const full = updates.entries.length >= updates.size;
      const since = full ? Math.min(...updates.entries.map((item) => item.t)) : -Infinity;
      keepingPosition(() => {
        for (const [id, el] of onPage) {
          const item = listed.get(id);
          if (item && el.dataset.v !== item.v) {
            el.innerHTML = item.html;
            el.dataset.v = item.v;
          } else if (!item && !el.hidden && timeOf(el) >= since) {
            el.hidden = true;
          }
        }
      });
      const newest = Math.max(-Infinity, ...[...onPage.values()].filter((el) => !el.closest("#live-pinned")).map(timeOf));
      const fresh = updates.entries.filter((item) => !onPage.has(item.id) && item.t >= newest);
      const pinned = updates.pinned.filter((item) => !onPage.has(item.id));
      setWaiting([...fresh, ...pinned].sort((a, b) => a.t - b.t));
      setMore(full && since > newest);
      setPinnedNew(pinned.length > 0);
      if (!updates.live) setEnded(true);
      return updates.live;
    };

    // Failed rounds wait longer each time (up to five minutes, or what the server's Retry-After asks), and at
    // a random point of that wait, so that readers do not all come back at the same moment after an outage.
    let failures = 0;
    let busy = false;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
    const poll = async () => {
      if (busy || stopped) return;
      busy = true;
      // Rounds keep their cadence: the wait for an answer is taken off the wait for the next round.
      const started = Date.now();
      let wait = interval;
      if (document.visibilityState === "visible") {
        try {
          // no-cache: the browser asks again each time (a 304 when nothing changed); the HTTP cache answers.
          const response = await fetch(endpoint, { cache: "no-cache", headers: { accept: "application/json" }, signal: AbortSignal.timeout(interval) });
          if (response.ok) {
            failures = 0;
            if (!apply((await response.json()) as Updates)) stop();
          } else if (response.status === 404 || response.status === 410) {
            // Taken down or moved: there is nothing more to check here.
            stop();
          } else {
            failures++;
            const asked = Number(response.headers.get("retry-after")) * 1000;
            wait = Math.max(Number.isFinite(asked) ? asked : 0, backOff(interval, failures));
          }
        } catch {
          // Offline for a moment, or no answer in time: the next round tries again, later.
          failures++;
          wait = backOff(interval, failures);
        }
      }
      busy = false;
      if (!stopped) timer = setTimeout(poll, Math.max(1000, started + wait - Date.now()));
    };
    // Back to the tab: check at once rather than at the next round (unless rounds are failing).
    function onVisible() {
      if (document.visibilityState !== "visible" || stopped || busy || failures) return;
      clearTimeout(timer);
      void poll();
    }
    timer = setTimeout(poll, interval);
    document.addEventListener("visibilitychange", onVisible);
    return stop;
  }, [endpoint, live, interval]);

  // The blog afresh, at its updates: a reload would put the reader back where they were, among other entries
  // now, and a reload does not go to the fragment either; the reloaded page does (see the effect above).
  const showNewest = () => {
    window.history.scrollRestoration = "manual";
    window.history.replaceState(window.history.state, "", `${window.location.pathname}#${AFRESH}`);
    window.location.reload();
  };

  const insert = () => {
    const box = added.current;
    if (!box) return;
    let top: HTMLElement | undefined;
    keepingPosition(() => {
      for (const item of waiting) box.prepend((top = entryElement(item)));
    });
    setSaid(`${waiting.length} new ${waiting.length === 1 ? "update" : "updates"} added at the top.`);
    setWaiting([]);
    // The button goes with them: keyboard and screen-reader users go on from the newest update, not the page's top.
    if (top) {
      top.tabIndex = -1;
      top.focus({ preventScroll: true });
    }
  };

  return (
    <>
      <div className="sticky top-2 z-10 flex justify-center" aria-live="polite">
        {waiting.length ? (
          <button type="button" onClick={more || pinnedNew ? showNewest : insert} className="my-3 rounded-full bg-accent px-4 py-2 text-sm font-semibold text-accent-ink shadow">
            {waiting.length}
            {more ? "+" : ""} new {waiting.length === 1 && !more ? "update" : "updates"}
          </button>
        ) : null}
        {ended ? <p className="my-3 rounded bg-surface px-3 py-2 text-sm">This live blog has ended. Reload the page for its last updates.</p> : null}
        <span className="sr-only">{said}</span>
      </div>
      {/* Entries inserted here are the script's own: React renders this box empty and never touches what is in it. */}
      <div ref={added} />
    </>
  );
}
