import "server-only";
// Full-text search over published articles: PostgreSQL's weighted tsvector
// (headline > standfirst > body), ranked, with highlighted snippets.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { MARK_END, MARK_START, normaliseSearchQuery } from "@/lib/search-query";
import { cardSelect, toCard, type ArticleCard } from "./shapes";

export const SEARCH_PAGE_SIZE = 10;

export type SearchHit = ArticleCard & { snippet: string };
export type SearchResults = { query: string; section: string | null; page: number; total: number; pageCount: number; hits: SearchHit[] };

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

export async function searchArticles(input: { q: unknown; section?: string | null; page?: number }): Promise<SearchResults> {
  const query = normaliseSearchQuery(input.q);
  const section = input.section && /^[a-z0-9-]{1,120}$/.test(input.section) ? input.section : null;
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), 1000);
  const empty = { query, section, page, total: 0, pageCount: 0, hits: [] };
  if (!query) return empty;

  const sectionFilter = section
    ? Prisma.sql`AND a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${section})`
    : Prisma.empty;
  const [count] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Article" a
     WHERE a.status = 'PUBLISHED' AND a.search @@ websearch_to_tsquery('english', ${query}) ${sectionFilter}`;
  const total = count?.total ?? 0;
  if (total === 0) return empty;

  // Rank and page first, then build snippets for that page only: ts_headline is the costly part.
  const rows = await db.$queryRaw<{ id: string; snippet: string }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query),
    hits AS (
      SELECT a.id, a."bodyText", a."publishedAt", ts_rank(a.search, q.query) AS rank
        FROM "Article" a, q
       WHERE a.status = 'PUBLISHED' AND a.search @@ q.query ${sectionFilter}
       ORDER BY rank DESC, a."publishedAt" DESC
       LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT hits.id, ts_headline('english', left(hits."bodyText", 20000), q.query, ${HEADLINE_OPTIONS}) AS snippet
      FROM hits, q
     ORDER BY hits.rank DESC, hits."publishedAt" DESC`;
  const cards = await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: cardSelect });
  const hits = rows.flatMap((row) => {
    const card = cards.find((c) => c.id === row.id);
    return card ? [{ ...toCard(card), snippet: row.snippet }] : [];
  });
  return { query, section, page, total, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), hits };
}
