import "server-only";
// The old-address lookup itself, uncached, apart from the cached reads so that proxy.ts can use it too.
import { db } from "@/server/db";

/** The lookup itself, uncached: the story's current address when it is live. */
export async function lookupOldAddress(key: string): Promise<string | null> {
  const row = await db.pathRedirect.findUnique({
    where: { path: key },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  const article = row?.article;
  if (!article || article.status !== "PUBLISHED" || !article.section) return null;
  return `/${article.section.slug}/${article.slug}`;
}
