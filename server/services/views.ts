import "server-only";
import { db } from "@/server/db";

/** Adds one view to today's count (UTC) for a published article; false when there is no such article. */
export async function recordView(articleId: string): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "ArticleViewDay" ("articleId", day, views)
    SELECT id, (now() AT TIME ZONE 'UTC')::date, 1 FROM "Article" WHERE id = ${articleId} AND status = 'PUBLISHED'
    ON CONFLICT ("articleId", day) DO UPDATE SET views = "ArticleViewDay".views + 1`;
  return inserted > 0;
}
