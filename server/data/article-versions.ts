import "server-only";
// Versions of a story as the editor's form holds them (lib/article-versions.ts): the saved one next to the one
// a refused save started from (the conflict choice), and any two versions for the revisions comparison. Never
// cached. Call these only for someone the policies let see the story: they return the whole story.
import { fieldsFromSnapshot, type ConflictDetails, type VersionFields } from "@/lib/article-versions";
import { asDocument } from "@/lib/rich-text/document";
import { instantToWallTime } from "@/lib/dates-zone";
import { paths, site } from "@/lib/site";
import { db } from "@/server/db";

/** Revisions that record a version's content, rather than something said about it. */
const NOT_CONTENT = ["conflict", "correction", "correction-withdrawn"];

/** The story as saved now, as the editor's form shows it: the hero's own texts unless the story overrides them. */
export async function getCurrentVersion(articleId: string): Promise<{ version: number; status: string; updatedAt: Date; fields: VersionFields } | null> {
  const a = await db.article.findUnique({
    where: { id: articleId },
    select: {
      version: true, status: true, updatedAt: true, headline: true, slug: true, standfirst: true, body: true, sectionId: true, breaking: true, featured: true,
      seoTitle: true, seoDescription: true, heroImageId: true, heroAlt: true, heroCaption: true, heroCredit: true, scheduledAt: true, unpublishAt: true, kind: true,
      heroImage: { select: { alt: true, caption: true, credit: true } },
      tags: { select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
    },
  });
  if (!a) return null;
  const wall = (date: Date | null) => (date ? instantToWallTime(date, site.timeZone) : "");
  const fields: VersionFields = {
    headline: a.headline,
    slug: a.slug,
    standfirst: a.standfirst,
    body: asDocument(a.body),
    sectionId: a.sectionId ?? "",
    tags: a.tags.map((t) => t.tag.name).join(", "),
    authorIds: a.authors.map((x) => x.authorId),
    breaking: a.breaking,
    featured: a.featured,
    seoTitle: a.seoTitle ?? "",
    seoDescription: a.seoDescription ?? "",
    heroImageId: a.heroImageId ?? "",
    heroAlt: a.heroAlt ?? a.heroImage?.alt ?? "",
    heroCaption: a.heroCaption ?? a.heroImage?.caption ?? "",
    heroCredit: a.heroCredit ?? a.heroImage?.credit ?? "",
    scheduledAt: wall(a.scheduledAt),
    unpublishAt: wall(a.unpublishAt),
    kind: a.kind,
    update: "minor",
    updateNote: "",
  };
  return { version: a.version, status: a.status, updatedAt: a.updatedAt, fields };
}

/** The library's images by id: their addresses, and the texts a story falls back to when it has none of its own. */
export async function getHeroImages(ids: string[]): Promise<Record<string, { src: string; alt: string; caption: string; credit: string }>> {
  const wanted = [...new Set(ids.filter(Boolean))];
  const media = wanted.length ? await db.media.findMany({ where: { id: { in: wanted } }, select: { id: true, fileName: true, alt: true, caption: true, credit: true } }) : [];
  return Object.fromEntries(media.map((m) => [m.id, { src: paths.media(m.fileName), alt: m.alt, caption: m.caption, credit: m.credit }]));
}

/** A revision's snapshot as fields (the keys it recorded), or null when the revision holds no snapshot object. */
export function snapshotFields(snapshot: unknown): Partial<VersionFields> | null {
  return snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? fieldsFromSnapshot(snapshot as Record<string, unknown>) : null;
}

/**
 * The story as saved now and the version `baseVersion` (what the refused save started from). Call it only
 * for someone the articles service has let edit the story: it returns the whole story.
 */
export async function getConflictDetails(articleId: string, baseVersion: number, heroIds: string[]): Promise<Omit<ConflictDetails, "by" | "at" | "kept"> | null> {
  const [current, base] = await Promise.all([
    getCurrentVersion(articleId),
    db.revision.findFirst({ where: { articleId, version: baseVersion, kind: { notIn: NOT_CONTENT } }, orderBy: { createdAt: "asc" }, select: { snapshot: true } }),
  ]);
  if (!current) return null;
  const theirs = current.fields;
  const images = await getHeroImages([...heroIds, theirs.heroImageId]);
  return {
    version: current.version,
    status: current.status,
    theirs,
    base: snapshotFields(base?.snapshot),
    heroSources: Object.fromEntries(Object.entries(images).map(([id, image]) => [id, image.src])),
  };
}
