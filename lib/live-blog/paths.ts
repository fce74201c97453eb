// A live blog's addresses beside its own (/<section>/<slug>): its older pages, all its key events, the updates
// readers' browsers poll, and the look-up that sends an entry's permalink to the page holding it.
export function livePaths(url: string) {
  return {
    page: (page: number) => (page > 1 ? `${url}/page/${page}` : url),
    keyEvents: `${url}/key-events`,
    updates: `${url}/updates.json`,
    entry: (id: string) => `${url}/entry/${id}`,
  };
}

/** How often a watching reader's page asks for new entries (and so the longest wait for one, plus a second). */
export const LIVE_POLL_MS = 15_000;

/**
 * Entries on a page of a live blog (its pinned entries come on top of the first). Ten, as the Guardian's news
 * live blogs show: about a thousand words, some three times a story of median length, so the first page costs
 * about what a story does however long the blog grows; older pages are a link away, and a reader who stays on
 * the first page is offered what is new.
 */
export const LIVE_PAGE_SIZE = 10;
