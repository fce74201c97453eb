import "server-only";
// "Most popular": published articles with the most views over the last few
// days, topped up with the latest when too few articles have views.
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { wholeNumber } from "./arguments";
import { MAX_RAIL } from "./articles";
import { cardSelect, published, toCard, type ArticleCard } from "./shapes";

export const POPULAR_WINDOW_DAYS = 7;

export async function getMostPopular(limit = 5): Promise<ArticleCard[]> {
  "use cache";
  wholeNumber(limit, 1, MAX_RAIL, "limit");
  cacheLife("rails");
  cacheTag(tags.rails);
  const since = new Date(Date.now() - POPULAR_WINDOW_DAYS * 86_400_000);
  const ranked = await db.$queryRaw<{ id: string }[]>`
    SELECT v."articleId" AS id
      FROM "ArticleViewDay" v JOIN "Article" a ON a.id = v."articleId"
     WHERE v.day >= ${since}::date AND a.status = 'PUBLISHED'
     GROUP BY v."articleId"
     ORDER BY sum(v.views) DESC, max(a."publishedAt") DESC
     LIMIT ${limit}`;
  const ids = ranked.map((r) => r.id);
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const cards = ids.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined).map(toCard);
  if (cards.length < limit) {
    const fill = await db.article.findMany({
      where: { ...published, id: { notIn: ids } },
      orderBy: { publishedAt: "desc" },
      take: limit - cards.length,
      select: cardSelect,
    });
    cards.push(...fill.map(toCard));
  }
  return cards;
}
