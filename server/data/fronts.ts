import "server-only";
// The front page as readers see it: the editors' arrangement (server/services/arrangements.ts) with every
// slot they left empty filled by recency. A placed story that is no longer published is skipped here, so
// its slot falls back to recency as soon as the page is read again (unpublishing expires the page's tag).
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { HOME, TOP_STORIES, sectionBlockSlot } from "@/lib/validation/arrangement";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { cardSelect, published, toCard, type ArticleCard } from "./shapes";

/** What readers see, or the draft an editor previews (the published arrangement when there is no draft). */
export type Stage = "live" | "draft";

const pinnedCardSelect = { ...cardSelect, sectionId: true } satisfies Prisma.ArticleSelect;
type PinnedRow = Prisma.ArticleGetPayload<{ select: typeof pinnedCardSelect }>;

/**
 * The select for an arrangement's placed stories that are still published (and match `where`), in slot
 * order. The draft's slots are read alongside the published ones only for a preview.
 */
export function pinsSelect(stage: Stage, where: Prisma.ArticleWhereInput = {}) {
  return {
    draftSavedAt: true,
    slots: {
      where: { ...(stage === "live" ? { draft: false } : {}), article: { ...published, ...where } },
      orderBy: { position: "asc" },
      select: { slot: true, draft: true, article: { select: pinnedCardSelect } },
    },
  } satisfies Prisma.ArrangementSelect;
}

type PinsRow = Prisma.ArrangementGetPayload<{ select: ReturnType<typeof pinsSelect> }>;

/** Placed stories by slot, from the draft when previewing one, otherwise from what is published. */
export function pinsBySlot(row: PinsRow | null | undefined, stage: Stage): Map<string, PinnedRow[]> {
  const out = new Map<string, PinnedRow[]>();
  if (!row) return out;
  const draft = stage === "draft" && row.draftSavedAt !== null;
  for (const slot of row.slots) {
    if (slot.draft !== draft) continue;
    const list = out.get(slot.slot) ?? [];
    list.push(slot.article);
    out.set(slot.slot, list);
  }
  return out;
}

export type FrontPage = {
  lead: ArticleCard | null;
  secondary: ArticleCard[];
  /** The "live now" strip: only what editors placed there. */
  live: ArticleCard[];
  latest: ArticleCard[];
  sections: { slug: string; name: string; articles: ArticleCard[] }[];
};

const BLOCK = 4;

/** The front page as readers see it. */
export async function getFrontPage(): Promise<FrontPage> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.home, tags.sections);
  return readFrontPage("live");
}

/** The front page with the draft arrangement, for the signed-in preview: never cached. */
export function getFrontPageDraft(): Promise<FrontPage> {
  return readFrontPage("draft");
}

/** Reads the front page: one query for the arrangement, one per block for what recency fills in. */
export async function readFrontPage(stage: Stage): Promise<FrontPage> {
  const [arrangement, sectionRows] = await Promise.all([
    db.arrangement.findUnique({ where: { id: HOME }, select: pinsSelect(stage) }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  const pins = pinsBySlot(arrangement, stage);
  const placed = (slot: string) => pins.get(slot) ?? [];
  const pinnedIds = [...pins.values()].flat().map((row) => row.id);
  // As before arranging existed: the lead is the newest featured story (else the newest), the top stories
  // are featured ones first, then the newest. Placed stories go first and are not repeated.
  const automatic = await db.article.findMany({
    where: { ...published, id: { notIn: pinnedIds } },
    orderBy: [{ featured: "desc" }, { publishedAt: "desc" }],
    take: TOP_STORIES + 1,
    select: cardSelect,
  });
  const lead = placed("lead")[0] ?? automatic.shift() ?? null;
  const secondary = [...placed("secondary"), ...automatic.filter((row) => row.id !== lead?.id)].slice(0, TOP_STORIES);
  const live = placed("live");
  const shown = [lead, ...secondary, ...live].flatMap((row) => (row ? [row.id] : []));
  const latest = await db.article.findMany({
    where: { ...published, id: { notIn: shown } },
    orderBy: { publishedAt: "desc" },
    take: 10,
    select: cardSelect,
  });
  const sections = await Promise.all(
    sectionRows.map(async (section) => {
      // A placed top story that has moved to another section since is skipped.
      const top = placed(sectionBlockSlot(section.id)).find((row) => row.sectionId === section.id);
      const rest = await db.article.findMany({
        where: { ...published, sectionId: section.id, ...(top ? { id: { not: top.id } } : {}) },
        orderBy: { publishedAt: "desc" },
        take: top ? BLOCK - 1 : BLOCK,
        select: cardSelect,
      });
      return { slug: section.slug, name: section.name, articles: (top ? [top, ...rest] : rest).map(toCard) };
    }),
  );
  return {
    lead: lead ? toCard(lead) : null,
    secondary: secondary.map(toCard),
    live: live.map(toCard),
    latest: latest.map(toCard),
    sections: sections.filter((s) => s.articles.length > 0),
  };
}
