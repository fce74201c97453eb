import "server-only";
// Paginated lists of published articles for section, tag and author pages.
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { tags } from "@/server/cache-tags";
import { focalPointOf, type FocalPoint } from "@/lib/focal-point";
import { paths } from "@/lib/site";
import { MAX_PAGE, slugArgument, wholeNumber } from "./arguments";
import { cardSelect, published, toCard, type ArticleCard } from "./shapes";
import { PAGE_SIZE } from "./articles";
import { pinsBySlot, pinsSelect, type Stage } from "./fronts";

export type Listing<Subject> = {
  subject: Subject;
  articles: ArticleCard[];
  page: number;
  pageCount: number;
  total: number;
};

async function listPage(where: Prisma.ArticleWhereInput, page: number) {
  const [total, rows] = await Promise.all([
    db.article.count({ where: { ...published, ...where } }),
    db.article.findMany({
      where: { ...published, ...where },
      orderBy: { publishedAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), articles: rows.map(toCard) };
}

export type SectionSubject = { id: string; slug: string; name: string; description: string; url: string };

export async function getSectionListing(slug: string, page: number): Promise<Listing<SectionSubject> | null> {
  "use cache";
  slugArgument(slug, "slug");
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("hours");
  cacheTag(tags.section(slug), tags.sections);
  return readSectionListing(slug, page, "live");
}

/** Page 1 of a section with the draft of its top stories, for the signed-in preview: never cached. */
export function getSectionListingDraft(slug: string): Promise<Listing<SectionSubject> | null> {
  return readSectionListing(slug, 1, "draft");
}

/**
 * A section's stories, newest first, after the top stories its editors placed (still published and still in
 * the section): those open page 1, and the pages after it continue the same order without repeating them.
 * Uncached; the pages read it through getSectionListing (and the preview through getSectionListingDraft).
 */
export async function readSectionListing(slug: string, page: number, stage: Stage): Promise<Listing<SectionSubject> | null> {
  const section = await db.section.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true, arrangement: { select: pinsSelect(stage, { section: { slug } }) } },
  });
  if (!section) return null;
  const pinned = pinsBySlot(section.arrangement, stage).get("top") ?? [];
  const where = { ...published, sectionId: section.id };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where: { ...where, id: { notIn: pinned.map((row) => row.id) } },
      orderBy: { publishedAt: "desc" },
      skip: page === 1 ? 0 : (page - 1) * PAGE_SIZE - pinned.length,
      take: page === 1 ? PAGE_SIZE - pinned.length : PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return {
    subject: { id: section.id, slug: section.slug, name: section.name, description: section.description, url: paths.section(section.slug) },
    page,
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    articles: (page === 1 ? [...pinned, ...rows] : rows).map(toCard),
  };
}

export type TagSubject = { slug: string; name: string; description: string; url: string };

export async function getTagListing(slug: string, page: number): Promise<Listing<TagSubject> | null> {
  "use cache";
  slugArgument(slug, "slug");
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("hours");
  cacheTag(tags.tag(slug));
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  if (!tag) return null;
  const list = await listPage({ tags: { some: { tagId: tag.id } } }, page);
  // A topic is public once a story under it is: one named only on drafts is not shown (its name may be a secret).
  if (list.total === 0) return null;
  return { subject: { slug: tag.slug, name: tag.name, description: tag.description, url: paths.tag(tag.slug) }, page, ...list };
}

export type AuthorSubject = {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  url: string;
  photo: { src: string; width: number; height: number; alt: string; focal: FocalPoint | null } | null;
};

export async function getAuthorListing(slug: string, page: number): Promise<Listing<AuthorSubject> | null> {
  "use cache";
  slugArgument(slug, "slug");
  wholeNumber(page, 1, MAX_PAGE, "page");
  cacheLife("hours");
  cacheTag(tags.author(slug));
  const author = await db.author.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, jobTitle: true, bio: true, photo: { select: { fileName: true, width: true, height: true, alt: true, focalX: true, focalY: true } } },
  });
  if (!author) return null;
  const list = await listPage({ authors: { some: { authorId: author.id } } }, page);
  return {
    subject: {
      slug: author.slug,
      name: author.name,
      jobTitle: author.jobTitle,
      bio: author.bio,
      url: paths.author(author.slug),
      photo: author.photo
        ? { src: paths.media(author.photo.fileName), width: author.photo.width, height: author.photo.height, alt: author.photo.alt || author.name, focal: focalPointOf(author.photo) }
        : null,
    },
    page,
    ...list,
  };
}

/** Slugs of topics with published stories (at least one, so the route validates at build time). */
export async function listTagSlugs(): Promise<string[]> {
  const rows = await db.tag.findMany({ where: { articles: { some: { article: published } } }, select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.length ? rows.map((r) => r.slug) : ["news"];
}

export async function listAuthorSlugs(): Promise<string[]> {
  const rows = await db.author.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.length ? rows.map((r) => r.slug) : ["staff"];
}

export type ListingKind = "section" | "tag" | "author";

/**
 * Where a section, topic or author page lives now when `slug` was its address before a rename (or a topic merged
 * into another): the slug it has now, or null. Asked only for a slug no page has.
 */
export async function findListingRedirect(kind: ListingKind, slug: string): Promise<string | null> {
  "use cache";
  slugArgument(slug, "slug");
  cacheLife("days");
  cacheTag(tags.redirects);
  const row = await db.listingRedirect.findUnique({ where: { kind_fromSlug: { kind, fromSlug: slug } }, select: { toSlug: true } });
  return row?.toSlug ?? null;
}
