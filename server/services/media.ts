import "server-only";
// Images: decoded with sharp to prove they are images (the name and the
// declared type are not trusted), re-encoded without metadata (EXIF, GPS),
// stored under MEDIA_DIR with a random name, recorded with their size. Every
// read of the library and every change to it takes the actor and asks the
// policies; changes report the cache tags of the reader pages they alter.
import { randomBytes } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type OutputInfo } from "sharp";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { storable } from "@/lib/validation/article";
import { mediaIdInput, mediaSearchInput, mediaTextsInput } from "@/lib/validation/media";
import { tags as cacheTags } from "@/server/cache-tags";
import { canManageMedia, canUseMedia, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
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

export type StoredMedia = { id: string; src: string; width: number; height: number; alt: string; caption: string; credit: string; fileName: string };

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

export function toStored(row: { id: string; fileName: string; width: number; height: number; alt: string; caption: string; credit: string }): StoredMedia {
  return { id: row.id, fileName: row.fileName, src: `/media/${row.fileName}`, width: row.width, height: row.height, alt: row.alt, caption: row.caption, credit: row.credit };
}

/** What the renderer ignores in an image source (lib/rich-text/document.ts, safeHref): spaces and control characters. */
const IGNORED_IN_SRC = "[\\x01-\\x20\\x7f-\\x9f]";

/**
 * Articles that show this image, as hero or inside the body. Every `src` in the body is compared the way the
 * renderer reads it, so a source saved before sources were stored canonically ("/media/ <file>") still counts.
 */
export async function articlesUsing(mediaId: string): Promise<{ id: string; headline: string }[]> {
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { fileName: true } });
  if (!media) return [];
  return db.$queryRaw<{ id: string; headline: string }[]>`
    SELECT id, headline FROM "Article" a
     WHERE "heroImageId" = ${mediaId}
        OR EXISTS (
             SELECT 1 FROM jsonb_path_query(a.body, 'strict $.**.src') AS s(src)
              WHERE jsonb_typeof(s.src) = 'string'
                AND regexp_replace(s.src #>> '{}', ${IGNORED_IN_SRC}, '', 'g') = ${`/media/${media.fileName}`})
     ORDER BY "updatedAt" DESC LIMIT 50`;
}

export type UsedBy = { id: string; headline: string }[];
export type MediaResult =
  | { ok: true; tags: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; usedBy?: UsedBy };

const SIGNED_OUT = "You are signed out. Sign in again.";

/** The newest images, or those whose texts or file name match the search, for the editor's picker. */
export async function listMedia(actor: Actor | null, query: unknown): Promise<StoredMedia[]> {
  if (!canUseMedia(actor)) return [];
  const q = mediaSearchInput.parse(query);
  const rows = await db.media.findMany({
    where: q ? { OR: [{ alt: { contains: q, mode: "insensitive" } }, { caption: { contains: q, mode: "insensitive" } }, { originalName: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: { createdAt: "desc" },
    take: 48,
  });
  return rows.map(toStored);
}

type MediaText = "alt" | "caption" | "credit";
const MEDIA_TEXTS: MediaText[] = ["alt", "caption", "credit"];
/** Stories that show the library's text for a field: their own hero field for it is empty. */
const SHOWS_LIBRARY_TEXT: Record<MediaText, Prisma.ArticleWhereInput> = { alt: { heroAlt: null }, caption: { heroCaption: null }, credit: { heroCredit: null } };

/**
 * Changes an image's alt text, caption and credit, and names the pages that now read differently. Those are
 * exactly: the pages of published stories that show it as their hero without text of their own for a changed
 * field (the story page, and the feeds, which carry the hero's alt text), and the pages of authors whose
 * photo it is (alt text). Story cards show the hero with an empty alt and no caption, and an image in a
 * story's body carries its own copy of the texts, made when it was put there, so neither changes.
 */
export async function updateMediaTexts(actor: Actor | null, input: unknown): Promise<MediaResult> {
  if (!actor) return { ok: false, message: SIGNED_OUT };
  if (!canManageMedia(actor)) return { ok: false, message: "Your role does not allow you to edit the media library." };
  const parsed = mediaTextsInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { id, ...texts } = parsed.data;
  return db.$transaction(async (tx): Promise<MediaResult> => {
    // Locked, so that of two people saving the same image at once the second compares against the first's texts.
    const [before] = await tx.$queryRaw<Record<MediaText, string>[]>`SELECT alt, caption, credit FROM "Media" WHERE id = ${id} FOR UPDATE`;
    if (!before) return { ok: false, message: "That image no longer exists." };
    const changed = MEDIA_TEXTS.filter((field) => before[field] !== texts[field]);
    if (changed.length === 0) return { ok: true, tags: [] };
    const row = await tx.media.update({ where: { id }, data: texts, select: { originalName: true } });
    await recordAudit(tx, {
      actor,
      action: "media.update",
      targetType: "media",
      targetId: id,
      targetLabel: row.originalName,
      summary: changed.map((field) => `${field}: “${before[field]}” → “${texts[field]}”`).join("; "),
    });
    const stories = await tx.article.findMany({
      where: { heroImageId: id, status: "PUBLISHED", OR: changed.map((field) => SHOWS_LIBRARY_TEXT[field]) },
      select: { id: true, heroAlt: true },
    });
    const authors = changed.includes("alt") ? await tx.author.findMany({ where: { photoId: id }, select: { slug: true } }) : [];
    const tags = [...stories.map((story) => cacheTags.article(story.id)), ...authors.map((author) => cacheTags.author(author.slug))];
    if (stories.some((story) => changed.includes("alt") && story.heroAlt === null)) tags.push(cacheTags.feeds);
    return { ok: true, tags };
  });
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
  return { ok: true, tags: [] };
}
