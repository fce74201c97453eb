// Scheduled publishing: due stories go live once, even when several server
// processes run the scheduler at the same moment, through the articles
// service, as the system rather than as anyone's account.
import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { canArticle, schedulerActor, type SystemActor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { publishDueArticles } from "@/server/scheduler";
import { publishScheduledArticles } from "@/server/services/articles";

const created: string[] = [];
afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

async function scheduled(minutesFromNow: number) {
  const section = await db.section.findUniqueOrThrow({ where: { slug: "climate" } });
  const row = await db.article.create({
    data: {
      slug: `sched-${randomUUID().slice(0, 8)}`, headline: "Scheduled story", body: { type: "doc", content: [] }, status: "SCHEDULED",
      scheduledAt: new Date(Date.now() + minutesFromNow * 60_000), sectionId: section.id,
    },
  });
  created.push(row.id);
  return row;
}

it("publishes what is due, at its scheduled time, and leaves the rest", async () => {
  const due = await scheduled(-2);
  const later = await scheduled(30);
  const tags = await publishDueArticles();
  const [a, b] = await Promise.all([db.article.findUniqueOrThrow({ where: { id: due.id } }), db.article.findUniqueOrThrow({ where: { id: later.id } })]);
  expect(a.status).toBe("PUBLISHED");
  expect(a.publishedAt).toEqual(due.scheduledAt);
  expect(a.firstPublishedAt).toEqual(due.scheduledAt);
  expect(b.status).toBe("SCHEDULED");
  expect(tags).toEqual(expect.arrayContaining([`article:${due.id}`, "home", "section:climate"]));
});

it("two schedulers running at once publish each story exactly once", async () => {
  const stories = await Promise.all([scheduled(-1), scheduled(-1), scheduled(-1)]);
  // Three runs on three pooled connections at once, as three server processes would.
  await Promise.all([publishDueArticles(), publishDueArticles(), publishDueArticles()]);
  for (const story of stories) {
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("PUBLISHED");
    expect(await db.revision.count({ where: { articleId: story.id, kind: "publish" } })).toBe(1);
  }
});

it("publishes as the system: the story's new version has a publish revision by no account, with what went live", async () => {
  const story = await scheduled(-1);
  await publishDueArticles();
  const article = await db.article.findUniqueOrThrow({ where: { id: story.id } });
  const revisions = await db.revision.findMany({ where: { articleId: story.id } });
  expect(article.version).toBe(story.version + 1);
  expect(revisions).toHaveLength(1);
  // No one signed in did this; the newsroom's revision list shows such a revision as "System".
  expect(revisions[0]).toMatchObject({ kind: "publish", version: article.version, userId: null });
  expect(revisions[0]!.snapshot).toMatchObject({ headline: "Scheduled story", slug: story.slug, scheduled: true });
});

it("the scheduler may only take scheduled stories live, and nothing but the scheduler runs the scheduled publish", async () => {
  const access = (status: string) => ({ createdById: null, status, bylineUserIds: [] });
  expect(canArticle(schedulerActor, "publish", access("SCHEDULED"))).toBe(true);
  expect(canArticle(schedulerActor, "publish", access("DRAFT"))).toBe(false);
  expect(canArticle(schedulerActor, "publish", access("IN_REVIEW"))).toBe(false);
  for (const action of ["create", "edit", "unpublish", "archive", "delete"] as const) expect(canArticle(schedulerActor, action, access("SCHEDULED"))).toBe(false);

  const story = await scheduled(-1);
  // An actor the policies do not know, as a caller outside the type system could pass.
  const impostor = { kind: "system", name: "importer" } as unknown as SystemActor;
  expect(await publishScheduledArticles(impostor)).toEqual({ ok: false, message: "Only the scheduler publishes scheduled stories." });
  expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("SCHEDULED");
  const result = await publishScheduledArticles(schedulerActor);
  expect(result.ok && result.published.map((p) => p.id)).toContain(story.id);
});
