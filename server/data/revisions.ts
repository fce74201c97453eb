import "server-only";
// A story's revisions for the newsroom: the list beside the editor, any two versions for the comparison, and
// a version's fields to load into the editor. Never cached. Callers check the policies first (the same as for
// opening the story in the editor): these return whole versions.
import type { ArticleFormValues } from "@/components/admin/article-form";
import type { VersionFields } from "@/lib/article-versions";
import { isContentRevision } from "@/lib/revision-kinds";
import { getCurrentVersion, getHeroImages, snapshotFields } from "./article-versions";
import { isRecordId } from "./arguments";
import { db } from "@/server/db";

export type RevisionSummary = { id: string; version: number; kind: string; createdAt: Date; by: string };

/** The newest revisions first (a long-lived story's oldest ones are left off). */
export async function listRevisions(articleId: string, take = 100): Promise<RevisionSummary[]> {
  if (!isRecordId(articleId)) return [];
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, version: true, kind: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...r }) => ({ ...r, by: user?.name ?? "System" }));
}

/** One side of a comparison: the story as saved now, or one of its revisions (with the fields it recorded). */
export type ComparedVersion = { ref: string; revision: RevisionSummary | null; version: number; fields: Partial<VersionFields> };

/**
 * `ref` is "current" or the id of one of this story's revisions that records its text. Anything else (another
 * story's revision, a correction, a malformed id) is null, for the page to say so.
 */
export async function getVersion(articleId: string, ref: string): Promise<ComparedVersion | null> {
  if (!isRecordId(articleId)) return null;
  if (ref === "current") {
    const current = await getCurrentVersion(articleId);
    return current ? { ref, revision: null, version: current.version, fields: current.fields } : null;
  }
  if (!isRecordId(ref)) return null;
  const row = await db.revision.findFirst({
    where: { id: ref, articleId },
    select: { id: true, version: true, kind: true, createdAt: true, snapshot: true, user: { select: { name: true } } },
  });
  const fields = row && isContentRevision(row.kind) ? snapshotFields(row.snapshot) : null;
  if (!row || !fields) return null;
  return { ref, revision: { id: row.id, version: row.version, kind: row.kind, createdAt: row.createdAt, by: row.user?.name ?? "System" }, version: row.version, fields };
}

/** What loading a version into the editor puts in the form: the fields it recorded (the rest stay as they are). */
export type LoadedFields = Partial<Pick<ArticleFormValues, "headline" | "slug" | "standfirst" | "body" | "sectionId" | "tags" | "authorIds" | "breaking" | "featured" | "seoTitle" | "seoDescription" | "hero">>;

/**
 * A revision's fields as the editor's form takes them. Times stay as they are: when a story goes live or comes
 * down is a decision about it now, and so is whether it is a live blog (as with a restore).
 */
export async function getVersionForEditor(articleId: string, revisionId: string): Promise<{ revision: RevisionSummary; values: LoadedFields } | null> {
  const version = await getVersion(articleId, revisionId);
  if (!version?.revision) return null;
  const f = version.fields;
  const values: LoadedFields = {};
  for (const key of ["headline", "slug", "standfirst", "sectionId", "tags", "seoTitle", "seoDescription"] as const) if (f[key] !== undefined) values[key] = f[key];
  if (f.body !== undefined) values.body = f.body;
  if (f.authorIds !== undefined) values.authorIds = f.authorIds;
  if (f.breaking !== undefined) values.breaking = f.breaking;
  if (f.featured !== undefined) values.featured = f.featured;
  if (f.heroImageId !== undefined) {
    const image = f.heroImageId ? (await getHeroImages([f.heroImageId]))[f.heroImageId] : undefined;
    // An image since deleted from the library cannot come back: the story keeps no hero rather than a broken one.
    values.hero = image
      ? { id: f.heroImageId, src: image.src, alt: f.heroAlt || image.alt, caption: f.heroCaption || image.caption, credit: f.heroCredit || image.credit }
      : null;
  }
  return { revision: version.revision, values };
}
