// Scheduled publishing and unpublishing: due stories go live (or come down)
// once, even when several server processes run the scheduler at the same
// moment, through the articles service, as the system rather than as anyone's
// account.
import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { instantToWallTime } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { articleInput } from "@/lib/validation/article";
import { canArticle, schedulerActor, type SystemActor } from "@/server/auth/policies";
import { findGoneStory } from "@/server/data/gone";
import { db } from "@/server/db";
import { publishDueArticles, unpublishDueArticles } from "@/server/scheduler";
import { publishScheduledArticles, saveArticle, unpublishDueArticles as unpublishDue } from "@/server/services/articles";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

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

async function live(unpublishInMinutes: number | null) {
  const section = await db.section.findUniqueOrThrow({ where: { slug: "climate" } });
  const row = await db.article.create({
    data: {
      slug: `down-${randomUUID().slice(0, 8)}`, headline: "Story with an end date", body: { type: "doc", content: [] }, status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 3_600_000), firstPublishedAt: new Date(Date.now() - 3_600_000), sectionId: section.id,
      unpublishAt: unpublishInMinutes === null ? null : new Date(Date.now() + unpublishInMinutes * 60_000),
    },
  });
  created.push(row.id);
  return row;
}

it("takes a live story down once its unpublish time has passed, as the system, and expires every page that showed it", async () => {
  const due = await live(-1);
  const later = await live(30);
  const forever = await live(null);
  const tags = await unpublishDueArticles();
  const [a, b, c] = await Promise.all([due, later, forever].map((s) => db.article.findUniqueOrThrow({ where: { id: s.id } })));
  // Left as the editor's Unpublish button leaves a story: a draft, with nothing left to do on schedule.
  expect(a).toMatchObject({ status: "DRAFT", unpublishAt: null, version: due.version + 1 });
  expect(b!.status).toBe("PUBLISHED");
  expect(c!.status).toBe("PUBLISHED");
  const revisions = await db.revision.findMany({ where: { articleId: due.id } });
  expect(revisions).toEqual([expect.objectContaining({ kind: "unpublish", userId: null, version: a!.version })]);
  // The same pages a manual unpublish expires: the story's own, the front page, its section, feeds, sitemaps and the rails.
  expect(tags).toEqual(expect.arrayContaining([`article:${due.id}`, `slug:${due.slug}`, "home", "section:climate", "feeds", "sitemaps", "rails"]));
  // The audit log says the system took it down, and when it was due.
  const audit = await db.auditEvent.findMany({ where: { targetType: "article", targetId: due.id } });
  expect(audit).toEqual([expect.objectContaining({ action: "article.unpublish", actorKind: "system", actorName: "scheduler", targetLabel: "Story with an end date" })]);
  expect(audit[0]!.summary).toContain(due.unpublishAt!.toISOString());
  // Its address now answers 410 Gone rather than 404 (proxy.ts asks this).
  expect(await findGoneStory(due.slug)).toEqual({ id: due.id, slug: due.slug });
  expect(await findGoneStory(later.slug)).toBeNull();
  expect(await findGoneStory("never-a-story-here")).toBeNull();
});

it("the scheduler may take a story down only when it is live and its unpublish time has passed", async () => {
  const now = new Date();
  const access = (status: string, unpublishAt: Date | null) => ({ createdById: null, status, bylineUserIds: [], unpublishAt });
  expect(canArticle(schedulerActor, "unpublish", access("PUBLISHED", new Date(now.getTime() - 1000)), now)).toBe(true);
  expect(canArticle(schedulerActor, "unpublish", access("PUBLISHED", new Date(now.getTime() + 60_000)), now)).toBe(false);
  expect(canArticle(schedulerActor, "unpublish", access("PUBLISHED", null), now)).toBe(false);
  expect(canArticle(schedulerActor, "unpublish", access("SCHEDULED", new Date(now.getTime() - 1000)), now)).toBe(false);
  expect(canArticle(schedulerActor, "archive", access("PUBLISHED", new Date(now.getTime() - 1000)), now)).toBe(false);
  const impostor = { kind: "system", name: "importer" } as unknown as SystemActor;
  expect(await unpublishDue(impostor)).toEqual({ ok: false, message: "Only the scheduler takes stories down on schedule." });
});

it("an editor sets the unpublish time in the site's zone; a time already past is refused, and authors cannot set one", async () => {
  const accounts = await accountsInEveryRole("Unpublish");
  try {
    const section = await db.section.findUniqueOrThrow({ where: { slug: "climate" } });
    const form = (fields: Record<string, unknown>) =>
      articleInput.parse({
        headline: "Pop-up ferry to the islands for the holidays",
        slug: `ferry-${randomUUID().slice(0, 8)}`,
        body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Runs until the new year." }] }] }),
        sectionId: section.id,
        ...fields,
      });
    const at = new Date(Math.ceil((Date.now() + 7 * 24 * 3_600_000) / 60_000) * 60_000);
    const published = await saveArticle(accounts.editor, form({ intent: "publish", unpublishAt: instantToWallTime(at, site.timeZone) }));
    if (!published.ok) throw new Error(published.message);
    created.push(published.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: published.id } })).unpublishAt).toEqual(at);
    expect(await db.auditEvent.findFirst({ where: { targetId: published.id, action: "article.unpublish-at" } })).toMatchObject({ actorName: "Unpublish editor", summary: `comes down: never → ${at.toISOString()}` });

    const past = await saveArticle(accounts.editor, form({ id: published.id, version: published.version, slug: published.slug, intent: "save", unpublishAt: instantToWallTime(new Date(Date.now() - 3_600_000), site.timeZone) }));
    expect(past).toMatchObject({ ok: false, fieldErrors: { unpublishAt: ["Pick a time in the future, or unpublish now."] } });

    // Unpublishing by hand clears the time: nothing is left for the scheduler to do.
    const down = await saveArticle(accounts.editor, form({ id: published.id, version: published.version, slug: published.slug, intent: "unpublish", unpublishAt: instantToWallTime(at, site.timeZone) }));
    expect(down.ok).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: published.id } })).unpublishAt).toBeNull();

    const draft = await saveArticle(accounts.author, form({ intent: "save" }));
    if (!draft.ok) throw new Error(draft.message);
    created.push(draft.id);
    expect(canArticle(accounts.author, "unpublish", { createdById: accounts.author.id, status: "PUBLISHED", bylineUserIds: [] })).toBe(false);
  } finally {
    await removeAccounts(accounts);
  }
});
