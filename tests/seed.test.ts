import path from "node:path";
import os from "node:os";
import { afterAll, expect, it } from "vitest";
import { seed, demoArticles, demoLiveBlogs } from "../prisma/seed";
import { testPrisma } from "./helpers/db";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

async function counts() {
  const [users, sections, tags, authors, articles, media, revisions, bylines, tagging, views, liveEntries, corrections] = await Promise.all([
    prisma.user.count(), prisma.section.count(), prisma.tag.count(), prisma.author.count(), prisma.article.count(),
    prisma.media.count(), prisma.revision.count(), prisma.articleAuthor.count(), prisma.articleTag.count(), prisma.articleViewDay.count(),
    prisma.liveEntry.count(), prisma.correction.count(),
  ]);
  return { users, sections, tags, authors, articles, media, revisions, bylines, tagging, views, liveEntries, corrections };
}

it("seeding again creates nothing twice", async () => {
  // The global setup has seeded once already.
  const before = await counts();
  await seed(prisma, { mediaDir: process.env.MEDIA_DIR ?? path.join(os.tmpdir(), "ledger-test-media") });
  expect(await counts()).toEqual(before);
});

it("the demo content is what the brief of a news site needs", async () => {
  expect(await prisma.section.count()).toBeGreaterThanOrEqual(8);
  expect(await prisma.author.count({ where: { bio: { not: "" } } })).toBeGreaterThanOrEqual(10);
  expect(await prisma.tag.count()).toBeGreaterThanOrEqual(30);
  const seeded = await prisma.article.findMany({
    where: { slug: { in: demoArticles.map((a) => a.slug) } },
    select: { status: true, wordCount: true, breaking: true, featured: true, publishedAt: true, body: true, heroImageId: true },
  });
  expect(seeded).toHaveLength(demoArticles.length);
  expect(seeded.length).toBeGreaterThanOrEqual(60);
  expect(seeded.every((a) => a.status === "PUBLISHED")).toBe(true);
  expect(seeded.filter((a) => a.wordCount >= 600).length).toBeGreaterThanOrEqual(10);
  expect(seeded.filter((a) => a.breaking).length).toBeGreaterThanOrEqual(2);
  expect(seeded.filter((a) => a.featured).length).toBeGreaterThanOrEqual(3);
  expect(seeded.filter((a) => a.heroImageId).length).toBeGreaterThan(seeded.length / 2);
  const days = new Set(seeded.map((a) => a.publishedAt!.toISOString().slice(0, 10)));
  expect(days.size).toBeGreaterThan(14);
  const types = new Set(JSON.stringify(seeded.map((a) => a.body)).match(/"type":"(\w+)"/g));
  for (const type of ["heading", "blockquote", "bulletList", "orderedList", "link"]) expect(types).toContain(`"type":"${type}"`);
});

it("the demo live blogs: one whose coverage ended, with 40 entries or more, and one still live with about a dozen", async () => {
  const blogs = await prisma.article.findMany({
    where: { slug: { in: demoLiveBlogs.map((b) => b.slug) } },
    select: { kind: true, status: true, liveEndedAt: true, contentUpdatedAt: true, _count: { select: { liveEntries: true } }, liveEntries: { select: { keyEvent: true, postedAt: true, bodyText: true } } },
  });
  expect(blogs.every((b) => b.kind === "LIVE_BLOG" && b.status === "PUBLISHED")).toBe(true);
  const ended = blogs.filter((b) => b.liveEndedAt);
  const live = blogs.filter((b) => !b.liveEndedAt);
  expect(ended.map((b) => b._count.liveEntries)).toEqual([expect.any(Number)]);
  expect(ended[0]!._count.liveEntries).toBeGreaterThanOrEqual(40);
  expect(live).toHaveLength(1);
  expect(live[0]!._count.liveEntries).toBeGreaterThanOrEqual(10);
  for (const blog of blogs) {
    expect(blog.liveEntries.filter((e) => e.keyEvent).length).toBeGreaterThanOrEqual(3);
    expect(blog.liveEntries.every((e) => e.bodyText.length > 20)).toBe(true);
    // The blog's last change is its newest entry.
    expect(blog.contentUpdatedAt).toEqual(new Date(Math.max(...blog.liveEntries.map((e) => e.postedAt.getTime()))));
  }
});

it("the demo shows corrections and an update note as the newsroom makes them: dated, signed and in the story's revisions", async () => {
  const corrected = demoArticles.filter((a) => a.corrections?.length);
  expect(corrected.length).toBeGreaterThanOrEqual(2);
  for (const demo of corrected) {
    const story = await prisma.article.findUniqueOrThrow({
      where: { slug: demo.slug },
      select: { publishedAt: true, correctedAt: true, corrections: { select: { text: true, madeAt: true, createdById: true, withdrawnAt: true } }, revisions: { where: { kind: "correction" }, select: { userId: true, createdAt: true } } },
    });
    expect(story.corrections.map((c) => c.text)).toEqual(demo.corrections!.map((c) => c.text));
    for (const correction of story.corrections) {
      expect(correction.madeAt.getTime()).toBeGreaterThan(story.publishedAt!.getTime());
      expect(correction.madeAt.getTime()).toBeLessThan(Date.now());
      expect(correction.createdById).toEqual(expect.any(String));
      expect(correction.withdrawnAt).toBeNull();
    }
    expect(story.revisions.map((r) => r.createdAt)).toEqual(story.corrections.map((c) => c.madeAt));
    // Its dateModified and sitemap lastmod follow the latest correction.
    expect(story.correctedAt).toEqual(new Date(Math.max(...story.corrections.map((c) => c.madeAt.getTime()))));
  }
  const updated = demoArticles.find((a) => a.update)!;
  const story = await prisma.article.findUniqueOrThrow({ where: { slug: updated.slug }, select: { publishedAt: true, contentUpdatedAt: true, updateNote: true, version: true, revisions: { where: { kind: "update" }, select: { version: true } } } });
  expect(story.updateNote).toBe(updated.update!.note);
  expect(story.contentUpdatedAt!.getTime() - story.publishedAt!.getTime()).toBe(updated.update!.hoursAfter * 3_600_000);
  expect(story.revisions).toEqual([{ version: story.version }]);
});

it("the admin account can sign in with the documented password", async () => {
  const { verifyPassword } = await import("better-auth/crypto");
  const account = await prisma.account.findFirstOrThrow({ where: { user: { email: "admin@example.com" }, providerId: "credential" }, include: { user: true } });
  expect(account.user.role).toBe("admin");
  expect(await verifyPassword({ hash: account.password!, password: process.env.ADMIN_PASSWORD ?? "change-me-now-2026" })).toBe(true);
});
