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
// A purge that fails (the cache restarting, a timeout) is tried again twice in
// the background; one that still fails is logged as an error, naming its tags.

/**
 * Bytes of tags per PURGE request. They travel in one header line, and Varnish refuses a request whose header
 * lines are longer than 8 KB (its http_req_hdr_len): a hundred topic tags of long slugs are more than that.
 */
const BYTES_PER_REQUEST = 4000;
/** The second purge; longer than a cached page takes to travel from an instance to the cache. */
export const REPURGE_AFTER_MS = 400;
/** Waits before the second and the third attempt of a purge that failed. */
export const RETRY_AFTER_MS = [250, 1000];

/**
 * The tags in groups of at most BYTES_PER_REQUEST bytes, each a header value.
 * @param {string[]} tags
 */
export function purgeBatches(tags) {
  /** @type {string[]} */
  const out = [];
  let current = "";
  let bytes = 0;
  for (const tag of tags) {
    const size = Buffer.byteLength(tag);
    if (current && bytes + 1 + size > BYTES_PER_REQUEST) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current = current ? `${current} ${tag}` : tag;
    bytes += (bytes ? 1 : 0) + size;
  }
  if (current) out.push(current);
  return out;
}

/**
 * @param {string[]} targets base URLs of the caches (VARNISH_URLS)
 * @param {(level: "warn" | "error", message: string) => void} log
 */
export function createPurger(targets, log) {
  /**
   * One batch to one cache. Resolves once the first attempt has an answer; a failed one is tried again behind.
   * @param {string} target @param {string} batch @param {number} attempt
   * @returns {Promise<void>}
   */
  async function send(target, batch, attempt) {
    let problem = "";
    try {
      const response = await fetch(new URL("/", target), { method: "PURGE", headers: { "surrogate-key": batch }, signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
      problem = `answered ${response.status}`;
      // The address not allowed to purge, or a request the cache cannot read: trying again changes nothing.
      if (response.status < 500) {
        log("error", `purging ${target} ${problem}; pages tagged ${summary(batch)} may be served old until their lifetime ends`);
        return;
      }
    } catch (error) {
      problem = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const wait = RETRY_AFTER_MS[attempt];
    if (wait === undefined) {
      log("error", `purging ${target} ${problem}, ${attempt + 1} times; pages tagged ${summary(batch)} may be served old until their lifetime ends`);
      return;
    }
    log("warn", `purging ${target} ${problem}; trying again in ${wait} ms`);
    setTimeout(() => void send(target, batch, attempt + 1), wait).unref();
  }

  /** @param {string[]} tags */
  async function once(tags) {
    await Promise.all(purgeBatches(tags).flatMap((batch) => targets.map((target) => send(target, batch, 0))));
  }

  /**
   * Purges now (resolves when every cache has answered or given up once) and once more shortly after.
   * @param {string[]} tags
   */
  return async function purge(tags) {
    if (targets.length === 0 || tags.length === 0) return;
    await once(tags);
    setTimeout(() => void once(tags), REPURGE_AFTER_MS).unref();
  };
}

/** The first few tags of a batch, for a log line. @param {string} batch */
function summary(batch) {
  const tags = batch.split(" ");
  return tags.length > 5 ? `${tags.slice(0, 5).join(" ")} and ${tags.length - 5} more` : batch;
}
