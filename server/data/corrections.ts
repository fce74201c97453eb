import "server-only";
// The corrections page and its feed: every correction ever published, newest first, withdrawn ones included
// (marked), each with its story.
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { paths } from "@/lib/site";

export const CORRECTIONS_PAGE_SIZE = 50;

export type CorrectionListing = {
  id: string;
  text: string;
  madeAt: Date;
  withdrawnAt: Date | null;
  story: { headline: string; url: string | null };
};

export async function listCorrections(limit = CORRECTIONS_PAGE_SIZE): Promise<CorrectionListing[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.corrections);
  const rows = await db.correction.findMany({
    orderBy: { madeAt: "desc" },
    take: Math.min(Math.max(1, Math.trunc(limit)), 200),
    select: {
      id: true,
      text: true,
      madeAt: true,
      withdrawnAt: true,
      article: { select: { headline: true, slug: true, status: true, section: { select: { slug: true } } } },
    },
  });
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
