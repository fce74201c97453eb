import "server-only";
// Invalidation from the write path. Server actions call expireTags with
// tagsForArticleChange(before, after); writers outside a request (the
// scheduler, scripts, tests) post the same tags to /api/revalidate.
import { revalidateTag } from "next/cache";

/**
 * Expire tags now: the next request for an affected page renders it afresh,
 * so a publish shows at once (the rails are only in the list when a live
 * story was taken down, and then no page may keep linking to it either).
 */
export function expireTags(list: string[]): void {
  for (const tag of list) revalidateTag(tag, { expire: 0 });
}

/**
 * Asks this server, over loopback, to expire the tags, for work outside a request (the scheduler, an import
 * running after its upload was answered): revalidation needs a request context. The route
 * expires them through Next's cache handlers, which record the expiry in the store every instance reads
 * and purge Varnish, so what this instance publishes is fresh on all of them.
 */
export async function revalidateOverLoopback(tags: string[]): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET;
  if (tags.length === 0) return;
  if (!secret) throw new Error("REVALIDATE_SECRET is not set: published stories will not show until caches expire");
  const base = process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  // The route takes 500 tags a request.
  for (let i = 0; i < tags.length; i += 500) {
    const response = await fetch(`${base}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags: tags.slice(i, i + 500) }),
    });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  }
}
