import "server-only";
// The saved version of a story next to the one a refused save started from, for the comparison the editor
// whose save was refused is shown (lib/article-versions.ts). Never cached.
import { fieldsFromSnapshot, type ConflictDetails, type VersionFields } from "@/lib/article-versions";
import { asDocument } from "@/lib/rich-text/document";
import { instantToWallTime } from "@/lib/dates-zone";
import { paths, site } from "@/lib/site";
import { db } from "@/server/db";

/** Revisions that record a version's content, rather than something said about it. */
const NOT_CONTENT = ["conflict", "correction", "correction-withdrawn"];

/**
 * The story as saved now and the version `baseVersion` (what the refused save started from). Call it only
 * for someone the articles service has let edit the story: it returns the whole story.
 */
export async function getConflictDetails(articleId: string, baseVersion: number, heroIds: string[]): Promise<Omit<ConflictDetails, "by" | "at" | "kept"> | null> {
  const [a, base] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        version: true, status: true, headline: true, slug: true, standfirst: true, body: true, sectionId: true, breaking: true, featured: true,
        seoTitle: true, seoDescription: true, heroImageId: true, heroAlt: true, heroCaption: true, heroCredit: true, scheduledAt: true, unpublishAt: true, kind: true,
        heroImage: { select: { alt: true, caption: true, credit: true } },
        tags: { select: { tag: { select: { name: true } } } },
        authors: { orderBy: { position: "asc" }, select: { authorId: true } },
      },
    }),
    db.revision.findFirst({ where: { articleId, version: baseVersion, kind: { notIn: NOT_CONTENT } }, orderBy: { createdAt: "asc" }, select: { snapshot: true } }),
  ]);
  if (!a) return null;
  const wall = (date: Date | null) => (date ? instantToWallTime(date, site.timeZone) : "");
  // As the editor's form shows them: the hero's own texts unless the story overrides them.
  const theirs: VersionFields = {
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
  const ids = [...new Set([...heroIds, theirs.heroImageId].filter(Boolean))];
  const media = ids.length ? await db.media.findMany({ where: { id: { in: ids } }, select: { id: true, fileName: true } }) : [];
  const snapshot = base?.snapshot;
  return {
    version: a.version,
    status: a.status,
    theirs,
    base: snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? fieldsFromSnapshot(snapshot as Record<string, unknown>) : null,
    heroSources: Object.fromEntries(media.map((m) => [m.id, paths.media(m.fileName)])),
  };
}
