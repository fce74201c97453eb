import "server-only";
// The old-address lookup itself, uncached, apart from the cached reads so that proxy.ts can use it too.
import { db } from "@/server/db";
import type { GoneStory } from "./gone";

/**
 * Where an old address leads: the story's current address while it is live; the story, when it was published
 * once and is not any more (its address answers 410 Gone, and so does the old one); null for anything else.
 */
export async function resolveOldAddress(key: string): Promise<{ url: string } | { gone: GoneStory } | null> {
  const row = await db.pathRedirect.findUnique({
    where: { path: key },
    select: { article: { select: { id: true, slug: true, status: true, firstPublishedAt: true, section: { select: { slug: true } } } } },
  });
  const article = row?.article;
  if (!article) return null;
  if (article.status !== "PUBLISHED") return article.firstPublishedAt ? { gone: { id: article.id, slug: article.slug } } : null;
  return article.section ? { url: `/${article.section.slug}/${article.slug}` } : null;
}

/** The story's current address when it is live, else null. */
export async function lookupOldAddress(key: string): Promise<string | null> {
  const target = await resolveOldAddress(key);
  return target && "url" in target ? target.url : null;
}
