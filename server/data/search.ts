import "server-only";
// Full-text search over published articles and the entries of published live blogs: PostgreSQL's
// weighted tsvector (headline > standfirst > body; an entry's title > its text), ranked, with
// highlighted snippets. A live blog is one result however many of its entries match, shown at
// its best match: an entry's snippet and a link to that entry.
//
// A common word matches thousands of stories, and ranking or counting all of
// them costs far more than the page shown (on 100,000 synthetic stories, 200 ms and more
// against 20 ms). So relevance is ranked among the newest RANKED_MATCHES matches,
// which for news is what a reader wants anyway, and the count stops at
// COUNT_CAP ("more than 1,000 stories match").
//
// Relevance is blended with age: a news reader who types "council" wants today's council
// story before a better-matching one from last month. A story's text rank is divided by
// 1 + its age in weeks, so a week halves it and a month divides it by five; readers who want
// the strict order choose "newest first", and can keep to the past day, week, month or year.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { frameSnippet, MARK_END, MARK_START, normaliseSearchQuery, requiredPhrases, SNIPPET_GAP } from "@/lib/search-query";
import { livePaths } from "@/lib/live-blog/paths";
import { cardSelect, toCard, type ArticleCard } from "./shapes";

export const SEARCH_PAGE_SIZE = 10;
export const RANKED_MATCHES = 1000;
export const COUNT_CAP = 1000;

export const SEARCH_ORDERS = ["relevance", "newest"] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];
/** How far back a search may reach, as a reader picks it. */
export const SEARCH_PERIODS = { day: "1 day", week: "7 days", month: "1 month", year: "1 year" } as const;
export type SearchPeriod = keyof typeof SEARCH_PERIODS;

/** The live-blog entry a hit was found in: its permalink, title and time (the snippet is from its text). */
export type SearchHitEntry = { id: string; url: string; title: string; postedAt: Date };
export type SearchHit = ArticleCard & { snippet: string; entry: SearchHitEntry | null };
/** `total` stops at COUNT_CAP; `moreThanTotal` says it was capped. */
export type SearchResults = {
  query: string;
  section: string | null;
  order: SearchOrder;
  within: SearchPeriod | null;
  page: number;
  total: number;
  moreThanTotal: boolean;
  pageCount: number;
  hits: SearchHit[];
};

export function searchOrder(value: unknown): SearchOrder {
  return value === "newest" ? "newest" : "relevance";
}

export function searchPeriod(value: unknown): SearchPeriod | null {
  return typeof value === "string" && Object.hasOwn(SEARCH_PERIODS, value) ? (value as SearchPeriod) : null;
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${SNIPPET_GAP}"`;
/** An entry's title, whole, with the reader's words marked. */
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
/** How much of the body's start and end comes back with a snippet, to tell whether it starts or ends there. */
const SNIPPET_EDGE = 400;

export async function searchArticles(input: { q: unknown; section?: string | null; page?: number; order?: unknown; within?: unknown }): Promise<SearchResults> {
  const query = normaliseSearchQuery(input.q);
  const section = input.section && /^[a-z0-9-]{1,120}$/.test(input.section) ? input.section : null;
  const order = searchOrder(input.order);
  const within = searchPeriod(input.within);
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), 1000);
  const empty = { query, section, order, within, page, total: 0, moreThanTotal: false, pageCount: 0, hits: [] };
  if (!query) return empty;

  const phraseFilter = wordPairFilter(query);
  const entryPhraseFilter = wordPairFilter(query, Prisma.sql`e."searchPairs"`);
  const sectionFilter = section
    ? Prisma.sql`AND a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${section})`
    : Prisma.empty;
  const periodFilter = within ? Prisma.sql`AND a."publishedAt" >= now() - ${SEARCH_PERIODS[within]}::interval` : Prisma.empty;
  // Entries of published live blogs only (of the section asked for), decided before the newest are taken, so
  // entries of drafts never take places in that window. The blogs' ids are read once, as an array: there are
  // few, and the entries are still walked by their date index.
  const blogSection = section ? Prisma.sql`AND "sectionId" = (SELECT id FROM "Section" WHERE slug = ${section})` : Prisma.empty;
  const entryBlogFilter = Prisma.sql`AND e."articleId" = ANY(ARRAY(SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND kind = 'LIVE_BLOG' ${blogSection}))`;
  const entryPeriodFilter = within ? Prisma.sql`AND e."postedAt" >= now() - ${SEARCH_PERIODS[within]}::interval` : Prisma.empty;
  // Text rank over 1 + age in weeks (see the top of this file), the age of an entry counted from its own time;
  // "newest" is the matches' own order.
  const ranking =
    order === "newest"
      ? Prisma.sql`0`
      : Prisma.sql`ts_rank(m.search, websearch_to_tsquery('english', ${query})) / (1 + greatest(extract(epoch FROM now() - m.at), 0) / 604800.0)`;
  const limit = Math.max(RANKED_MATCHES, COUNT_CAP) + 1;
  // One pass: the newest matching stories and the newest matching live-blog entries (each one more than the
  // count cap, to know there are more), each story or blog once at its best match, counted, ranked and paged;
  // snippets (ts_headline, the costly part) for the page shown only. An exact phrase of common words has to be
  // checked story by story, so walking the matches once rather than twice (a count, then the page) halves the
  // slowest searches. The query is written out in each clause rather than computed in a CTE so the planner
  // sees how common its words are: for a common word it walks the date index and stops at the limit (20 ms
  // on 100,000 stories instead of 230 ms through the full-text index).
  //
  // A live blog is found by its own text (headline, standfirst, key points) and by its entries' (title and
  // text), only while it is published; a hit in an entry points at that entry. The newest matching entries of
  // published blogs are taken as the newest stories are, with the blogs' ids as a list rather than a join:
  // very few blogs are live blogs, so the planner cannot tell how many entries a join with them keeps, and
  // read every matching entry to sort them (20 ms for a common word among 20,000 entries, against 3 ms
  // walking the date index). When that window is full, the count says "more than".
  const rows = await db.$queryRaw<SearchRow[]>`
    WITH stories AS (
      SELECT a.id, NULL::text AS entry, a."publishedAt" AS at, a.search
        FROM "Article" a
       WHERE a.status = 'PUBLISHED' AND a.search @@ websearch_to_tsquery('english', ${query}) ${phraseFilter} ${sectionFilter} ${periodFilter}
       ORDER BY a."publishedAt" DESC, a.id
       LIMIT ${limit}
    ),
    entries AS (
      SELECT e."articleId" AS id, e.id AS entry, e."postedAt" AS at, e.search
        FROM "LiveEntry" e
       WHERE e.search @@ websearch_to_tsquery('english', ${query}) ${entryPhraseFilter} ${entryBlogFilter} ${entryPeriodFilter}
       ORDER BY e."postedAt" DESC, e.id
       LIMIT ${limit}
    ),
    best AS (
      SELECT DISTINCT ON (m.id) m.id, m.entry, m.at, ${ranking} AS rank
        FROM (SELECT * FROM stories UNION ALL SELECT * FROM entries) m
       ORDER BY m.id, rank DESC, m.at DESC, m.entry NULLS FIRST
    ),
    counted AS (SELECT count(*)::int AS total, (SELECT count(*) FROM entries) = ${limit} AS "entriesCapped" FROM best),
    hits AS (
      SELECT * FROM (SELECT * FROM best ORDER BY at DESC, id LIMIT ${RANKED_MATCHES}) b
       ORDER BY rank DESC, at DESC, id
       LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    ),
    texts AS (
      SELECT hits.id, hits.entry, hits.at, hits.rank, e.title, coalesce(left(e."bodyText", 20000), left(a."bodyText", 20000)) AS text
        FROM hits
        JOIN "Article" a ON a.id = hits.id
        LEFT JOIN "LiveEntry" e ON e.id = hits.entry
    )
    SELECT counted.total, counted."entriesCapped", texts.id, texts.entry, texts.at,
           ts_headline('english', texts.text, websearch_to_tsquery('english', ${query}), ${HEADLINE_OPTIONS}) AS snippet,
           left(texts.text, ${SNIPPET_EDGE}) AS head, right(texts.text, ${SNIPPET_EDGE}) AS tail,
           CASE WHEN texts.title <> '' THEN ts_headline('english', texts.title, websearch_to_tsquery('english', ${query}), ${TITLE_OPTIONS}) END AS title
      FROM counted
      LEFT JOIN texts ON true
     ORDER BY texts.rank DESC, texts.at DESC, texts.id`;
  const counted = rows[0]?.total ?? 0;
  if (counted === 0) return empty;
  const total = Math.min(counted, COUNT_CAP);
  const found = rows.filter((row): row is FoundRow => row.id !== null);
  const cards = await db.article.findMany({ where: { id: { in: found.map((r) => r.id) } }, select: cardSelect });
  const hits = found.flatMap((row): SearchHit[] => {
    const card = cards.find((c) => c.id === row.id);
    if (!card) return [];
    const view = toCard(card);
    const entry = row.entry ? { id: row.entry, url: livePaths(view.url).entry(row.entry), title: row.title ?? "", postedAt: row.at } : null;
    return [{ ...view, snippet: frameSnippet(row.snippet, row.head, row.tail), entry }];
  });
  const moreThanTotal = counted > COUNT_CAP || rows[0]?.entriesCapped === true;
  return { query, section, order, within, page, total, moreThanTotal, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), hits };
}

type SearchRow = { total: number; entriesCapped: boolean; id: string | null; entry: string | null; at: Date; snippet: string; head: string; tail: string; title: string | null };
type FoundRow = SearchRow & { id: string };

/**
 * A condition every match of `query` meets: its stories (or entries, by `column`) hold each pair of words one or two apart in
 * the query's required phrases (see searchPairs in the migration). An exact phrase of common words
 * is then found through the pairs' index instead of checked story by story: on the benchmark's
 * 100,000 stories, "treaty court" went from 300 ms to 12 ms. The database computes the pairs with the
 * same parser as the column; a phrase without pairs (one word) adds nothing, as the planner folds
 * the empty case away.
 */
export function wordPairFilter(query: string, column: Prisma.Sql = Prisma.sql`a."searchPairs"`): Prisma.Sql {
  const phrases = requiredPhrases(query).slice(0, 8);
  if (!phrases.length) return Prisma.empty;
  const pairs = Prisma.join(phrases.map((phrase) => Prisma.sql`search_word_pairs(to_tsvector('english', ${phrase}))`), " || ");
  return Prisma.sql`AND (cardinality(${pairs}) = 0 OR ${column} @> (${pairs}))`;
}
