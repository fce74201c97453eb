import "server-only";
// Data for RSS feeds and sitemaps.
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { oneOf, slugArgument, wholeNumber } from "./arguments";
import type { Prisma } from "@/generated/prisma/client";
import { paths } from "@/lib/site";
import { latest } from "@/lib/dates";
import { cardSelect, published, toCard, type ArticleCard } from "./shapes";

export const FEED_SIZE = 50;
export const SITEMAP_CHUNK = 5000;
/** As many as /sitemaps/articles-N.xml can name (N up to 99,999). */
export const MAX_SITEMAP_CHUNKS = 99_999;

/** The hero image as a feed's enclosure: RSS asks for the file's length in bytes. */
export type Enclosure = { src: string; length: number; type: string };
export type FeedItem = ArticleCard & { body: unknown; tags: string[]; enclosure: Enclosure | null };
export type Feed = { title: string; description: string; path: string; items: FeedItem[] } | null;

const feedSelect = {
  ...cardSelect,
  body: true,
  tags: { select: { tag: { select: { name: true } } } },
  heroImage: { select: { ...cardSelect.heroImage.select, byteSize: true, mimeType: true } },
} satisfies Prisma.ArticleSelect;

async function feedItems(where: Prisma.ArticleWhereInput): Promise<FeedItem[]> {
  const rows = await db.article.findMany({ where: { ...published, ...where }, orderBy: { publishedAt: "desc" }, take: FEED_SIZE, select: feedSelect });
  return rows.map((row) => ({
    ...toCard(row),
    body: row.body,
    tags: row.tags.map((t) => t.tag.name),
    enclosure: row.heroImage ? { src: paths.media(row.heroImage.fileName), length: row.heroImage.byteSize, type: row.heroImage.mimeType } : null,
  }));
}

/** The whole site's feed (null), or one section's. */
export async function getFeed(sectionSlug: string | null): Promise<Feed> {
  "use cache";
  if (sectionSlug !== null) slugArgument(sectionSlug, "section");
  cacheLife("hours");
  cacheTag(tags.feeds, tags.sections);
  const section = sectionSlug
    ? await db.section.findUnique({ where: { slug: sectionSlug }, select: { id: true, name: true, description: true, slug: true } })
    : null;
  if (sectionSlug && !section) return null;
  return {
    title: section ? section.name : "Latest stories",
    description: section ? section.description : "The latest stories from Calder Bay and the world.",
    path: section ? paths.section(section.slug) : "/",
    items: await feedItems(section ? { sectionId: section.id } : {}),
  };
}

/** A topic's feed; null where its page answers 404 (no published story under it yet). */
export async function getTagFeed(slug: string): Promise<Feed> {
  "use cache";
  slugArgument(slug, "slug");
  cacheLife("hours");
  cacheTag(tags.feeds, tags.tag(slug));
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
  if (!tag) return null;
  const items = await feedItems({ tags: { some: { tagId: tag.id } } });
  if (!items.length) return null;
  return { title: tag.name, description: tag.description || `Stories about ${tag.name.toLowerCase()}.`, path: paths.tag(slug), items };
}

/** An author's feed: their newest stories. */
export async function getAuthorFeed(slug: string): Promise<Feed> {
  "use cache";
  slugArgument(slug, "slug");
  cacheLife("hours");
  cacheTag(tags.feeds, tags.author(slug));
  const author = await db.author.findUnique({ where: { slug }, select: { id: true, name: true, jobTitle: true } });
  if (!author) return null;
  return {
    title: `Stories by ${author.name}`,
    description: author.jobTitle ? `${author.name}, ${author.jobTitle}.` : `Stories by ${author.name}.`,
    path: paths.author(slug),
    items: await feedItems({ authors: { some: { authorId: author.id } } }),
  };
}

export type SitemapEntry = { path: string; lastModified: Date };

/** Article sitemap chunks: how many, and each chunk's newest change (counted as the chunks list them). */
export async function getArticleSitemapIndex(): Promise<{ chunk: number; lastModified: Date }[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.sitemaps);
  const rows = await db.$queryRaw<{ chunk: number; last: Date }[]>`
    SELECT ((row_number() OVER (ORDER BY "publishedAt", id) - 1) / ${SITEMAP_CHUNK})::int AS chunk,
           greatest("publishedAt", "contentUpdatedAt", "correctedAt") AS last
      FROM "Article" WHERE status = 'PUBLISHED' AND "sectionId" IS NOT NULL`;
  const chunks = new Map<number, Date>();
  for (const row of rows) {
    const seen = chunks.get(row.chunk);
    if (!seen || row.last > seen) chunks.set(row.chunk, row.last);
  }
  return [...chunks].map(([chunk, lastModified]) => ({ chunk, lastModified }));
}

export async function getArticleSitemapChunk(chunk: number): Promise<SitemapEntry[]> {
  "use cache";
  wholeNumber(chunk, 0, MAX_SITEMAP_CHUNKS - 1, "chunk");
  cacheLife("hours");
  cacheTag(tags.sitemaps);
  const rows = await db.article.findMany({
    where: { ...published, section: { isNot: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip: chunk * SITEMAP_CHUNK,
    take: SITEMAP_CHUNK,
    select: { slug: true, publishedAt: true, contentUpdatedAt: true, correctedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({
    path: `/${row.section!.slug}/${row.slug}`,
    // A correction changes the page too: crawlers should fetch it again.
    lastModified: latest(row.publishedAt, row.contentUpdatedAt, row.correctedAt),
  }));
}

/** Sections, tags and authors that have published stories, with their newest story's time. */
export async function getTaxonomySitemap(kind: "sections" | "tags" | "authors"): Promise<SitemapEntry[]> {
  "use cache";
  oneOf(kind, ["sections", "tags", "authors"], "kind");
  cacheLife("hours");
  cacheTag(tags.sitemaps, tags.sections);
  if (kind === "sections") {
    const rows = await db.$queryRaw<{ slug: string; last: Date }[]>`
      SELECT s.slug, max(a."publishedAt") AS last FROM "Section" s JOIN "Article" a ON a."sectionId" = s.id AND a.status = 'PUBLISHED'
       GROUP BY s.slug, s.position ORDER BY s.position`;
    return rows.map((r) => ({ path: `/${r.slug}`, lastModified: r.last }));
  }
  if (kind === "tags") {
    const rows = await db.$queryRaw<{ slug: string; last: Date }[]>`
      SELECT t.slug, max(a."publishedAt") AS last FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id
        JOIN "Article" a ON a.id = at."articleId" AND a.status = 'PUBLISHED' GROUP BY t.slug ORDER BY t.slug`;
    return rows.map((r) => ({ path: `/tag/${r.slug}`, lastModified: r.last }));
  }
  const rows = await db.$queryRaw<{ slug: string; last: Date }[]>`
    SELECT au.slug, max(a."publishedAt") AS last FROM "Author" au JOIN "ArticleAuthor" aa ON aa."authorId" = au.id
      JOIN "Article" a ON a.id = aa."articleId" AND a.status = 'PUBLISHED' GROUP BY au.slug ORDER BY au.slug`;
  return rows.map((r) => ({ path: `/author/${r.slug}`, lastModified: r.last }));
}

export type NewsSitemapEntry = { path: string; headline: string; publishedAt: Date; lastModified: Date; keywords: string[] };

/**
 * Stories published, or substantively updated, in the last 48 hours, for Google News: the most recently
 * changed first, each with its last substantive change as `lastmod` (a minor fix moves nothing).
 */
export async function getNewsSitemap(): Promise<NewsSitemapEntry[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.sitemaps);
  const since = new Date(Date.now() - 48 * 3_600_000);
  const rows = await db.article.findMany({
    where: { ...published, OR: [{ publishedAt: { gte: since } }, { contentUpdatedAt: { gte: since } }], section: { isNot: null } },
    orderBy: { publishedAt: "desc" },
    take: 1000,
    select: {
      slug: true,
      headline: true,
      publishedAt: true,
      contentUpdatedAt: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  return rows
    .map((row) => ({
      path: `/${row.section!.slug}/${row.slug}`,
      headline: row.headline,
      publishedAt: row.publishedAt!,
      lastModified: latest(row.publishedAt, row.contentUpdatedAt),
      keywords: row.tags.map((t) => t.tag.name),
    }))
    .sort((a, b) => b.lastModified.getTime() - a.lastModified.getTime());
}
