import "server-only";
// Reads for the newsroom's live-blog page: never cached.
import { db } from "@/server/db";
import { isRecordId as isId } from "./arguments";

export const ADMIN_ENTRIES_PAGE = 30;

export async function getLiveBlogForAdmin(id: string) {
  if (!isId(id)) return null;
  return db.article.findUnique({
    where: { id },
    select: {
      id: true, slug: true, headline: true, status: true, kind: true, liveEndedAt: true, createdById: true, createdAt: true, unpublishAt: true, publishedAt: true,
      section: { select: { slug: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { userId: true } } } },
    },
  });
}

/** One page of the blog's entries, newest first (pinned ones where their time puts them, marked). */
export async function listLiveEntriesForAdmin(articleId: string, page: number) {
  const [entries, total] = await Promise.all([
    db.liveEntry.findMany({
      where: { articleId },
      orderBy: [{ postedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_ENTRIES_PAGE,
      take: ADMIN_ENTRIES_PAGE,
      select: {
        id: true, postedAt: true, title: true, bodyText: true, pinned: true, keyEvent: true, version: true, createdById: true, updatedAt: true, createdAt: true,
        createdBy: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
    db.liveEntry.count({ where: { articleId } }),
  ]);
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_ENTRIES_PAGE)) };
}

export async function getLiveEntryForEditing(entryId: string) {
  if (!isId(entryId)) return null;
  return db.liveEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true, articleId: true, postedAt: true, title: true, body: true, version: true, createdById: true,
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
    },
  });
}
