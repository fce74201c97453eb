import "server-only";
// Images: decoded with sharp to prove they are images (the name and the
// declared type are not trusted), re-encoded without metadata (EXIF, GPS),
// stored under MEDIA_DIR with a random name, recorded with their size. Every
// read of the library and every change to it takes the actor and asks the
// policies; changes report the cache tags of the reader pages they alter.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OutputInfo } from "sharp";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { storable } from "@/lib/validation/article";
import { focalPointOf, focalVersion, type FocalPoint } from "@/lib/focal-point";
import { CROPS, cropUrl, type Crop } from "@/lib/share-images";
import { mediaDetailsInput, mediaIdInput, mediaSearchInput, USED_BY_SHOWN } from "@/lib/validation/media";
import { tags as cacheTags, tagsForArticleChange } from "@/server/cache-tags";
import { canManageMedia, canUseMedia, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { footprint, footprintSelect } from "@/server/services/articles";
import { recordAudit } from "@/server/services/audit";

const FORMATS = {
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  png: { ext: "png", mime: "image/png" },
  webp: { ext: "webp", mime: "image/webp" },
  avif: { ext: "avif", mime: "image/avif" },
  gif: { ext: "gif", mime: "image/gif" },
} as const;
type Format = keyof typeof FORMATS;

export class MediaError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export type StoredMedia = {
  id: string;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  fileName: string;
  focal: FocalPoint | null;
};

export function mediaDir(): string {
  return path.resolve(env.MEDIA_DIR);
}

/** A file in the media directory. The directory is configured at run time: the ignore hint keeps the build from tracing the whole project into it. */
function mediaPath(fileName: string): string {
  return path.join(/* turbopackIgnore: true */ mediaDir(), fileName);
}

export async function storeUpload(actor: Actor | null, file: { name: string; bytes: Buffer }, fields: { alt?: string; caption?: string; credit?: string }): Promise<StoredMedia> {
  if (!actor || !canUseMedia(actor)) throw new MediaError("Sign in to upload images.", 401);
  return storeImage(file, fields, actor.id);
}

/**
 * The one way an image enters the library, for uploads and imports alike: checked, decoded, re-encoded
 * without metadata, written under a random name and recorded. Callers authorise first.
 */
export async function storeImage(
  file: { name: string; bytes: Buffer },
  fields: { alt?: string; caption?: string; credit?: string },
  uploadedById: string | null,
  options: { bulk?: boolean } = {},
): Promise<StoredMedia> {
  if (file.bytes.length === 0) throw new MediaError("The file is empty.", 400);
  if (file.bytes.length > env.MEDIA_MAX_BYTES) {
    throw new MediaError(`The file is larger than ${Math.round(env.MEDIA_MAX_BYTES / 1024 / 1024)} MB.`, 413);
  }
  let format: Format;
  let output: { data: Buffer; info: OutputInfo };
  try {
    // failOn "truncated" rejects cut-off files; limitInputPixels guards against decompression bombs.
    const image = sharp(file.bytes, { failOn: "truncated", animated: true, limitInputPixels: 100_000_000 });
    const meta = await image.metadata();
    // sharp reports AVIF as HEIF with AV1 compression; other HEIF files are not accepted.
    const detected = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
    if (!detected || !(detected in FORMATS)) throw new Error("unsupported");
    format = detected as Format;
    // Re-encoding drops EXIF/GPS/XMP; rotate() first applies the camera's orientation to the pixels.
    // mozjpeg's smaller files cost ten times the time of libjpeg's (about 200 against 20 ms for a
    // 1024-pixel photograph here): worth it for one upload, not for an archive of thousands (an import).
    output = await image.rotate().toFormat(format, format === "jpeg" ? { quality: 85, mozjpeg: !options.bulk } : {}).toBuffer({ resolveWithObject: true });
  } catch {
    throw new MediaError("That file is not a JPEG, PNG, WebP, AVIF or GIF image we can read (it may be damaged or cut off).", 400);
  }
  const { ext, mime } = FORMATS[format];
  const fileName = `${randomBytes(12).toString("hex")}.${ext}`;
  await mkdir(mediaDir(), { recursive: true });
  await writeFile(mediaPath(fileName), output.data);
  const height = output.info.pageHeight ?? output.info.height;
  try {
    const row = await db.media.create({
      data: {
        fileName,
        originalName: storable(file.name).slice(0, 200),
        mimeType: mime,
        byteSize: output.data.length,
        width: output.info.width,
        height,
        alt: storable(fields.alt ?? "").slice(0, 300),
        caption: storable(fields.caption ?? "").slice(0, 500),
        credit: storable(fields.credit ?? "").slice(0, 200),
        uploadedById,
      },
    });
    return toStored(row);
  } catch (error) {
    await unlink(mediaPath(fileName)).catch(() => {});
    throw error;
  }
}

type MediaRow = { id: string; fileName: string; width: number; height: number; alt: string; caption: string; credit: string; focalX: number | null; focalY: number | null };

export function toStored(row: MediaRow): StoredMedia {
  return {
    id: row.id,
    fileName: row.fileName,
    src: `/media/${row.fileName}`,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    focal: focalPointOf(row),
  };
}

/**
 * Articles that show these images, as hero or inside the body, newest change first, per image. A body's
 * image sources are in its generated, indexed "bodyImages" column, as the renderer reads them (so a source
 * saved before sources were stored canonically, "/media/ <file>", still counts): no body is read here.
 * `limit` caps the stories listed per image (0: all of them, as expiring their pages needs).
 */
export async function articlesUsingEach(mediaIds: string[], client: Prisma.TransactionClient = db, limit = 0): Promise<Map<string, UsedBy>> {
  const found = new Map<string, UsedBy>(mediaIds.map((id) => [id, []]));
  if (mediaIds.length === 0) return found;
  const rows = await client.$queryRaw<{ mediaId: string; id: string; headline: string; status: string }[]>`
    WITH wanted AS (SELECT id, '/media/' || "fileName" AS src FROM "Media" WHERE id = ANY(${mediaIds}::text[]))
    SELECT "mediaId", id, headline, status FROM (
      SELECT *, row_number() OVER (PARTITION BY "mediaId" ORDER BY "updatedAt" DESC) AS place FROM (
        SELECT w.id AS "mediaId", a.id, a.headline, a.status::text AS status, a."updatedAt" FROM wanted w JOIN "Article" a ON a."heroImageId" = w.id
        UNION
        SELECT w.id, a.id, a.headline, a.status::text, a."updatedAt" FROM wanted w JOIN "Article" a ON a."bodyImages" @> ARRAY[w.src]
      ) uses
    ) placed
    WHERE ${limit}::int = 0 OR place <= ${limit}::int
    ORDER BY "updatedAt" DESC`;
  for (const row of rows) found.get(row.mediaId)?.push({ id: row.id, headline: row.headline, status: row.status });
  return found;
}

/** Articles that show this image (at most USED_BY_SHOWN, newest change first). */
export async function articlesUsing(mediaId: string): Promise<UsedBy> {
  return (await articlesUsingEach([mediaId], db, USED_BY_SHOWN)).get(mediaId) ?? [];
}

export type UsedBy = { id: string; headline: string; status: string }[];
export type MediaResult =
  | { ok: true; tags: string[]; texts?: Record<MediaText | "id", string> }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; usedBy?: UsedBy };

const SIGNED_OUT = "You are signed out. Sign in again.";

/** Images whose alt text, caption, credit or file name (as uploaded or as stored) contains the search text. */
export function mediaSearchWhere(q: string): Prisma.MediaWhereInput {
  if (!q) return {};
  const contains = { contains: storable(q), mode: "insensitive" as const };
  return { OR: [{ alt: contains }, { caption: contains }, { credit: contains }, { originalName: contains }, { fileName: contains }] };
}

/** The newest images, or those whose texts or file name match the search, for the editor's picker. */
export async function listMedia(actor: Actor | null, query: unknown): Promise<StoredMedia[]> {
  if (!canUseMedia(actor)) return [];
  const q = mediaSearchInput.parse(query);
  const rows = await db.media.findMany({
    where: mediaSearchWhere(q),
    orderBy: { createdAt: "desc" },
    take: 48,
  });
  return rows.map(toStored);
}

type MediaText = "alt" | "caption" | "credit";
const MEDIA_TEXTS: MediaText[] = ["alt", "caption", "credit"];
const MEDIA_TEXT_NAMES: Record<MediaText, string> = { alt: "alt text", caption: "caption", credit: "credit" };
/** Stories that show the library's text for a field: their own hero field for it is empty. */
const SHOWS_LIBRARY_TEXT: Record<MediaText, Prisma.ArticleWhereInput> = { alt: { heroAlt: null }, caption: { heroCaption: null }, credit: { heroCredit: null } };

/**
 * Changes an image's alt text, caption, credit and focal point, and names the pages that now read
 * differently. For the texts those are exactly: the pages of published stories that show it as their hero
 * without text of their own for a changed field (the story page, and the feeds, which carry the hero's alt
 * text), and the pages of authors whose photo it is (alt text). Story cards show the hero with an empty alt
 * and no caption, and an image in a story's body carries its own copy of the texts, made when it was put
 * there, so neither changes. A new focal point moves the cut of every cropped copy: the cards of published
 * stories with it as hero (every listing they are on) and their share crops, whose addresses name the
 * point; the pages of stories with it in the body; the photo on its authors' pages.
 */
export async function updateMediaDetails(actor: Actor | null, input: unknown): Promise<MediaResult> {
  if (!actor) return { ok: false, message: SIGNED_OUT };
  if (!canManageMedia(actor)) return { ok: false, message: "Your role does not allow you to edit the media library." };
  const parsed = mediaDetailsInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { id, focalX, focalY, was, ...given } = parsed.data;
  type Recut = { fileName: string; focal: FocalPoint | null };
  let recut: Recut | null = null;
  const result = await db.$transaction(async (tx): Promise<MediaResult> => {
    // Locked, so that of two people saving the same image at once the second compares against the first's texts.
    const [before] = await tx.$queryRaw<(Record<MediaText, string> & { focalX: number | null; focalY: number | null })[]>`
      SELECT alt, caption, credit, "focalX", "focalY" FROM "Media" WHERE id = ${id} FOR UPDATE`;
    if (!before) return { ok: false, message: "That image no longer exists." };
    // Each text the editor changed, over what it was when their panel showed it; the others stay as they are
    // now, someone else's change made meanwhile included. Both changing the same text: theirs is not lost unseen.
    const clash = MEDIA_TEXTS.find((field) => was && given[field] !== was[field] && before[field] !== was[field] && before[field] !== given[field]);
    if (clash) {
      return {
        ok: false,
        message: `Someone else changed the ${MEDIA_TEXT_NAMES[clash]} while you were editing it, to “${before[clash]}”. Close and open the image again to see their texts, then make your change.`,
        fieldErrors: { [clash]: [`Changed meanwhile, to “${before[clash]}”.`] },
      };
    }
    const texts = Object.fromEntries(MEDIA_TEXTS.map((field) => [field, was && given[field] === was[field] ? before[field] : given[field]])) as Record<MediaText, string>;
    const changed = MEDIA_TEXTS.filter((field) => before[field] !== texts[field]);
    const focal = focalX === undefined || focalY === undefined ? focalPointOf(before) : focalPointOf({ focalX, focalY });
    const focalMoved = focalVersion(focal) !== focalVersion(focalPointOf(before));
    if (changed.length === 0 && !focalMoved) return { ok: true, tags: [], texts: { id, ...texts } };
    const row = await tx.media.update({ where: { id }, data: { ...texts, focalX: focal?.x ?? null, focalY: focal?.y ?? null }, select: { originalName: true, fileName: true } });
    if (focalMoved) recut = { fileName: row.fileName, focal };
    const describe = (point: FocalPoint | null) => (point ? `${point.x}% across, ${point.y}% down` : "none");
    await recordAudit(tx, {
      actor,
      action: "media.update",
      targetType: "media",
      targetId: id,
      targetLabel: row.originalName,
      summary: [
        ...changed.map((field) => `${field}: “${before[field]}” → “${texts[field]}”`),
        ...(focalMoved ? [`focal point: ${describe(focalPointOf(before))} → ${describe(focal)}`] : []),
      ].join("; "),
    });
    const tags = new Set<string>();
    if (changed.length) {
      const stories = await tx.article.findMany({
        where: { heroImageId: id, status: "PUBLISHED", OR: changed.map((field) => SHOWS_LIBRARY_TEXT[field]) },
        select: { id: true, heroAlt: true },
      });
      for (const story of stories) tags.add(cacheTags.article(story.id));
      if (stories.some((story) => changed.includes("alt") && story.heroAlt === null)) tags.add(cacheTags.feeds);
    }
    if (focalMoved) {
      const heroOf = await tx.article.findMany({ where: { heroImageId: id, status: "PUBLISHED" }, select: footprintSelect });
      for (const story of heroOf) for (const tag of tagsForArticleChange(footprint(story), footprint(story))) tags.add(tag);
      for (const story of (await articlesUsingEach([id], tx)).get(id) ?? []) if (story.status === "PUBLISHED") tags.add(cacheTags.article(story.id));
    }
    const authors = changed.includes("alt") || focalMoved ? await tx.author.findMany({ where: { photoId: id }, select: { slug: true } }) : [];
    for (const author of authors) tags.add(cacheTags.author(author.slug));
    return { ok: true, tags: [...tags], texts: { id, ...texts } };
  });
  // Set inside the transaction's callback, which TypeScript does not follow.
  const moved = recut as Recut | null;
  if (moved) await removeCrops(moved.fileName, moved.focal);
  return result;
}

/**
 * Removes the kept crops of an image (server/media/crops.ts) but the one cut for `keep`, the current focal
 * point (none: all of them, as when the image is deleted). The addresses of the others redirect to the
 * current crop, so their files would never be read again.
 */
export async function removeCrops(fileName: string, keep?: FocalPoint | null): Promise<void> {
  const name = fileName.replace(/\.[A-Za-z0-9]+$/, "");
  for (const crop of Object.keys(CROPS) as Crop[]) {
    const folder = path.join(mediaDir(), "crops", crop);
    const current = keep === undefined ? null : path.basename(cropUrl(`/media/${fileName}`, crop, keep));
    const files = await readdir(folder).catch(() => [] as string[]);
    const old = files.filter((file) => (file === `${name}.jpg` || file.startsWith(`${name}.f`)) && file.endsWith(".jpg") && file !== current);
    await Promise.all(old.map((file) => unlink(path.join(folder, file)).catch(() => {})));
  }
}

/**
 * Deletes an image no story and no author uses. No reader page shows such an image, so there is nothing to
 * expire beyond the media library itself.
 */
export async function deleteMedia(actor: Actor | null, mediaId: unknown): Promise<MediaResult> {
  if (!actor) return { ok: false, message: SIGNED_OUT };
  if (!canManageMedia(actor)) return { ok: false, message: "Your role does not allow you to delete images." };
  const id = mediaIdInput.safeParse(mediaId);
  if (!id.success) return { ok: false, message: "Which image?" };
  const media = await db.media.findUnique({ where: { id: id.data }, select: { fileName: true, originalName: true, alt: true, authorPhotos: { select: { name: true } } } });
  if (!media) return { ok: false, message: "That image is already gone." };
  const usedBy = await articlesUsing(id.data);
  if (usedBy.length) return { ok: false, message: `This image is used by ${usedBy.length} article(s); remove it from them first.`, usedBy };
  if (media.authorPhotos.length) return { ok: false, message: `This image is the photo of ${media.authorPhotos.map((a) => a.name).join(", ")}.` };
  try {
    await db.$transaction(async (tx) => {
      await tx.media.delete({ where: { id: id.data } });
      await recordAudit(tx, { actor, action: "media.delete", targetType: "media", targetId: id.data, targetLabel: media.originalName, summary: `${media.fileName}${media.alt ? `, alt “${media.alt}”` : ""}` });
    });
  } catch (error) {
    // A story may have taken it as its hero meanwhile (the database refuses to leave it without one).
    if ((error as { code?: unknown } | null)?.code === "P2003") return { ok: false, message: "A story started using this image meanwhile, so it was kept." };
    if ((error as { code?: unknown } | null)?.code === "P2025") return { ok: false, message: "That image is already gone." };
    throw error;
  }
  await unlink(mediaPath(media.fileName)).catch(() => {});
  await removeCrops(media.fileName);
  return { ok: true, tags: [] };
}
