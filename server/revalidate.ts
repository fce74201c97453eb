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
