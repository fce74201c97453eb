import "server-only";
// View shapes for articles, and the Prisma selects that produce them.
import type { Prisma } from "@/generated/prisma/client";
import { excerpt } from "@/lib/rich-text/document";
import { focalPointOf, type FocalPoint } from "@/lib/focal-point";
import { paths } from "@/lib/site";

/** `focal`: where the subject is, for pictures cut to a fixed shape (lib/focal-point.ts). */
export type ImageView = { src: string; width: number; height: number; alt: string; caption: string; credit: string; focal: FocalPoint | null };
export type BylineView = { name: string; slug: string; jobTitle: string };
export type ArticleCard = {
  id: string;
  url: string;
  slug: string;
  headline: string;
  standfirst: string;
  excerpt: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: { slug: string; name: string };
  image: ImageView | null;
  authors: BylineView[];
  breaking: boolean;
  /** A live blog whose coverage has not ended: listings mark it LIVE. */
  live: boolean;
};

export const published = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;

export const cardSelect = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  bodyLead: true,
  publishedAt: true,
  contentUpdatedAt: true,
  breaking: true,
  kind: true,
  liveEndedAt: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  section: { select: { slug: true, name: true } },
  heroImage: { select: { fileName: true, width: true, height: true, alt: true, caption: true, credit: true, focalX: true, focalY: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true, jobTitle: true } } } },
} satisfies Prisma.ArticleSelect;

export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export function heroImage(row: Pick<CardRow, "heroImage" | "heroAlt" | "heroCaption" | "heroCredit">): ImageView | null {
  if (!row.heroImage) return null;
  return {
    src: paths.media(row.heroImage.fileName),
    width: row.heroImage.width,
    height: row.heroImage.height,
    alt: row.heroAlt ?? row.heroImage.alt,
    caption: row.heroCaption ?? row.heroImage.caption,
    credit: row.heroCredit ?? row.heroImage.credit,
    focal: focalPointOf(row.heroImage),
  };
}

export function toCard(row: CardRow): ArticleCard {
  const section = row.section ?? { slug: "news", name: "News" };
  return {
    id: row.id,
    url: paths.article(section.slug, row.slug),
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    // Excerpts come from the body's opening when the standfirst is empty.
    excerpt: row.standfirst || excerpt(row.bodyLead, 220),
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.contentUpdatedAt,
    section,
    image: heroImage(row),
    authors: row.authors.map((a) => a.author),
    breaking: row.breaking,
    live: row.kind === "LIVE_BLOG" && !row.liveEndedAt,
  };
}
