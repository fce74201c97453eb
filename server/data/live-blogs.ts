import "server-only";
// Reads of a live blog's entries for readers: one page at a time (only the entries shown are read, however
// long the blog), its pinned entries above the first page, and its key events (the newest at the top of every
// page; all of them, each with its page, on the blog's key-events page).
// Cached under the blog's entries tag, which every entry write expires, and the article's, which every change
// to the blog itself expires; the page, its older pages and the updates readers' browsers poll read through here.
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { entryInnerHtml } from "@/lib/live-blog/markup";
import { excerpt } from "@/lib/rich-text/document";
import { LIVE_PAGE_SIZE } from "@/lib/live-blog/paths";
import { paths } from "@/lib/site";
import { MAX_PAGE } from "@/lib/pagination";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { idArgument, isRecordId, slugArgument, wholeNumber } from "./arguments";

/**
 * Key events listed at the top of the blog, newest first: as many as a page's entries, so that on a phone the
 * list stays a glance above the entries, however long the blog; the blog's key-events page lists them all.
 */
export const MAX_KEY_EVENTS = LIVE_PAGE_SIZE;

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

/**
 * A key event as readers see it listed, and the page it is on when the read knows it: a blog's page knows it for the
 * entries it shows and the pinned ones (on the first page); null for the others, whose links go through the entry's
 * look-up (`livePaths(url).entry`).
 */
export type LiveKeyEvent = { id: string; label: string; postedAt: Date; page: number | null };

export type LiveBlogPage = {
  page: number;
  pageCount: number;
  /** Entries that are not pinned, on every page. */
  total: number;
  pinned: LiveEntryView[];
  entries: LiveEntryView[];
  /** The newest key events (at most MAX_KEY_EVENTS), with the page of those this page shows and of pinned ones. */
  keyEvents: LiveKeyEvent[];
  /** All of the blog's key events: more than are listed sends readers to the key-events page. */
  keyEventCount: number;
  /**
   * When the blog last changed: its newest entry (on whatever page) or a substantive update of its summary,
   * whichever is later. Read with the entries, since an entry posted leaves the article's cached read as it was.
   */
  changedAt: Date | null;
  /** The blog's earliest entry (on whatever page): its coverage began no later, though the blog was published after. */
  firstPostedAt: Date | null;
};

/** An entry as the page's statement returns it: JSON, so its times are text (see `utc`). */
type EntryRow = {
  id: string;
  postedAt: string;
  updatedAt: string;
  version: number;
  title: string;
  body: unknown;
  bodyText: string;
  pinned: boolean;
  keyEvent: boolean;
  authors: { name: string; slug: string }[];
};

function toView(row: EntryRow, blogUrl: string): LiveEntryView {
  const postedAt = utc(row.postedAt);
  return {
    id: row.id,
    postedAt,
    updatedAt: utc(row.updatedAt),
    version: row.version,
    title: row.title,
    text: row.bodyText,
    html: entryInnerHtml({ ...row, postedAt }, blogUrl),
    pinned: row.pinned,
    keyEvent: row.keyEvent,
    authors: row.authors,
  };
}

/** A timestamp(3) column's value as json_build_object writes it ("2026-12-04T18:17:52.705"): UTC without its zone. */
const utc = (text: string) => new Date(`${text}Z`);

type KeyEventRow = { id: string; title: string; text: string; postedAt: Date };

/** Which page an entry is on: the first when pinned, else from its place among the others (1 = newest). */
const pageOf = (pinned: boolean, place: number) => (pinned ? 1 : Math.floor((place - 1) / LIVE_PAGE_SIZE) + 1);

/** A key event as readers see it listed: its title, or the start of its text. */
const toKeyEvent = (row: KeyEventRow, page: number | null): LiveKeyEvent => ({ id: row.id, label: row.title || excerpt(row.text, 90), postedAt: row.postedAt, page });

/**
 * Page `page` of the live blog `articleId` at /<section>/<slug>; null past its last page. Read once per request
 * however many parts of the page ask (its metadata and its body).
 */
export const getLiveBlogPage = cache((articleId: string, section: string, slug: string, page: number) => readLiveBlogPage(articleId, section, slug, page));

async function readLiveBlogPage(articleId: string, section: string, slug: string, page: number): Promise<LiveBlogPage | null> {
  "use cache";
  idArgument(articleId, "articleId");
  slugArgument(section, "section");
  slugArgument(slug, "slug");
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("days");
  cacheTag(tags.liveEntries(articleId), tags.article(articleId));
  const blogUrl = paths.article(section, slug);
  // The whole page in one statement: the count and the blog's last change, the newest key events, the page's
  // entries and (on the first page) the pinned ones, each with its bylines. One round trip instead of three
  // queries through the ORM, which cost more than the database's work. The count and the key events are read
  // from the blog's index alone (it carries the key-event flag), however long the blog: numbering every entry
  // to give each key event its page cost 0.6 ms more on 1,000 entries, so a key event this page does not show
  // links to its entry's look-up instead. The shown entries name their columns: the search columns
  // beside them are large and unused here.
  const [summary] = await db.$queryRaw<{ total: number; keyEventCount: number; changed: Date | null; first: Date | null; keyEvents: (KeyEventRow & { postedAt: string; pinned: boolean })[]; entries: EntryRow[] }[]>`
    WITH key AS (
      SELECT e.id, e.title, left(e."bodyText", 200) AS text, e."postedAt", e.pinned
        FROM (SELECT id, "postedAt" FROM (
                (SELECT id, "postedAt" FROM "LiveEntry" WHERE "articleId" = ${articleId} AND NOT pinned AND "keyEvent"
                  ORDER BY "postedAt" DESC, id DESC LIMIT ${MAX_KEY_EVENTS})
                UNION ALL
                (SELECT id, "postedAt" FROM "LiveEntry" WHERE "articleId" = ${articleId} AND pinned AND "keyEvent")
              ) newest ORDER BY "postedAt" DESC, id DESC LIMIT ${MAX_KEY_EVENTS}) k
        JOIN "LiveEntry" e ON e.id = k.id
    ),
    shown AS (
      (SELECT id, "postedAt", "updatedAt", version, title, body, "bodyText", pinned, "keyEvent" FROM "LiveEntry"
        WHERE "articleId" = ${articleId} AND NOT pinned
        ORDER BY "postedAt" DESC, id DESC OFFSET ${(page - 1) * LIVE_PAGE_SIZE} LIMIT ${LIVE_PAGE_SIZE})
      UNION ALL
      (SELECT id, "postedAt", "updatedAt", version, title, body, "bodyText", pinned, "keyEvent" FROM "LiveEntry"
        WHERE "articleId" = ${articleId} AND pinned AND ${page} = 1)
    )
    SELECT count(*) FILTER (WHERE NOT pinned)::int AS total, count(*) FILTER (WHERE "keyEvent")::int AS "keyEventCount",
           greatest(max("postedAt"), (SELECT "contentUpdatedAt" FROM "Article" WHERE id = ${articleId})) AS changed,
           min("postedAt") AS first,
           (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'text', text, 'postedAt', "postedAt", 'pinned', pinned)
                                     ORDER BY "postedAt" DESC, id DESC), '[]') FROM key) AS "keyEvents",
           (SELECT coalesce(json_agg(json_build_object(
                     'id', s.id, 'postedAt', s."postedAt", 'updatedAt', s."updatedAt", 'version', s.version, 'title', s.title, 'body', s.body,
                     'bodyText', s."bodyText", 'pinned', s.pinned, 'keyEvent', s."keyEvent",
                     'authors', (SELECT coalesce(json_agg(json_build_object('name', a.name, 'slug', a.slug) ORDER BY la.position), '[]')
                                   FROM "LiveEntryAuthor" la JOIN "Author" a ON a.id = la."authorId" WHERE la."entryId" = s.id)
                   ) ORDER BY s."postedAt" DESC, s.id DESC), '[]') FROM shown s) AS entries
      FROM "LiveEntry" WHERE "articleId" = ${articleId}`;
  const total = summary?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / LIVE_PAGE_SIZE));
  if (page > pageCount) return null;
  const rows = summary?.entries ?? [];
  const shown = new Set(rows.map((row) => row.id));
  return {
    page,
    pageCount,
    total,
    pinned: rows.filter((row) => row.pinned).map((row) => toView(row, blogUrl)),
    entries: rows.filter((row) => !row.pinned).map((row) => toView(row, blogUrl)),
    // JSON carries the times as text, without a zone: they are UTC, as the column's timestamps are.
    keyEvents: (summary?.keyEvents ?? []).map((row) => toKeyEvent({ ...row, postedAt: utc(row.postedAt) }, row.pinned ? 1 : shown.has(row.id) ? page : null)),
    keyEventCount: summary?.keyEventCount ?? 0,
    changedAt: summary?.changed ?? null,
    firstPostedAt: summary?.first ?? null,
  };
}

/** Key events the blog's key-events page lists at most, newest first (a blog with more is past any reader's list). */
export const MAX_LISTED_KEY_EVENTS = 500;

export type LiveKeyEvents = { events: LiveKeyEvent[]; total: number };

/**
 * The live blog's key events, newest first (at most MAX_LISTED_KEY_EVENTS of its `total`), each with the page it
 * is on: the blog's key-events page, for readers who want more than the newest few the blog lists at its top.
 * Cached like the blog's pages.
 */
export async function getLiveKeyEvents(articleId: string): Promise<LiveKeyEvents> {
  "use cache";
  idArgument(articleId, "articleId");
  cacheLife("days");
  cacheTag(tags.liveEntries(articleId), tags.article(articleId));
  // Every entry numbered among the pinned or the other ones (1 = newest) in the order of the blog's index, which
  // also carries the key-event flag: the entries are counted without being read or sorted.
  const rows = await db.$queryRaw<(KeyEventRow & { pinned: boolean; place: number; total: number })[]>`
    WITH placed AS (
      SELECT id, pinned, "keyEvent", row_number() OVER (PARTITION BY pinned ORDER BY "postedAt" DESC, id DESC)::int AS place
        FROM "LiveEntry" WHERE "articleId" = ${articleId}
    )
    SELECT e.id, e.title, left(e."bodyText", 200) AS text, e."postedAt", e.pinned, p.place, (count(*) OVER ())::int AS total
      FROM placed p JOIN "LiveEntry" e ON e.id = p.id
     WHERE p."keyEvent"
     ORDER BY e."postedAt" DESC, e.id DESC
     LIMIT ${MAX_LISTED_KEY_EVENTS}`;
  return { events: rows.map((row) => toKeyEvent(row, pageOf(row.pinned, row.place))), total: rows[0]?.total ?? 0 };
}

/**
 * The page of its blog an entry is on (pinned ones are on the first), or null when the blog has no such entry: the
 * entry's look-up, which permalinks and key events on other pages go through. Cached like the blog's pages, since
 * every entry posted moves the older ones.
 */
export async function findLiveEntryPage(articleId: string, entryId: string): Promise<number | null> {
  "use cache";
  idArgument(articleId, "articleId");
  cacheLife("days");
  cacheTag(tags.liveEntries(articleId), tags.article(articleId));
  if (!isRecordId(entryId)) return null;
  const [row] = await db.$queryRaw<{ pinned: boolean; newer: number }[]>`
    SELECT e.pinned, (SELECT count(*) FROM "LiveEntry" o
                       WHERE o."articleId" = e."articleId" AND NOT o.pinned
                         AND (o."postedAt" > e."postedAt" OR (o."postedAt" = e."postedAt" AND o.id > e.id)))::int AS newer
      FROM "LiveEntry" e WHERE e.id = ${entryId} AND e."articleId" = ${articleId}`;
  if (!row) return null;
  return pageOf(row.pinned, row.newer + 1);
}
