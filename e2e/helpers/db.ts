// Database access from the browser tests, through the project's own client
// factory: tests create the rows they need and remove them afterwards.
import { randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma";
import { countWords, documentText, type RichDocument } from "@/lib/rich-text/document";
import type { ArticleStatus, Prisma } from "@/generated/prisma/client";

let client: PrismaClient | undefined;

export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return (client ??= createPrismaClient(url, 2));
}

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function paragraphs(...texts: string[]): RichDocument {
  return { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

export type TestArticle = { id: string; slug: string; headline: string; section: string; url: string };

/** Creates an article in a seeded section with the first seeded author. */
export async function createArticle(input: {
  headline: string;
  status: ArticleStatus;
  section?: string;
  body?: RichDocument;
  slug?: string;
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  standfirst?: string;
}): Promise<TestArticle> {
  const sectionSlug = input.section ?? "science";
  const section = await db().section.findUniqueOrThrow({ where: { slug: sectionSlug } });
  const author = await db().author.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const body = input.body ?? paragraphs(`${input.headline}. A test story written by the browser tests.`);
  const text = documentText(body);
  const slug = input.slug ?? uniqueSlug("e2e");
  const published = input.status === "PUBLISHED" ? (input.publishedAt ?? new Date()) : (input.publishedAt ?? null);
  const row = await db().article.create({
    data: {
      slug,
      headline: input.headline,
      standfirst: input.standfirst ?? "",
      body: body as unknown as Prisma.InputJsonObject,
      bodyText: text,
      wordCount: countWords(text),
      status: input.status,
      publishedAt: published,
      firstPublishedAt: published,
      scheduledAt: input.scheduledAt ?? null,
      sectionId: section.id,
      authors: { create: [{ authorId: author.id, position: 0 }] },
    },
  });
  return { id: row.id, slug, headline: input.headline, section: sectionSlug, url: `/${sectionSlug}/${slug}` };
}

export async function deleteArticles(ids: string[]): Promise<void> {
  if (ids.length) await db().article.deleteMany({ where: { id: { in: ids } } });
}

/** An editor account that can sign in with `password`. */
export async function createAccount(role: "admin" | "editor" | "author" | "contributor", password = "a-test-password-123") {
  const { hashPassword } = await import("better-auth/crypto");
  const id = randomUUID();
  const email = `e2e-${role}-${id.slice(0, 8)}@example.com`;
  await db().user.create({
    data: {
      id, name: `E2E ${role}`, email, emailVerified: true, role,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(password) } },
    },
  });
  return { id, email, password, name: `E2E ${role}` };
}

/**
 * A published live blog with `entries` entries a minute apart, the newest `newestMinutesAgo` minutes ago (titles
 * "Update 0" oldest … "Update n-1" newest), written straight to the database: create it before any page shows it.
 */
export async function createLiveBlog(input: { headline: string; entries: number; section?: string; ended?: boolean; keyEvents?: number[]; newestMinutesAgo?: number; keyPoints?: string[] }) {
  const body = paragraphs(...(input.keyPoints ?? ["What we know so far."]));
  const story = await createArticle({ headline: input.headline, status: "PUBLISHED", section: input.section ?? "news", publishedAt: new Date(Date.now() - (input.entries + 60) * 60_000), body });
  const author = await db().author.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const newest = Date.now() - (input.newestMinutesAgo ?? 5) * 60_000;
  const ids: string[] = [];
  for (let i = 0; i < input.entries; i++) {
    const body = paragraphs(`Entry number ${i} of the test live blog.`);
    const at = new Date(newest - (input.entries - 1 - i) * 60_000);
    const row = await db().liveEntry.create({
      data: {
        articleId: story.id, postedAt: at, createdAt: at, updatedAt: at, title: `Update ${i}`, body: body as unknown as Prisma.InputJsonObject,
        bodyText: documentText(body), keyEvent: input.keyEvents?.includes(i) ?? false, authors: { create: [{ authorId: author.id, position: 0 }] },
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  await db().article.update({ where: { id: story.id }, data: { kind: "LIVE_BLOG", liveEndedAt: input.ended ? new Date() : null, contentUpdatedAt: input.entries ? new Date(newest) : null } });
  return { ...story, entryIds: ids };
}
