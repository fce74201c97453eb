import "server-only";
// Reads for the newsroom's arranging pages: never cached, since editors must see the latest draft.
import type { Prisma } from "@/generated/prisma/client";
import type { StoryChoice } from "@/components/admin/arrangement-editor";
import { formatNewsroomDate } from "@/lib/dates";
import { HOME, slotsOf, type PageKey, type SlotDefinition } from "@/lib/validation/arrangement";
import { storable } from "@/lib/validation/article";
import { db } from "@/server/db";
import { isRecordId } from "./arguments";
import { published as isPublished } from "./shapes";

/** How many of the newest published stories the page offers to place. */
export const POOL_SIZE = 60;

const storySelect = {
  id: true,
  headline: true,
  status: true,
  featured: true,
  publishedAt: true,
  section: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArrangeableStory = Prisma.ArticleGetPayload<{ select: typeof storySelect }>;

/** A story as the arranging page lists it. */
export function toStoryChoice(story: ArrangeableStory): StoryChoice {
  return {
    id: story.id,
    headline: story.headline,
    sectionId: story.section?.id ?? null,
    sectionName: story.section?.name ?? "No section",
    when: story.publishedAt ? formatNewsroomDate(story.publishedAt) : "not published",
    featured: story.featured,
    live: story.status === "PUBLISHED",
  };
}

/** Published stories whose headline contains `words` (of one section, for a section front), newest first. */
export async function searchArrangeableStories(sectionId: string | null, words: string, take = 30): Promise<ArrangeableStory[]> {
  return db.article.findMany({
    where: { ...isPublished, ...(sectionId ? { sectionId: isRecordId(sectionId) ? sectionId : "" } : {}), headline: { contains: storable(words), mode: "insensitive" } },
    orderBy: { publishedAt: "desc" },
    take,
    select: storySelect,
  });
}

export type ArrangementForEditing = {
  page: PageKey;
  title: string;
  /** The section front's section, or null for the front page. */
  section: { id: string; slug: string; name: string } | null;
  slots: SlotDefinition[];
  version: number;
  /** The draft's stories when there is a draft, else what readers see; by slot, in order. */
  placement: Record<string, ArrangeableStory[]>;
  /** What readers see now, by slot. */
  published: Record<string, ArrangeableStory[]>;
  draft: { savedAt: Date; by: string } | null;
  revisions: { version: number; at: Date; by: string }[];
  /** The newest published stories (of the section, on a section front), to place. */
  pool: ArrangeableStory[];
};

/** Everything the arranging page shows for one page; null when the section does not exist. */
export async function getArrangementForEditing(sectionSlug: string | null): Promise<ArrangementForEditing | null> {
  const sections = await db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } });
  const section = sectionSlug === null ? null : (sections.find((s) => s.slug === sectionSlug) ?? null);
  if (sectionSlug !== null && !section) return null;
  const page: PageKey = section ? `section:${section.id}` : HOME;
  const [row, pool] = await Promise.all([
    db.arrangement.findUnique({
      where: { id: page },
      select: {
        version: true,
        draftSavedAt: true,
        draftSavedBy: { select: { name: true } },
        slots: { orderBy: { position: "asc" }, select: { draft: true, slot: true, article: { select: storySelect } } },
        revisions: { orderBy: { createdAt: "desc" }, take: 5, select: { version: true, createdAt: true, user: { select: { name: true } } } },
      },
    }),
    db.article.findMany({
      where: { ...isPublished, ...(section ? { sectionId: section.id } : {}) },
      orderBy: { publishedAt: "desc" },
      take: POOL_SIZE,
      select: storySelect,
    }),
  ]);
  const draft = row?.draftSavedAt ? { savedAt: row.draftSavedAt, by: row.draftSavedBy?.name ?? "someone" } : null;
  const placement: Record<string, ArrangeableStory[]> = {};
  const published: Record<string, ArrangeableStory[]> = {};
  for (const slot of row?.slots ?? []) {
    if (!slot.draft) (published[slot.slot] ??= []).push(slot.article);
    if (slot.draft === !!draft) (placement[slot.slot] ??= []).push(slot.article);
  }
  return {
    page,
    title: section ? `${section.name} section front` : "Front page",
    section,
    slots: slotsOf(page, sections).map((slot) => (section ? { ...slot, sectionId: section.id } : slot)),
    version: row?.version ?? 0,
    placement,
    published,
    draft,
    revisions: (row?.revisions ?? []).map((r) => ({ version: r.version, at: r.createdAt, by: r.user?.name ?? "someone" })),
    pool,
  };
}

export async function hasArrangementDraft(page: PageKey): Promise<boolean> {
  const row = await db.arrangement.findUnique({ where: { id: page }, select: { draftSavedAt: true } });
  return !!row?.draftSavedAt;
}

/** The pages there are to arrange: the front page and each section front. */
export function listArrangeablePages() {
  return db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } });
}
