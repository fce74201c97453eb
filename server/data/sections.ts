import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";

export type NavSection = { slug: string; name: string };

/** Sections in navigation order. */
export async function getSections(): Promise<NavSection[]> {
  "use cache";
  cacheLife("days");
  cacheTag(tags.sections);
  return db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } });
}
