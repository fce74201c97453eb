// @ts-check
// Purges pages from the HTTP cache in front of the instances (Varnish, with
// deploy/varnish/ledger.vcl) by the cache tags they were rendered with: a
// `PURGE` request carrying the tags in a `Surrogate-Key` header, as a CDN's
// purge-by-key API takes them. The purge is soft: the pages turn stale rather
// than vanish, so the next reader gets the old copy while the new one renders,
// and the old copy stays available if no instance can render.
//
// Each purge is sent twice: at once, and again a moment later. A page whose
// render read the old content just before the change, and reached the cache
// just after the first purge, would otherwise stay there until its lifetime ends.

/** Tags per PURGE request: they travel in one header line. */
const TAGS_PER_REQUEST = 100;
/** The second purge; longer than a cached page takes to travel from an instance to the cache. */
export const REPURGE_AFTER_MS = 400;

/**
 * @param {string[]} targets base URLs of the caches (VARNISH_URLS)
 * @param {(level: "warn", message: string) => void} log
 */
export function createPurger(targets, log) {
  /** @param {string[]} tags */
  async function once(tags) {
    const sends = [];
    for (let i = 0; i < tags.length; i += TAGS_PER_REQUEST) {
      const batch = tags.slice(i, i + TAGS_PER_REQUEST).join(" ");
      for (const target of targets) {
        sends.push(
          fetch(new URL("/", target), { method: "PURGE", headers: { "surrogate-key": batch }, signal: AbortSignal.timeout(2000) }).then(
            (response) => {
              if (!response.ok) log("warn", `purging ${target} answered ${response.status}`);
              return response.body?.cancel();
            },
            (/** @type {unknown} */ error) => log("warn", `purging ${target} failed: ${error instanceof Error ? error.message : String(error)}`),
          ),
        );
      }
    }
    await Promise.all(sends);
  }

  /**
   * Purges now (resolves when every cache has answered or given up) and once more shortly after.
   * @param {string[]} tags
   */
  return async function purge(tags) {
    if (targets.length === 0 || tags.length === 0) return;
    await once(tags);
    setTimeout(() => void once(tags), REPURGE_AFTER_MS).unref();
  };
}
