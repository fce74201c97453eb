import "server-only";
// Reads of published articles for the reader site. The lookups are cached
// ('use cache') and tagged so that writes can invalidate exactly what they
// change (server/revalidate.ts); related stories are read with their page.
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { isValidSlug } from "@/lib/slug";
import { slugArgument, wholeNumber } from "./arguments";
import { findOldAddress } from "./old-addresses";
import { findRelated } from "./related";
import { cardSelect, heroImage, published, toCard, type ArticleCard, type BylineView, type ImageView } from "./shapes";

export const PAGE_SIZE = 20;
/** The longest list of cards beside a story. */
export const MAX_RAIL = 20;

export type ArticleView = Omit<ArticleCard, "authors" | "image"> & {
  body: unknown;
  wordCount: number;
  firstPublishedAt: Date;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: { slug: string; name: string }[];
  authors: (BylineView & { bio: string })[];
  image: ImageView | null;
  /** A live blog: when its coverage started (first publication) and ended; null for a story. */
  liveBlog: { startedAt: Date; endedAt: Date | null } | null;
  /** The public note of the last substantive update, shown with "Updated <time>". */
  updateNote: string | null;
  /** Corrections in force, oldest first (withdrawn ones are listed only on /corrections). */
  corrections: { id: string; text: string; madeAt: Date }[];
};

export type ArticleLookup =
  | { kind: "found"; article: ArticleView }
  | { kind: "redirect"; url: string }
  | { kind: "missing" };

/**
 * The published article at /<section>/<slug>. An old slug, or the right slug
 * under another section, resolves to a redirect; anything unpublished is missing.
 */
export const getArticle = cache(async (sectionSlug: string, slug: string): Promise<ArticleLookup> => {
  // Anything that is not a slug cannot name an article (and must not reach the database: NUL bytes), but it
  // may be an imported site's old address ("/2024/café-reopens").
  if (!isValidSlug(slug) || !isValidSlug(sectionSlug)) return oldAddress(`/${sectionSlug}/${slug}`);
  const article = await getPublishedArticleBySlug(slug);
  if (article) {
    return article.section.slug === sectionSlug ? { kind: "found", article } : { kind: "redirect", url: article.url };
  }
  const target = await getRedirectTarget(slug);
  return target ? { kind: "redirect", url: target } : oldAddress(`/${sectionSlug}/${slug}`);
});

async function oldAddress(path: string): Promise<ArticleLookup> {
  const target = await findOldAddress(path);
  return target ? { kind: "redirect", url: target } : { kind: "missing" };
}

const articleSelect = {
  ...cardSelect,
  body: true,
  wordCount: true,
  firstPublishedAt: true,
  seoTitle: true,
  seoDescription: true,
  updateNote: true,
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: { name: true, slug: true, jobTitle: true, bio: true } } },
  },
  corrections: { where: { withdrawnAt: null }, orderBy: { madeAt: "asc" }, select: { id: true, text: true, madeAt: true } },
} satisfies Prisma.ArticleSelect;

function toArticleView(row: Prisma.ArticleGetPayload<{ select: typeof articleSelect }>): ArticleView {
  const card = toCard(row);
  return {
    ...card,
    body: row.body,
    wordCount: row.wordCount,
    firstPublishedAt: row.firstPublishedAt ?? card.publishedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map((t) => t.tag),
    authors: row.authors.map((a) => a.author),
    image: heroImage(row),
    liveBlog: row.kind === "LIVE_BLOG" ? { startedAt: row.firstPublishedAt ?? card.publishedAt, endedAt: row.liveEndedAt } : null,
    updateNote: card.updatedAt ? row.updateNote : null,
    corrections: row.corrections,
  };
}

async function getPublishedArticleBySlug(slug: string): Promise<ArticleView | null> {
  "use cache";
  slugArgument(slug, "slug");
  cacheLife("days");
  const row = await db.article.findFirst({ where: { slug, ...published }, select: articleSelect });
  // Tag the miss too: publishing this slug later must replace the cached "not found".
  cacheTag(tags.slug(slug));
  if (!row) return null;
  cacheTag(tags.article(row.id));
  return toArticleView(row);
}

/** Any article, whatever its status, for the signed-in preview. Never cached. */
export async function getArticleForPreview(id: string): Promise<ArticleView | null> {
  const row = await db.article.findUnique({ where: { id }, select: { ...articleSelect, status: true, scheduledAt: true } });
  if (!row) return null;
  const view = toArticleView(row);
  // A scheduled story shows the time it goes live; a draft has none yet, so it shows as if published now.
  if (row.publishedAt) return view;
  return { ...view, publishedAt: row.status === "SCHEDULED" && row.scheduledAt ? row.scheduledAt : new Date() };
}

async function getRedirectTarget(slug: string): Promise<string | null> {
  "use cache";
  slugArgument(slug, "slug");
  cacheLife("days");
  cacheTag(tags.redirects);
  const redirect = await db.slugRedirect.findUnique({
    where: { fromSlug: slug },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  const article = redirect?.article;
  if (!article || article.status !== "PUBLISHED" || !article.section) return null;
  return `/${article.section.slug}/${article.slug}`;
}

/**
 * The newest published articles, leaving out `excludeId` (the story being read). The list is
 * cached once for every article page rather than once per story.
 */
export async function getLatest(limit: number, options: { excludeId?: string } = {}): Promise<ArticleCard[]> {
  const newest = await getNewest(options.excludeId ? limit + 1 : limit);
  return newest.filter((card) => card.id !== options.excludeId).slice(0, limit);
}

async function getNewest(limit: number): Promise<ArticleCard[]> {
  "use cache";
  wholeNumber(limit, 1, MAX_RAIL + 1, "limit");
  cacheLife("rails");
  cacheTag(tags.rails);
  const rows = await db.article.findMany({ where: published, orderBy: { publishedAt: "desc" }, take: limit, select: cardSelect });
  return rows.map(toCard);
}

/**
 * "Related stories" beside the article at `slug` (see findRelated). Keyed by slug, so the page can
 * start it beside the article itself. Not cached on its own: article pages show it (and the preview,
 * which is never cached), and a page is re-rendered exactly when its story changes (the slug's tag,
 * from the article) or its rails expire (`getNewest`), which is when this list must be looked up
 * again anyway. A cached copy cost every first render an encode and a decode of the list and sat
 * unused in memory.
 */
export function getRelated(slug: string, limit = 4): Promise<ArticleCard[]> {
  return findRelated(slug, limit);
}

/** Breaking stories from the last `hours` hours, newest first. */
export async function getBreaking(hours = 6): Promise<ArticleCard[]> {
  "use cache";
  wholeNumber(hours, 1, 48, "hours");
  cacheLife("minutes");
  cacheTag(tags.home);
  const since = new Date(Date.now() - hours * 3_600_000);
  const rows = await db.article.findMany({
    where: { ...published, breaking: true, publishedAt: { gte: since } },
    orderBy: { publishedAt: "desc" },
    take: 3,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** Section and slug of the newest stories, to build ahead of time. */
export async function listRecentArticleParams(limit: number): Promise<{ section: string; slug: string }[]> {
  const rows = await db.article.findMany({
    where: { ...published, section: { isNot: null } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { slug: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({ section: row.section!.slug, slug: row.slug }));
}
