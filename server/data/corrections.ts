import "server-only";
// The corrections page and its feed: every correction ever published, newest first, withdrawn ones included
// (marked), each with its story. Cached under the corrections tag, which publishing or withdrawing one expires,
// and each listed story's own tag, since a story renamed, moved or taken down changes its line.
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { MAX_PAGE } from "@/lib/pagination";
import { paths } from "@/lib/site";
import { wholeNumber } from "./arguments";

export const CORRECTIONS_PAGE_SIZE = 50;

export type CorrectionListing = {
  id: string;
  text: string;
  madeAt: Date;
  withdrawnAt: Date | null;
  story: { headline: string; url: string | null };
};

export type CorrectionsPage = { corrections: CorrectionListing[]; page: number; pageCount: number };

const select = {
  id: true,
  text: true,
  madeAt: true,
  withdrawnAt: true,
  articleId: true,
  article: { select: { headline: true, slug: true, status: true, section: { select: { slug: true } } } },
} as const;

type Row = { id: string; text: string; madeAt: Date; withdrawnAt: Date | null; articleId: string; article: { headline: string; slug: string; status: string; section: { slug: string } | null } };

function listed(rows: Row[]): CorrectionListing[] {
  const stories = [...new Set(rows.map((row) => tags.article(row.articleId)))];
  if (stories.length) cacheTag(...stories);
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    madeAt: row.madeAt,
    withdrawnAt: row.withdrawnAt,
    // A story taken down since keeps its correction listed, without a link to an address that is gone.
    story: {
      headline: row.article.headline,
      url: row.article.status === "PUBLISHED" && row.article.section ? paths.article(row.article.section.slug, row.article.slug) : null,
    },
  }));
}

/** Page `page` of the corrections, newest first; null past the last page (the first always exists). */
export async function listCorrections(page = 1): Promise<CorrectionsPage | null> {
  "use cache";
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("hours");
  cacheTag(tags.corrections);
  const [total, rows] = await Promise.all([
    db.correction.count(),
    db.correction.findMany({ orderBy: [{ madeAt: "desc" }, { id: "desc" }], skip: (page - 1) * CORRECTIONS_PAGE_SIZE, take: CORRECTIONS_PAGE_SIZE, select }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
  if (page > pageCount) return null;
  return { corrections: listed(rows), page, pageCount };
}

/** What the feed tells: a correction published, or withdrawn (its own item, so that feed readers see it). */
export type CorrectionEvent = { at: Date; withdrawn: boolean; correction: CorrectionListing };

/** The newest `limit` corrections published and withdrawals, newest first: the corrections feed. */
export async function listCorrectionEvents(limit = CORRECTIONS_PAGE_SIZE): Promise<CorrectionEvent[]> {
  "use cache";
  wholeNumber(limit, 1, 200, "limit");
  cacheLife("hours");
  cacheTag(tags.corrections);
  const [made, withdrawn] = await Promise.all([
    db.correction.findMany({ orderBy: [{ madeAt: "desc" }, { id: "desc" }], take: limit, select }),
    db.correction.findMany({ where: { withdrawnAt: { not: null } }, orderBy: [{ withdrawnAt: "desc" }, { id: "desc" }], take: limit, select }),
  ]);
  const byId = new Map(listed([...made, ...withdrawn]).map((c) => [c.id, c]));
  const events: CorrectionEvent[] = [
    ...made.map((row) => ({ at: row.madeAt, withdrawn: false, correction: byId.get(row.id)! })),
    ...withdrawn.map((row) => ({ at: row.withdrawnAt!, withdrawn: true, correction: byId.get(row.id)! })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
