// npm run db:seed [-- --articles N]
//
// Idempotent demo content: the admin account, sections, authors, tags and
// the demo articles with generated images. Running it again creates nothing
// twice and leaves edits made in the admin alone. With --articles N it also
// bulk-loads synthetic articles until N of them exist (for benchmarks).
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { Client } from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma";
import type { Prisma } from "@/generated/prisma/client";
import { countWords, documentText } from "@/lib/rich-text/document";
import { articlesA } from "./seed-data/articles-a";
import { articlesB } from "./seed-data/articles-b";
import { authors } from "./seed-data/authors";
import { generateHero, generatePortrait } from "./seed-data/images";
import { markdownToDocument } from "./seed-data/markdown";
import { sections, tags } from "./seed-data/taxonomy";
import { bulkLoadArticles } from "./seed-data/bulk";
import { liveBlogs } from "./seed-data/live-blogs";

export const demoArticles = [...articlesA, ...articlesB];
export { liveBlogs as demoLiveBlogs };

export const DEFAULT_ADMIN = { email: "admin@example.com", password: "change-me-now-2026", name: "Site Admin" };

export type SeedOptions = { mediaDir: string; now?: Date; log?: (line: string) => void };

export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});

  const adminEmail = (process.env.ADMIN_EMAIL ?? DEFAULT_ADMIN.email).toLowerCase();
  const existingAdmin = await prisma.user.findUnique({ where: { email: adminEmail } });
  // The demo's corrections and updates are the admin's.
  let adminId = existingAdmin?.id;
  if (!existingAdmin) {
    const userId = randomUUID();
    adminId = userId;
    await prisma.user.create({
      data: {
        id: userId,
        email: adminEmail,
        name: process.env.ADMIN_NAME ?? DEFAULT_ADMIN.name,
        emailVerified: true,
        role: "admin",
        accounts: {
          create: {
            id: randomUUID(),
            accountId: userId,
            providerId: "credential",
            password: await hashPassword(process.env.ADMIN_PASSWORD ?? DEFAULT_ADMIN.password),
          },
        },
      },
    });
    log(`created admin account ${adminEmail}`);
  }

  for (const [position, section] of sections.entries()) {
    await prisma.section.upsert({
      where: { slug: section.slug },
      create: { ...section, position },
      update: {},
    });
  }
  for (const tag of tags) {
    await prisma.tag.upsert({ where: { slug: tag.slug }, create: tag, update: {} });
  }
  for (const author of authors) {
    const exists = await prisma.author.findUnique({ where: { slug: author.slug }, select: { id: true } });
    if (exists) continue;
    const image = await generatePortrait(options.mediaDir, author.slug, author.name);
    const photo = await prisma.media.upsert({
      where: { fileName: image.fileName },
      create: { ...image, alt: `Portrait of ${author.name}`, credit: "Illustration: The Ledger", originalName: image.fileName },
      update: {},
    });
    await prisma.author.create({ data: { ...author, photoId: photo.id } });
  }
  log(`${sections.length} sections, ${tags.length} tags, ${authors.length} authors`);

  const sectionIds = new Map((await prisma.section.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const tagIds = new Map((await prisma.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const authorIds = new Map((await prisma.author.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const existing = new Set(
    (await prisma.article.findMany({ where: { slug: { in: demoArticles.map((a) => a.slug) } }, select: { slug: true } })).map(
      (a) => a.slug,
    ),
  );

  let created = 0;
  for (const [index, article] of demoArticles.entries()) {
    if (existing.has(article.slug)) continue;
    const body = markdownToDocument(article.body) as unknown as Prisma.InputJsonObject;
    const bodyText = documentText(markdownToDocument(article.body));
    const publishedAt = new Date(now.getTime() - article.hoursAgo * 3_600_000);
    const later = (hours: number) => {
      if (hours >= article.hoursAgo) throw new Error(`Demo article ${article.slug}: ${hours} hours after publication is in the future`);
      return new Date(publishedAt.getTime() + hours * 3_600_000);
    };
    // Every fifth story was updated a couple of hours after it went out; some say why.
    const updated = article.update ? later(article.update.hoursAfter) : index % 5 === 0 && article.hoursAgo > 3 ? later(2) : null;
    let heroImageId: string | undefined;
    if (article.heroCaption) {
      const image = await generateHero(options.mediaDir, article.slug, article.section);
      const media = await prisma.media.upsert({
        where: { fileName: image.fileName },
        create: {
          ...image,
          originalName: image.fileName,
          alt: article.heroAlt ?? article.heroCaption,
          caption: article.heroCaption,
          credit: "Illustration: The Ledger",
        },
        update: {},
      });
      heroImageId = media.id;
    }
    const sectionId = sectionIds.get(article.section);
    if (!sectionId) throw new Error(`Demo article ${article.slug} names unknown section ${article.section}`);
    await prisma.$transaction(async (tx) => {
      const row = await tx.article.create({
        data: {
          slug: article.slug,
          headline: article.headline,
          standfirst: article.standfirst,
          body,
          bodyText,
          wordCount: countWords(bodyText),
          status: "PUBLISHED",
          publishedAt,
          firstPublishedAt: publishedAt,
          contentUpdatedAt: updated,
          updateNote: article.update?.note ?? null,
          version: article.update ? 2 : 1,
          breaking: article.breaking ?? false,
          featured: article.featured ?? false,
          sectionId,
          heroImageId,
          createdAt: publishedAt,
          authors: {
            create: article.authors.map((slug, position) => ({ authorId: mustGet(authorIds, slug, "author"), position })),
          },
          tags: { create: article.tags.map((slug) => ({ tagId: mustGet(tagIds, slug, "tag") })) },
        },
        select: { id: true },
      });
      await tx.revision.create({
        data: {
          articleId: row.id,
          version: 1,
          kind: "publish",
          snapshot: { headline: article.headline, standfirst: article.standfirst, body, slug: article.slug },
          createdAt: publishedAt,
        },
      });
      if (article.update) {
        await tx.revision.create({
          data: {
            articleId: row.id,
            version: 2,
            kind: "update",
            userId: adminId,
            snapshot: { headline: article.headline, standfirst: article.standfirst, body, slug: article.slug, updateNote: article.update.note },
            createdAt: updated!,
          },
        });
      }
      // As the newsroom publishes them (server/services/corrections.ts): each a revision of the story too.
      for (const correction of article.corrections ?? []) {
        const madeAt = later(correction.hoursAfter);
        await tx.correction.create({ data: { articleId: row.id, text: correction.text, madeAt, createdById: adminId } });
        await tx.revision.create({
          data: { articleId: row.id, version: article.update ? 2 : 1, kind: "correction", userId: adminId, snapshot: { correction: correction.text }, createdAt: madeAt },
        });
        await tx.article.update({ where: { id: row.id }, data: { correctedAt: madeAt } });
      }
      // A week of plausible daily views so "Most popular" has something to rank.
      const views = [];
      for (let day = 0; day < 7; day++) {
        const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day));
        if (date.getTime() < publishedAt.getTime() - 86_400_000) break;
        views.push({ articleId: row.id, day: date, views: ((index * 37 + day * 11) % 90) * (article.featured ? 9 : 3) + 5 });
      }
      if (views.length) await tx.articleViewDay.createMany({ data: views, skipDuplicates: true });
    });
    created++;
  }
  log(`${created} demo article(s) created, ${demoArticles.length - created} already present`);

  const liveCreated = await seedLiveBlogs(prisma, { now, mediaDir: options.mediaDir, sectionIds, tagIds, authorIds });
  log(`${liveCreated} demo live blog(s) created, ${liveBlogs.length - liveCreated} already present`);
}

/** The demo live blogs: each a published story of kind LIVE_BLOG whose body is its key points, with its entries. */
async function seedLiveBlogs(
  prisma: PrismaClient,
  ctx: { now: Date; mediaDir: string; sectionIds: Map<string, string>; tagIds: Map<string, string>; authorIds: Map<string, string> },
): Promise<number> {
  const existing = new Set((await prisma.article.findMany({ where: { slug: { in: liveBlogs.map((b) => b.slug) } }, select: { slug: true } })).map((a) => a.slug));
  let created = 0;
  for (const blog of liveBlogs) {
    if (existing.has(blog.slug)) continue;
    const summary = markdownToDocument(blog.summary);
    const summaryText = documentText(summary);
    const publishedAt = new Date(ctx.now.getTime() - blog.hoursAgo * 3_600_000);
    const at = (minutes: number) => new Date(publishedAt.getTime() + minutes * 60_000);
    const newest = at(Math.max(...blog.entries.map((e) => e.minutesAfter)));
    let heroImageId: string | undefined;
    if (blog.heroCaption) {
      const image = await generateHero(ctx.mediaDir, blog.slug, blog.section);
      const media = await prisma.media.upsert({
        where: { fileName: image.fileName },
        create: { ...image, originalName: image.fileName, alt: blog.heroAlt ?? blog.heroCaption, caption: blog.heroCaption, credit: "Illustration: The Ledger" },
        update: {},
      });
      heroImageId = media.id;
    }
    await prisma.$transaction(async (tx) => {
      const row = await tx.article.create({
        data: {
          slug: blog.slug,
          kind: "LIVE_BLOG",
          headline: blog.headline,
          standfirst: blog.standfirst,
          body: summary as unknown as Prisma.InputJsonObject,
          bodyText: summaryText,
          wordCount: countWords(summaryText),
          status: "PUBLISHED",
          publishedAt,
          firstPublishedAt: publishedAt,
          // Each entry posted was the blog's latest change.
          contentUpdatedAt: newest,
          liveEndedAt: blog.endedHoursAgo === undefined ? null : new Date(ctx.now.getTime() - blog.endedHoursAgo * 3_600_000),
          sectionId: mustGet(ctx.sectionIds, blog.section, "section"),
          heroImageId,
          createdAt: publishedAt,
          authors: { create: blog.authors.map((slug, position) => ({ authorId: mustGet(ctx.authorIds, slug, "author"), position })) },
          tags: { create: blog.tags.map((slug) => ({ tagId: mustGet(ctx.tagIds, slug, "tag") })) },
        },
        select: { id: true },
      });
      await tx.revision.create({
        data: { articleId: row.id, version: 1, kind: "publish", snapshot: { headline: blog.headline, standfirst: blog.standfirst, body: summary as unknown as Prisma.InputJsonObject, slug: blog.slug, kind: "LIVE_BLOG" }, createdAt: publishedAt },
      });
      for (const entry of blog.entries) {
        const body = markdownToDocument(entry.body);
        const postedAt = at(entry.minutesAfter);
        await tx.liveEntry.create({
          data: {
            articleId: row.id,
            postedAt,
            createdAt: postedAt,
            updatedAt: postedAt,
            title: entry.title ?? "",
            body: body as unknown as Prisma.InputJsonObject,
            bodyText: documentText(body),
            pinned: entry.pinned ?? false,
            keyEvent: entry.keyEvent ?? false,
            authors: { create: (entry.authors ?? blog.authors.slice(0, 1)).map((slug, position) => ({ authorId: mustGet(ctx.authorIds, slug, "author"), position })) },
          },
          select: { id: true },
        });
      }
    });
    created++;
  }
  return created;
}

function mustGet(map: Map<string, string>, key: string, what: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Unknown ${what} "${key}" in the demo content`);
  return value;
}

async function main() {
  const { values } = parseArgs({ options: { articles: { type: "string" }, "if-empty": { type: "boolean" } } });
  const bulk = values.articles === undefined ? 0 : Number(values.articles);
  if (!Number.isInteger(bulk) || bulk < 0) {
    console.error("--articles takes a whole number, e.g. npm run db:seed -- --articles 100000");
    process.exit(2);
  }
  const { withDatabase, projectRoot } = await import("../scripts/lib/database");
  const { migrate } = await import("../scripts/migrate");
  await withDatabase(async (url, embedded) => {
    await migrate(url, () => {});
    const prisma = createPrismaClient(url, 1);
    try {
      if (values["if-empty"] && (await prisma.section.count()) > 0) return;
      const started = Date.now();
      await seed(prisma, { mediaDir: path.resolve(projectRoot, process.env.MEDIA_DIR ?? "storage/media"), log: console.log });
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s${embedded ? " (embedded database)" : ""}.`);
    } finally {
      await prisma.$disconnect();
    }
    if (bulk > 0) {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const started = Date.now();
        const inserted = await bulkLoadArticles(client, bulk);
        console.log(`Loaded ${inserted} synthetic article(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      } finally {
        await client.end();
      }
    }
  });
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
