// Honest update times: an edit to a live story is a minor fix (the default) or a substantive update, and only
// the second moves what readers and search engines are told (the "Updated" time, dateModified, the news
// sitemap). Against the real database; the cached reads run here without Next's cache around them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleInput } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { restoreRevision, saveArticle, type SaveResult } from "@/server/services/articles";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));
const { getNewsSitemap } = await import("@/server/data/feeds");

let actors = {} as Record<Role, Actor>;
let sectionId = "";
const created: string[] = [];

const body = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function ok(result: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result;
}

/** A story published `hoursAgo` hours before now (moved back in the database: the service publishes "now"). */
async function liveStory(hoursAgo = 0) {
  const slug = `upd-${randomUUID().slice(0, 8)}`;
  const saved = ok(await saveArticle(actors.editor, articleInput.parse({ headline: "Harbour board votes on the lights", slug, sectionId, body: body("The board met."), intent: "publish" })));
  created.push(saved.id);
  if (hoursAgo) {
    const at = new Date(Date.now() - hoursAgo * 3_600_000);
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: at, firstPublishedAt: at } });
  }
  return { ...saved, slug };
}

function edit(story: { id: string; slug: string }, version: number, fields: Record<string, unknown>) {
  return articleInput.parse({ id: story.id, version, slug: story.slug, headline: "Harbour board votes on the lights", sectionId, body: body("The board met on Tuesday."), ...fields });
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Updates");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("saving a live story", () => {
  it("is a minor fix by default: no Updated time, no note, dateModified and the news sitemap stay; the revision and the audit say so", async () => {
    const story = await liveStory();
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    const fixed = ok(await saveArticle(actors.editor, edit(story, story.version, {})));
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.contentUpdatedAt).toBeNull();
    expect(row.updateNote).toBeNull();
    expect(row.bodyText).toBe("The board met on Tuesday.");
    expect(row.publishedAt).toEqual(before.publishedAt);
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: story.id, version: fixed.version } });
    expect(revision.kind).toBe("minor-fix");
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: story.id, action: "article.update-live" } })).summary).toBe("minor fix");
    const entry = (await getNewsSitemap()).find((e) => e.path.endsWith(`/${story.slug}`));
    expect(entry?.lastModified).toEqual(before.publishedAt);
  });

  it("a substantive update moves the Updated time and dateModified, keeps its public note, and moves the story to the top of the news sitemap", async () => {
    const story = await liveStory(30);
    const newer = await liveStory(1);
    const note = "This story was updated to include the harbour master's response.";
    const at = new Date();
    const updated = ok(await saveArticle(actors.admin, edit(story, story.version, { update: "substantive", updateNote: `  ${note} ` }), at));
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.contentUpdatedAt).toEqual(at);
    expect(row.updateNote).toBe(note);
    expect((await db.revision.findFirstOrThrow({ where: { articleId: story.id, version: updated.version } })).kind).toBe("update");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: story.id, action: "article.update-live" } });
    expect(audit.summary).toBe(`substantive update: “${note}”`);
    expect(audit.actorId).toBe(actors.admin.id);

    const sitemap = await getNewsSitemap();
    const mine = sitemap.findIndex((e) => e.path.endsWith(`/${story.slug}`));
    const other = sitemap.findIndex((e) => e.path.endsWith(`/${newer.slug}`));
    expect(sitemap[mine]?.lastModified).toEqual(at);
    expect(sitemap[mine]?.publishedAt).toEqual(row.publishedAt);
    expect(mine).toBeLessThan(other);

    // A minor fix afterwards keeps the update's time and note: it is not news.
    ok(await saveArticle(actors.editor, edit(story, updated.version, { body: body("The board met on Tuesday evening.") })));
    const after = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.contentUpdatedAt).toEqual(at);
    expect(after.updateNote).toBe(note);
  });

  it("a substantive update without a note shows the time alone; the next one replaces the note, and both stay in the revisions", async () => {
    const story = await liveStory();
    const first = ok(await saveArticle(actors.editor, edit(story, story.version, { update: "substantive", updateNote: "Adds the vote count." })));
    const second = ok(await saveArticle(actors.editor, edit(story, first.version, { update: "substantive" })));
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.updateNote).toBeNull();
    const snapshots = await db.revision.findMany({ where: { articleId: story.id, kind: "update" }, orderBy: { version: "asc" }, select: { version: true, snapshot: true } });
    expect(snapshots.map((r) => [r.version, (r.snapshot as { updateNote?: string | null }).updateNote ?? null])).toEqual([
      [first.version, "Adds the vote count."],
      [second.version, null],
    ]);
  });

  it("a note without a substantive update is refused on its field, and nothing is saved", async () => {
    const story = await liveStory();
    const refused = await saveArticle(actors.editor, edit(story, story.version, { updateNote: "Adds the vote count." }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.fieldErrors?.updateNote?.[0]).toMatch(/Substantive update/);
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).version).toBe(story.version);
    // On a draft, there is no update to note.
    const draft = ok(await saveArticle(actors.editor, articleInput.parse({ headline: "A draft", slug: `upd-${randomUUID().slice(0, 8)}`, sectionId, body: body("Words.") })));
    created.push(draft.id);
    const onDraft = await saveArticle(actors.editor, articleInput.parse({ id: draft.id, version: draft.version, headline: "A draft", slug: draft.slug, body: body("Words."), update: "substantive", updateNote: "Adds words." }));
    expect(!onDraft.ok && onDraft.fieldErrors?.updateNote?.[0]).toMatch(/live story/);
    expect(articleInput.safeParse({ headline: "x", body: "", update: "major" }).success).toBe(false);
    expect(articleInput.safeParse({ headline: "x", body: "", updateNote: "x".repeat(281) }).success).toBe(false);
  });

  it("publishing and republishing are not updates; a restore over a live story is a minor fix", async () => {
    const story = await liveStory();
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).contentUpdatedAt).toBeNull();
    const updated = ok(await saveArticle(actors.editor, edit(story, story.version, { update: "substantive", updateNote: "Adds the vote." })));
    const at = (await db.article.findUniqueOrThrow({ where: { id: story.id } })).contentUpdatedAt;
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: story.id, version: updated.version } });
    const restored = ok(await restoreRevision(actors.editor, story.id, revision.id, updated.version));
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.contentUpdatedAt).toEqual(at);
    expect(row.updateNote).toBe("Adds the vote.");
    expect((await db.revision.findFirstOrThrow({ where: { articleId: story.id, version: restored.version } })).kind).toBe("restore");
  });
});

describe("the news sitemap", () => {
  it("keeps a story substantively updated today even when it was published days ago, and leaves out one only fixed", async () => {
    const updated = await liveStory(24 * 5);
    const fixed = await liveStory(24 * 5);
    ok(await saveArticle(actors.editor, edit(updated, updated.version, { update: "substantive" })));
    ok(await saveArticle(actors.editor, edit(fixed, fixed.version, {})));
    const paths = (await getNewsSitemap()).map((e) => e.path);
    expect(paths).toContain(`/science/${updated.slug}`);
    expect(paths).not.toContain(`/science/${fixed.slug}`);
  });
});
