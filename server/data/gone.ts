import "server-only";
// Stories that readers could once read at an address and no longer can: unpublished, archived or taken down
// on schedule. Their address answers 410 Gone (proxy.ts), which tells crawlers to drop it, rather than the
// 404 of an address that never held a story. Not cached: the answer must change the moment the story is
// published again, and proxy.ts runs before any cache of Next's.
import { isValidSlug } from "@/lib/slug";
import { db } from "@/server/db";

export type GoneStory = { id: string; slug: string };

const goneWhere = { status: { not: "PUBLISHED" }, firstPublishedAt: { not: null } } as const;

/** Readers could read it once and no longer can (a story never published was never anyone's to miss). */
export const isGone = (article: { status: string; firstPublishedAt: Date | null }) => article.status !== "PUBLISHED" && article.firstPublishedAt !== null;

/** The story that used to be at `slug` (its current slug, or one it had while live), when it is no longer live. */
export async function findGoneStory(slug: string): Promise<GoneStory | null> {
  if (!isValidSlug(slug)) return null;
  // A live story's own address is the common case: one look-up by the unique slug settles it.
  const current = await db.article.findUnique({ where: { slug }, select: { id: true, slug: true, status: true, firstPublishedAt: true } });
  if (current) return isGone(current) ? { id: current.id, slug: current.slug } : null;
  const moved = await db.slugRedirect.findFirst({ where: { fromSlug: slug, article: goneWhere }, select: { article: { select: { id: true, slug: true } } } });
  return moved?.article ?? null;
}
