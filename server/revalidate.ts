import "server-only";
// Invalidation from the write path. Server actions call expireTags with
// tagsForArticleChange(before, after); writers outside a request (the
// scheduler, scripts, tests) post the same tags to /api/revalidate.
import { revalidateTag } from "next/cache";
import { tags } from "./cache-tags";

/**
 * Expire tags now: the next request for an affected page renders it afresh,
 * so a publish shows at once. The background "rails" (Latest, Most popular
 * beside other stories) may be served stale once while they refresh.
 */
export function expireTags(list: string[]): void {
  for (const tag of list) revalidateTag(tag, tag === tags.rails ? "max" : { expire: 0 });
}
