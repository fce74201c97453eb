import "server-only";
import { db } from "@/server/db";
import { toStored, type StoredMedia } from "@/server/services/media";

export async function listRecentMedia(limit = 120): Promise<StoredMedia[]> {
  const rows = await db.media.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return rows.map(toStored);
}
