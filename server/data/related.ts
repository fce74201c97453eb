import "server-only";
// "Related stories": the query behind getRelated (server/data/articles.ts).
import { db } from "@/server/db";
import { isValidSlug } from "@/lib/slug";
import { cardSelect, toCard, type ArticleCard } from "./shapes";

const PER_TOPIC = 200;

/**
 * Stories related to the one at `slug`: among the newest PER_TOPIC on each of its topics, those
 * sharing the most topics with it, newest first; then the newest of its section. Only published
 * stories, never the story itself; the story may be a draft (the editor's preview).
 */
export async function findRelated(slug: string, limit: number): Promise<ArticleCard[]> {
  if (!isValidSlug(slug)) return [];
  // A topic's newest stories are one range of the (tagId, publishedAt) index, which holds a date for
  // published stories only (database triggers keep it): the cost grows neither with the archive nor
  // with how rare the topic is, as a walk through the newest stories in search of shared topics did.
  const picked = await db.$queryRaw<{ id: string }[]>`
    WITH source AS (SELECT id, "sectionId" FROM "Article" WHERE slug = ${slug}),
    by_topic AS (
      SELECT c."articleId" AS id, count(*) AS shared, max(c."publishedAt") AS "publishedAt"
        FROM "ArticleTag" own
        CROSS JOIN LATERAL (
          SELECT t."articleId", t."publishedAt" FROM "ArticleTag" t
           WHERE t."tagId" = own."tagId" AND t."publishedAt" IS NOT NULL
           ORDER BY t."publishedAt" DESC LIMIT ${PER_TOPIC}) c
       WHERE own."articleId" = (SELECT id FROM source) AND c."articleId" <> own."articleId"
       GROUP BY c."articleId"
       ORDER BY shared DESC, "publishedAt" DESC
       LIMIT ${limit}),
    by_section AS (
      SELECT a.id, a."publishedAt" FROM "Article" a
       WHERE a.status = 'PUBLISHED' AND a."sectionId" = (SELECT "sectionId" FROM source)
         AND a.id <> (SELECT id FROM source) AND a.id NOT IN (SELECT id FROM by_topic)
       ORDER BY a."publishedAt" DESC
       LIMIT ${limit})
    SELECT id FROM (
      SELECT id, 0 AS pass, shared, "publishedAt" FROM by_topic
      UNION ALL SELECT id, 1, 0, "publishedAt" FROM by_section) ranked
    ORDER BY pass, shared DESC, "publishedAt" DESC
    LIMIT ${limit}`;
  if (!picked.length) return [];
  const rows = await db.article.findMany({ where: { id: { in: picked.map((r) => r.id) } }, select: cardSelect });
  return picked.map(({ id }) => rows.find((r) => r.id === id)).filter((r) => r !== undefined).map(toCard);
}
