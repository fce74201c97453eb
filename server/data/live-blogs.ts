import "server-only";
// Reads of a live blog's entries for readers: one page at a time (only the entries shown are read, however
// long the blog), its pinned entries above the first page, and the key events with the page each is on.
// Cached under the article's tag, which every entry write expires; the page, its older pages, the updates
// readers' browsers poll and the look-up of an entry's page all read through here.
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { entryInnerHtml } from "@/lib/live-blog/markup";
import { excerpt } from "@/lib/rich-text/document";
import { paths } from "@/lib/site";
import { MAX_PAGE } from "@/lib/pagination";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { idArgument, isRecordId, slugArgument, wholeNumber } from "./arguments";

/** Entries on a page of a live blog (its pinned entries come on top of the first). */
export const LIVE_PAGE_SIZE = 20;
/** Key events listed at the top of the blog, newest first. */
export const MAX_KEY_EVENTS = 30;

export type LiveEntryView = {
  id: string;
  postedAt: Date;
  updatedAt: Date;
  /** Changes with every edit of the entry: what a reader's page compares. */
  version: number;
  title: string;
  text: string;
  html: string;
  pinned: boolean;
  keyEvent: boolean;
  authors: { name: string; slug: string }[];
};

export type LiveBlogPage = {
  page: number;
  pageCount: number;
  /** Entries that are not pinned, on every page. */
  total: number;
  pinned: LiveEntryView[];
  entries: LiveEntryView[];
  keyEvents: { id: string; label: string; postedAt: Date; page: number }[];
  /** The newest entry's time, on whatever page. */
  newestAt: Date | null;
};

const entrySelect = {
  id: true,
  postedAt: true,
  updatedAt: true,
  version: true,
  title: true,
  body: true,
  bodyText: true,
  pinned: true,
  keyEvent: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
} satisfies Prisma.LiveEntrySelect;

function toView(row: Prisma.LiveEntryGetPayload<{ select: typeof entrySelect }>, blogUrl: string): LiveEntryView {
  const authors = row.authors.map((a) => a.author);
  return {
    id: row.id,
    postedAt: row.postedAt,
    updatedAt: row.updatedAt,
    version: row.version,
    title: row.title,
    text: row.bodyText,
    html: entryInnerHtml({ ...row, authors }, blogUrl),
    pinned: row.pinned,
    keyEvent: row.keyEvent,
    authors,
  };
}

/** Which page a non-pinned entry is on, from its place among them (1 = newest). */
const pageOf = (place: number) => Math.floor((place - 1) / LIVE_PAGE_SIZE) + 1;

/** Page `page` of the live blog `articleId` at /<section>/<slug>; null past its last page. */
export async function getLiveBlogPage(articleId: string, section: string, slug: string, page: number): Promise<LiveBlogPage | null> {
  "use cache";
  idArgument(articleId, "articleId");
  slugArgument(section, "section");
  slugArgument(slug, "slug");
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("days");
  cacheTag(tags.article(articleId));
  const blogUrl = paths.article(section, slug);
  const [[counts], entries, pinned, keyEvents] = await Promise.all([
    db.$queryRaw<{ total: number; newest: Date | null }[]>`
      SELECT (count(*) FILTER (WHERE NOT pinned))::int AS total, max("postedAt") AS newest FROM "LiveEntry" WHERE "articleId" = ${articleId}`,
    db.liveEntry.findMany({
      where: { articleId, pinned: false },
      orderBy: [{ postedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * LIVE_PAGE_SIZE,
      take: LIVE_PAGE_SIZE,
      select: entrySelect,
    }),
    page === 1 ? db.liveEntry.findMany({ where: { articleId, pinned: true }, orderBy: [{ postedAt: "desc" }, { id: "desc" }], select: entrySelect }) : [],
    // Each key event's place among the entries that are not pinned gives its page, without reading the others.
    db.$queryRaw<{ id: string; title: string; text: string; postedAt: Date; pinned: boolean; place: number }[]>`
      SELECT id, title, left("bodyText", 200) AS text, "postedAt", pinned, place::int FROM (
        SELECT id, title, "bodyText", "postedAt", pinned, "keyEvent",
               row_number() OVER (PARTITION BY pinned ORDER BY "postedAt" DESC, id DESC) AS place
          FROM "LiveEntry" WHERE "articleId" = ${articleId}
      ) ranked WHERE "keyEvent" ORDER BY "postedAt" DESC, id DESC LIMIT ${MAX_KEY_EVENTS}`,
  ]);
  const total = counts?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / LIVE_PAGE_SIZE));
  if (page > pageCount) return null;
  return {
    page,
    pageCount,
    total,
    pinned: pinned.map((row) => toView(row, blogUrl)),
    entries: entries.map((row) => toView(row, blogUrl)),
    keyEvents: keyEvents.map((row) => ({ id: row.id, label: row.title || excerpt(row.text, 90), postedAt: row.postedAt, page: row.pinned ? 1 : pageOf(row.place) })),
    newestAt: counts?.newest ?? null,
  };
}

/** The page of its blog an entry is on (pinned ones are on the first), or null when the blog has no such entry. */
export async function findLiveEntryPage(articleId: string, entryId: string): Promise<number | null> {
  if (!isRecordId(entryId)) return null;
  const [row] = await db.$queryRaw<{ pinned: boolean; newer: number }[]>`
    SELECT e.pinned, (SELECT count(*) FROM "LiveEntry" o
                       WHERE o."articleId" = e."articleId" AND NOT o.pinned
                         AND (o."postedAt" > e."postedAt" OR (o."postedAt" = e."postedAt" AND o.id > e.id)))::int AS newer
      FROM "LiveEntry" e WHERE e.id = ${entryId} AND e."articleId" = ${articleId}`;
  if (!row) return null;
  return row.pinned ? 1 : pageOf(row.newer + 1);
}
