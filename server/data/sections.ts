import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";

export type NavSection = { slug: string; name: string };

/** Sections in navigation order; read once per page, though the masthead and the footer both ask. */
export const getSections = cache(() => getSectionList());

async function getSectionList(): Promise<NavSection[]> {
  "use cache";
  cacheLife("days");
  cacheTag(tags.sections);
  return db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } });
}
