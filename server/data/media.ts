import "server-only";
import { seesAllArticles, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { articlesUsing, articlesUsingEach, mediaSearchWhere, toStored, type StoredMedia, type UsedBy } from "@/server/services/media";
import { USED_BY_SHOWN } from "@/lib/validation/media";
import { articleScope } from "./admin-articles";
import { isRecordId } from "./arguments";

/**
 * Where images are used, as this actor may see it: editors and admins every story; authors and
 * contributors published stories and their own, since other people's drafts are not theirs to read.
 */
async function visibleUses(actor: Actor, uses: UsedBy[]): Promise<UsedBy[]> {
  if (seesAllArticles(actor)) return uses;
  const unpublished = [...new Set(uses.flat().filter((story) => story.status !== "PUBLISHED").map((story) => story.id))];
  const own = new Set(
    unpublished.length ? (await db.article.findMany({ where: { id: { in: unpublished }, ...articleScope(actor) }, select: { id: true } })).map((row) => row.id) : [],
  );
  return uses.map((stories) => stories.filter((story) => story.status === "PUBLISHED" || own.has(story.id)));
}

export async function listRecentMedia(limit = 120): Promise<StoredMedia[]> {
  const rows = await db.media.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return rows.map(toStored);
}

/** Images per page of the media library: four rows of the widest grid. */
export const MEDIA_PAGE_SIZE = 24;

export type LibraryItem = StoredMedia & { originalName: string; usedBy: UsedBy };
export type MediaLibraryPage = { items: LibraryItem[]; total: number; page: number; pageCount: number; missingAlt: number };

/**
 * One page of the media library, newest first: the images whose texts or file name contain `q`, only those
 * without alt text when `missingAlt`, each with the stories that show it. A page past the last gives the last.
 */
export async function getMediaLibraryPage(actor: Actor, options: { q: string; missingAlt: boolean; page: number }): Promise<MediaLibraryPage> {
  const where = { AND: [mediaSearchWhere(options.q), options.missingAlt ? { alt: "" } : {}] };
  const [total, missingAlt] = await Promise.all([db.media.count({ where }), db.media.count({ where: { alt: "" } })]);
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = await db.media.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE });
  const usage = await articlesUsingEach(rows.map((row) => row.id), db, USED_BY_SHOWN);
  const usedBy = await visibleUses(actor, rows.map((row) => usage.get(row.id) ?? []));
  return { items: rows.map((row, index) => ({ ...toStored(row), originalName: row.originalName, usedBy: usedBy[index]! })), total, page, pageCount, missingAlt };
}

export type MediaDetails = LibraryItem & { byteSize: number; mimeType: string; createdAt: Date; uploadedBy: string | null; photoOf: string[] };

/** One image for the library's edit panel, with where it is used; null when there is no such image. */
export async function getMediaDetails(actor: Actor, id: string): Promise<MediaDetails | null> {
  if (!isRecordId(id)) return null;
  const row = await db.media.findUnique({ where: { id }, include: { uploadedBy: { select: { name: true } }, authorPhotos: { select: { name: true } } } });
  if (!row) return null;
  return {
    ...toStored(row),
    originalName: row.originalName,
    usedBy: (await visibleUses(actor, [await articlesUsing(id)]))[0]!,
    byteSize: row.byteSize,
    mimeType: row.mimeType,
    createdAt: row.createdAt,
    uploadedBy: row.uploadedBy?.name ?? null,
    photoOf: row.authorPhotos.map((author) => author.name),
  };
}
