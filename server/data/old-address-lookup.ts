import "server-only";
// The old-address lookup itself, uncached, apart from the cached reads so that proxy.ts can use it too.
import { db } from "@/server/db";
import { isGone, type GoneStory } from "./gone";

/**
 * Where an old address leads: the story's address (`url`, null without a section) while it is live, and also once
 * it is taken down (`gone`; its address answers 410 Gone, and so may the old one, at once); null for a story never
 * published, or none.
 */
export async function resolveOldAddress(key: string): Promise<{ url: string | null; gone: GoneStory | null } | null> {
  const row = await db.pathRedirect.findUnique({
    where: { path: key },
    select: { article: { select: { id: true, slug: true, status: true, firstPublishedAt: true, section: { select: { slug: true } } } } },
  });
  const article = row?.article;
  if (!article) return null;
  const url = article.section ? `/${article.section.slug}/${article.slug}` : null;
  if (article.status !== "PUBLISHED") return isGone(article) ? { url, gone: { id: article.id, slug: article.slug } } : null;
  return url ? { url, gone: null } : null;
}

/** The story's address an old address leads to (live, or taken down and answering 410 there), else null. */
export async function lookupOldAddress(key: string): Promise<string | null> {
  return (await resolveOldAddress(key))?.url ?? null;
}
