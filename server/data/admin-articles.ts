import "server-only";
// Reads for the admin: never cached, always scoped by the actor's role.
import type { ArticleStatus, Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { isRecordId } from "./arguments";
import { articleAccess, seesAllArticles, type Actor } from "@/server/auth/policies";
import { instantToWallTime } from "@/lib/dates-zone";
import { storable } from "@/lib/validation/article";
import { paths, site } from "@/lib/site";

export const ADMIN_PAGE_SIZE = 25;
export const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

export type AdminListQuery = { status?: ArticleStatus; sectionId?: string; q?: string; sort: "updated" | "published"; page: number };

/** The stories an actor may see in the newsroom: all of them for editors and admins, else their own. */
export function articleScope(actor: Actor): Prisma.ArticleWhereInput {
  return seesAllArticles(actor) ? {} : { OR: [{ createdById: actor.id }, { authors: { some: { author: { userId: actor.id } } } }] };
}

export async function listAdminArticles(actor: Actor, query: AdminListQuery) {
  // From the address: a NUL in the words is dropped (it would fail the query), and an id that is no id names no
  // section, so nothing is listed for it.
  const q = query.q ? storable(query.q) : "";
  const sectionId = query.sectionId === undefined ? undefined : isRecordId(query.sectionId) ? query.sectionId : "";
  const where: Prisma.ArticleWhereInput = {
    AND: [
      articleScope(actor),
      query.status ? { status: query.status } : {},
      sectionId !== undefined ? { sectionId } : {},
      q ? { OR: [{ headline: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] } : {},
    ],
  };
  const [rows, total, counts] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: query.sort === "published" ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }] : [{ updatedAt: "desc" }],
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true, slug: true, headline: true, status: true, updatedAt: true, publishedAt: true, scheduledAt: true, kind: true,
        section: { select: { slug: true, name: true } },
        updatedBy: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
    db.article.count({ where }),
    db.article.groupBy({ by: ["status"], where: articleScope(actor), _count: { _all: true } }),
  ]);
  return {
    rows,
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    counts: Object.fromEntries(STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<ArticleStatus, number>,
  };
}

export async function getEditorOptions() {
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, userId: true } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  return { sections, authors, tags: tags.map((t) => t.name) };
}

/** Byline choices for the editor: the writer's own first, marked as theirs, then everyone else by name. */
export function bylineChoices(authors: { id: string; name: string }[], ownId: string): { id: string; name: string }[] {
  const own = authors.find((a) => a.id === ownId);
  const others = authors.filter((a) => a.id !== ownId).map(({ id, name }) => ({ id, name }));
  return own ? [{ id: own.id, name: `${own.name} (you)` }, ...others] : others;
}

/** Record ids are short alphanumerics; anything else (NUL bytes, huge strings) matches nothing. */
const isId = isRecordId;

export async function getArticleForEditing(id: string) {
  if (!isId(id)) return null;
  return db.article.findUnique({
    where: { id },
    select: {
      id: true, slug: true, headline: true, standfirst: true, body: true, status: true, version: true, breaking: true, featured: true,
      seoTitle: true, seoDescription: true, sectionId: true, heroImageId: true, heroAlt: true, heroCaption: true, heroCredit: true,
      scheduledAt: true, unpublishAt: true, publishedAt: true, createdById: true, updatedAt: true, kind: true,
      section: { select: { slug: true } },
      heroImage: { select: { id: true, fileName: true, alt: true, caption: true, credit: true } },
      updatedBy: { select: { name: true } },
      tags: { select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { authorId: true, author: { select: { userId: true } } } },
      corrections: { orderBy: { madeAt: "desc" }, select: { id: true, text: true, madeAt: true, withdrawnAt: true, createdBy: { select: { name: true } } } },
    },
  });
}
export type EditableArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEditing>>>;

/** What the role policies need to know about an article. */
export async function getArticleAccess(id: string) {
  if (!isId(id)) return null;
  const row = await db.article.findUnique({
    where: { id },
    select: { createdById: true, status: true, unpublishAt: true, authors: { select: { author: { select: { userId: true } } } } },
  });
  if (!row) return null;
  return articleAccess(row);
}

/** The editable fields of an article as the form would submit them. */
export async function getArticleFormValues(articleId: string): Promise<Record<string, unknown> | null> {
  if (!isId(articleId)) return null;
  const a = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true, version: true, headline: true, slug: true, standfirst: true, body: true, sectionId: true, breaking: true, featured: true,
      seoTitle: true, seoDescription: true, heroImageId: true, heroAlt: true, heroCaption: true, heroCredit: true, unpublishAt: true,
      tags: { select: { tag: { select: { name: true } } } }, authors: { orderBy: { position: "asc" }, select: { authorId: true } },
    },
  });
  if (!a) return null;
  return {
    ...a,
    unpublishAt: a.unpublishAt ? instantToWallTime(a.unpublishAt, site.timeZone) : null,
    body: a.body,
    tags: a.tags.map((t) => t.tag.name),
    authorIds: a.authors.map((x) => x.authorId),
  };
}


export type StoryLink = { headline: string; path: string };

const LINK_SUGGESTIONS = 8;

/** A published story, with what its canonical path is made of. */
const linkable = (now: Date): Prisma.ArticleWhereInput => ({ status: "PUBLISHED", publishedAt: { lte: now }, section: { isNot: null } });
const linkSelect = { headline: true, slug: true, section: { select: { slug: true } } } as const;
const toLink = (a: { headline: string; slug: string; section: { slug: string } | null }): StoryLink => ({ headline: a.headline, path: paths.article(a.section!.slug, a.slug) });

/**
 * Our published stories whose headline holds every word typed (newest first, a few): what the editor's link
 * dialog suggests. Signed-in newsroom accounts only; the words are bounded before they reach the query.
 */
export async function findStoriesToLink(actor: Actor | null, typed: string, now = new Date()): Promise<StoryLink[]> {
  if (!actor || typeof typed !== "string") return [];
  const words = storable(typed.slice(0, 200)).split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return [];
  const rows = await db.article.findMany({
    where: { AND: [linkable(now), ...words.map((word) => ({ headline: { contains: word, mode: "insensitive" as const } }))] },
    orderBy: { publishedAt: "desc" },
    take: LINK_SUGGESTIONS,
    select: linkSelect,
  });
  return rows.map(toLink);
}

/** The published story at a site path ("/news/harbour-lights"), or null: a link to nothing is flagged before it is inserted. */
export async function findStoryAtPath(actor: Actor | null, path: string, now = new Date()): Promise<StoryLink | null> {
  if (!actor || typeof path !== "string" || path.length > 300) return null;
  const match = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(path);
  if (!match) return null;
  const row = await db.article.findFirst({ where: { ...linkable(now), slug: match[2], section: { slug: match[1] } }, select: linkSelect });
  return row ? toLink(row) : null;
}

/** The section of the story this writer started last: a new story starts in it. */
export async function lastSectionOf(actor: Actor): Promise<string> {
  const last = await db.article.findFirst({ where: { createdById: actor.id, sectionId: { not: null } }, orderBy: { createdAt: "desc" }, select: { sectionId: true } });
  return last?.sectionId ?? "";
}
