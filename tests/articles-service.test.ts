// The write path every editor action uses: roles, workflow, optimistic
// locking, revisions and slug redirects, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInput, type ArticleInput } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { cardSelect, toCard } from "@/server/data/shapes";
import { db } from "@/server/db";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { saveArticle } from "@/server/services/articles";

let actors = {} as Record<Role, Actor>;
let sectionId = "";
const created: string[] = [];

function input(fields: Partial<Record<string, unknown>>): ArticleInput {
  return articleInput.parse({
    headline: "A test story",
    slug: `svc-${randomUUID().slice(0, 8)}`,
    body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words in the story." }] }] }),
    sectionId,
    ...fields,
  });
}

async function createAs(role: Role, fields: Partial<Record<string, unknown>> = {}) {
  const result = await saveArticle(actors[role], input(fields));
  if (!result.ok) throw new Error(result.message);
  created.push(result.id);
  return result;
}

async function snapshotOf(id: string) {
  const [article, revisions, redirects] = await Promise.all([
    db.article.findUnique({ where: { id }, include: { tags: true, authors: true } }),
    db.revision.count({ where: { articleId: id } }),
    db.slugRedirect.count({ where: { articleId: id } }),
  ]);
  return { article, revisions, redirects };
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Test");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("role matrix", () => {
  type Case = { action: string; setup: (owner: Role) => Promise<{ id: string; version: number }> | null; intent: ArticleInput["intent"] };
  const draftOf = (owner: Role) => createAs(owner);
  const publishedBy = () => createAs("editor", { intent: "publish" });
  const cases: Case[] = [
    { action: "create a draft", setup: () => null, intent: "save" },
    { action: "edit own draft", setup: (role) => draftOf(role), intent: "save" },
    { action: "edit another's draft", setup: () => draftOf("editor"), intent: "save" },
    { action: "submit own draft for review", setup: (role) => draftOf(role), intent: "submit" },
    { action: "publish own draft", setup: (role) => draftOf(role), intent: "publish" },
    { action: "schedule own draft", setup: (role) => draftOf(role), intent: "schedule" },
    { action: "edit a published story", setup: () => publishedBy(), intent: "save" },
    { action: "unpublish", setup: () => publishedBy(), intent: "unpublish" },
    { action: "archive", setup: () => publishedBy(), intent: "archive" },
  ];
  const expected: Record<string, Record<Role | "anonymous", boolean>> = {
    "create a draft": { admin: true, editor: true, author: true, contributor: true, anonymous: false },
    "edit own draft": { admin: true, editor: true, author: true, contributor: true, anonymous: false },
    "edit another's draft": { admin: true, editor: true, author: false, contributor: false, anonymous: false },
    "submit own draft for review": { admin: true, editor: true, author: true, contributor: false, anonymous: false },
    "publish own draft": { admin: true, editor: true, author: false, contributor: false, anonymous: false },
    "schedule own draft": { admin: true, editor: true, author: false, contributor: false, anonymous: false },
    "edit a published story": { admin: true, editor: true, author: false, contributor: false, anonymous: false },
    unpublish: { admin: true, editor: true, author: false, contributor: false, anonymous: false },
    archive: { admin: true, editor: true, author: false, contributor: false, anonymous: false },
  };

  for (const c of cases) {
    for (const who of ["admin", "editor", "author", "contributor", "anonymous"] as const) {
      const allowed = expected[c.action]![who];
      it(`${who} ${allowed ? "may" : "may not"} ${c.action}`, async () => {
        const owner: Role = who === "anonymous" ? "author" : who;
        const existing = await c.setup(owner);
        const before = existing ? await snapshotOf(existing.id) : null;
        const articlesBefore = await db.article.count();
        const scheduledAt = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
        const result = await saveArticle(
          who === "anonymous" ? null : actors[who],
          input({ id: existing?.id, version: existing?.version, intent: c.intent, headline: "Changed headline", scheduledAt: c.intent === "schedule" ? scheduledAt : undefined, ...(existing ? { slug: (await db.article.findUniqueOrThrow({ where: { id: existing.id } })).slug } : {}) }),
        );
        if (result.ok) created.push(result.id);
        expect(result.ok, result.ok ? "" : result.message).toBe(allowed);
        if (!allowed) {
          expect(result.ok ? "" : result.message).toMatch(/role|signed out/i);
          expect(await db.article.count()).toBe(articlesBefore);
          if (existing) expect(await snapshotOf(existing.id)).toEqual(before);
        }
      });
    }
  }
});

describe("workflow", () => {
  it("publishing needs a section, a body and alt text on every image", async () => {
    const noSection = await saveArticle(actors.editor, input({ sectionId: "", intent: "publish" }));
    expect(noSection.ok).toBe(false);
    expect(!noSection.ok && noSection.fieldErrors?.sectionId).toBeTruthy();
    const image = { type: "image", attrs: { src: "/media/x.jpg", alt: "" } };
    const noAlt = await saveArticle(actors.editor, input({ intent: "publish", body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }, image] }) }));
    expect(!noAlt.ok && noAlt.fieldErrors?.body?.[0]).toMatch(/alt text/);
    const empty = await saveArticle(actors.editor, input({ intent: "publish", body: JSON.stringify({ type: "doc", content: [] }) }));
    expect(!empty.ok && empty.fieldErrors?.body).toBeTruthy();
  });

  it("a story taken down and put back online keeps the date it was first published", async () => {
    const draft = await createAs("editor");
    const live = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, intent: "publish" }));
    if (!live.ok) throw new Error(live.message);
    const first = (await db.article.findUniqueOrThrow({ where: { id: draft.id } })).publishedAt!;
    // Published a day ago, as far as readers are concerned.
    const dayAgo = new Date(first.getTime() - 86_400_000);
    await db.article.update({ where: { id: draft.id }, data: { publishedAt: dayAgo, firstPublishedAt: dayAgo } });
    const down = await saveArticle(actors.editor, input({ id: draft.id, version: live.version, slug: draft.slug, intent: "unpublish" }));
    if (!down.ok) throw new Error(down.message);
    const back = await saveArticle(actors.editor, input({ id: draft.id, version: down.version, slug: draft.slug, intent: "publish" }));
    if (!back.ok) throw new Error(back.message);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect([row.status, row.publishedAt, row.firstPublishedAt]).toEqual(["PUBLISHED", dayAgo, dayAgo]);
  });

  it("every save makes a revision; publishing sets the dates; a live slug change leaves a redirect", async () => {
    const draft = await createAs("editor");
    const live = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, intent: "publish" }));
    expect(live.ok).toBe(true);
    if (!live.ok) return;
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.firstPublishedAt).toEqual(row.publishedAt);
    const renamed = await saveArticle(actors.editor, input({ id: draft.id, version: live.version, slug: `${draft.slug}-renamed` }));
    expect(renamed.ok).toBe(true);
    expect(await db.slugRedirect.findUnique({ where: { fromSlug: draft.slug } })).toMatchObject({ articleId: draft.id });
    expect(await db.revision.count({ where: { articleId: draft.id } })).toBe(3);
    // A change of address alone is a minor fix (the default): the story keeps its time.
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).contentUpdatedAt).toBeNull();
    // The change names the pages to refresh: the article, its section, the front page and feeds.
    expect(renamed.ok && renamed.tags).toEqual(expect.arrayContaining([`article:${draft.id}`, "section:science", "home", "feeds", "sitemaps", `slug:${draft.slug}`]));
  });

  it("a slug used by another story, or reserved by the site, is refused", async () => {
    const other = await createAs("editor");
    const clash = await saveArticle(actors.editor, input({ slug: other.slug }));
    expect(!clash.ok && clash.fieldErrors?.slug?.[0]).toMatch(/Another story/);
    expect(articleInput.safeParse({ headline: "x", slug: "Not A Slug", body: "" }).success).toBe(false);
    expect(articleInput.safeParse({ headline: "x", slug: "search", body: "" }).success).toBe(false);
  });

  it("a live story cannot be scheduled (it would vanish until then); a scheduled one is checked like a live one", async () => {
    const live = await createAs("editor", { intent: "publish" });
    const later = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    const refused = await saveArticle(actors.editor, input({ id: live.id, version: live.version, slug: live.slug, intent: "schedule", scheduledAt: later }));
    expect(!refused.ok && refused.message).toMatch(/live/);
    const scheduled = await createAs("editor", { intent: "schedule", scheduledAt: later });
    const noSection = await saveArticle(actors.editor, input({ id: scheduled.id, version: scheduled.version, slug: scheduled.slug, sectionId: "" }));
    expect(!noSection.ok && noSection.fieldErrors?.sectionId).toBeTruthy();
  });

  it("a live blog is not scheduled: it opens when it is published", async () => {
    const blog = await createAs("editor", { kind: "LIVE_BLOG" });
    const later = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    const refused = await saveArticle(actors.editor, input({ id: blog.id, version: blog.version, slug: blog.slug, kind: "LIVE_BLOG", intent: "schedule", scheduledAt: later }));
    expect(!refused.ok && refused.message).toBe("A live blog opens when it is published, so it is not scheduled. Publish it when coverage starts.");
    expect((await db.article.findUniqueOrThrow({ where: { id: blog.id } })).status).toBe("DRAFT");
  });

  it("the same topic typed twice is saved once", async () => {
    const draft = await createAs("editor", { tags: "Harbour, harbour, HARBOUR" });
    expect(await db.articleTag.count({ where: { articleId: draft.id } })).toBe(1);
  });

  it("a card shows the standfirst, or else the opening of the story as last saved", async () => {
    const paragraph = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
    const long = (word: string) => Array.from({ length: 120 }, (_, i) => `${word}${i}`).join(" ");
    const card = async (id: string) => toCard(await db.article.findUniqueOrThrow({ where: { id }, select: cardSelect })).excerpt;
    const story = await createAs("editor", { intent: "publish", body: paragraph(long("tide")) });
    const first = await card(story.id);
    expect(first).toMatch(/^tide0 tide1 tide2 .*…$/);
    expect(first.length).toBeLessThanOrEqual(221);
    const edited = await saveArticle(actors.editor, input({ id: story.id, version: story.version, slug: story.slug, intent: "publish", body: paragraph(long("ferry")) }));
    expect(edited.ok).toBe(true);
    expect(await card(story.id)).toMatch(/^ferry0 ferry1 /);
    const withStandfirst = await createAs("editor", { intent: "publish", standfirst: "The council meets on Tuesday.", body: paragraph(long("quay")) });
    expect(await card(withStandfirst.id)).toBe("The council meets on Tuesday.");
  });

  it("scheduling needs a time in the future", async () => {
    const past = await saveArticle(actors.editor, input({ intent: "schedule", scheduledAt: "2020-01-01T10:00" }));
    expect(!past.ok && past.fieldErrors?.scheduledAt?.[0]).toMatch(/future/);
  });

  it("a draft may be saved before it has a headline, under a provisional address it keeps until it gets one; going live needs a headline", async () => {
    const untitled = await createAs("editor", { headline: "", slug: "" });
    expect(untitled.slug).toMatch(/^untitled-[0-9a-f]{8}$/);
    const again = await saveArticle(actors.editor, input({ id: untitled.id, version: untitled.version, headline: "", slug: "", standfirst: "More notes." }));
    expect(again.ok && again.slug).toBe(untitled.slug);
    if (!again.ok) return;
    for (const intent of ["publish", "submit", "schedule"] as const) {
      const refused = await saveArticle(actors.editor, input({ id: untitled.id, version: again.version, headline: "", slug: "", intent }));
      expect(!refused.ok && refused.fieldErrors?.headline).toBeTruthy();
    }
    const titled = await saveArticle(actors.editor, input({ id: untitled.id, version: again.version, headline: `Named at last ${untitled.id}`, slug: "" }));
    expect(titled.ok && titled.slug).toBe(`named-at-last-${untitled.id}`);
    // A live story cannot lose its headline either.
    const live = await createAs("editor", { intent: "publish" });
    const blank = await saveArticle(actors.editor, input({ id: live.id, version: live.version, slug: live.slug, headline: "" }));
    expect(!blank.ok && blank.fieldErrors?.headline).toBeTruthy();
  });
});

describe("concurrent editing", () => {
  it("refuses the second save of the same version, names who saved, and keeps the rejected text", async () => {
    const draft = await createAs("editor");
    const [first, second] = await Promise.all([
      saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Editor's headline" })),
      saveArticle(actors.admin, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Admin's headline" })),
    ]);
    const results = [first, second];
    const winner = results.find((r) => r.ok);
    const loser = results.find((r) => !r.ok);
    expect(winner && loser).toBeTruthy();
    if (!loser || loser.ok || !winner?.ok) return;
    expect(loser.conflict).toBeTruthy();
    expect(loser.message).toMatch(/saved this article while you were editing/);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.version).toBe(draft.version + 1);
    const rejected = await db.revision.findFirstOrThrow({ where: { articleId: draft.id, kind: "conflict" } });
    const rejectedHeadline = (rejected.snapshot as { headline: string }).headline;
    expect([rejectedHeadline, row.headline].sort()).toEqual(["Admin's headline", "Editor's headline"]);
  });

  it("retrying a refused save keeps one rejected revision per editor, holding the latest text", async () => {
    const draft = await createAs("editor");
    expect((await saveArticle(actors.admin, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Admin's" }))).ok).toBe(true);
    for (const headline of ["Mine, try 1", "Mine, try 2", "Mine, try 3"]) {
      const retry = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, headline }));
      expect(retry.ok).toBe(false);
    }
    const kept = await db.revision.findMany({ where: { articleId: draft.id, kind: "conflict" } });
    expect(kept.map((r) => [r.userId, (r.snapshot as { headline: string }).headline])).toEqual([[actors.editor.id, "Mine, try 3"]]);
  });
});

describe("automatic saves", () => {
  it("a stale automatic save is refused, names who saved, and keeps no revision (the editor still has the text)", async () => {
    const draft = await createAs("editor");
    const theirs = await saveArticle(actors.admin, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Admin's headline" }));
    expect(theirs.ok).toBe(true);
    const mine = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Editor's headline" }), new Date(), { automatic: true });
    expect(!mine.ok && mine.conflict?.by).toBe("Test admin");
    expect(!mine.ok && mine.message).toMatch(/not saved automatically/);
    expect(await db.revision.count({ where: { articleId: draft.id, kind: "conflict" } })).toBe(0);
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).headline).toBe("Admin's headline");
  });

  it("only drafts and stories in review are saved automatically, and only as a plain save", async () => {
    const live = await createAs("editor", { intent: "publish" });
    const before = await snapshotOf(live.id);
    const refused = await saveArticle(actors.editor, input({ id: live.id, version: live.version, slug: live.slug, headline: "Half-typed" }), new Date(), { automatic: true });
    expect(!refused.ok && refused.message).toMatch(/not saved automatically/);
    expect(await snapshotOf(live.id)).toEqual(before);
    const draft = await createAs("editor");
    const publish = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, intent: "publish" }), new Date(), { automatic: true });
    expect(publish.ok).toBe(false);
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
});

describe("automatic saves and topics", () => {
  it("an author's draft is saved automatically while a new topic is half typed; a save by a button says what is wrong", async () => {
    const draft = await createAs("author");
    const typing = { id: draft.id, version: draft.version, slug: draft.slug, standfirst: "Typed while the topic was half done.", tags: `Harbour lig${randomUUID().slice(0, 4)}` };
    const auto = await saveArticle(actors.author, input(typing), new Date(), { automatic: true });
    expect(auto.ok).toBe(true);
    const stored = await db.article.findUniqueOrThrow({ where: { id: draft.id }, select: { standfirst: true, tags: true } });
    expect(stored).toEqual({ standfirst: "Typed while the topic was half done.", tags: [] });
    const byHand = await saveArticle(actors.author, input({ ...typing, version: draft.version + 1 }));
    expect(!byHand.ok && byHand.fieldErrors?.tags?.[0]).toMatch(/is not a topic yet/);
  });
});

describe("form parsing", () => {
  it("accepts an empty topics field and trims topics", () => {
    const parsed = articleInput.parse({ headline: "x", body: "", tags: " Harbour , ,Lamps ,", authorIds: ["", "a1"] });
    expect(parsed.tags).toEqual(["Harbour", "Lamps"]);
    expect(parsed.authorIds).toEqual(["a1"]);
    expect(articleInput.parse({ headline: "x", tags: "" }).tags).toEqual([]);
  });
});

describe("revisions", () => {
  it("restoring a revision saves its content as a new version and a new revision", async () => {
    const { restoreRevision } = await import("@/server/services/articles");
    const draft = await createAs("editor", { headline: "First headline" });
    const second = await saveArticle(actors.editor, input({ id: draft.id, version: draft.version, slug: draft.slug, headline: "Second headline" }));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const first = await db.revision.findFirstOrThrow({ where: { articleId: draft.id, version: draft.version } });
    const restored = await restoreRevision(actors.editor, draft.id, first.id, second.version);
    expect(restored.ok).toBe(true);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.headline).toBe("First headline");
    expect(row.version).toBe(second.version + 1);
    expect(await db.revision.count({ where: { articleId: draft.id } })).toBe(3);
    expect((await db.revision.findFirstOrThrow({ where: { articleId: draft.id }, orderBy: { createdAt: "desc" } })).kind).toBe("restore");
    // A stale restore is refused like any stale save.
    const stale = await restoreRevision(actors.editor, draft.id, first.id, second.version);
    expect(stale.ok).toBe(false);
    // Someone who may not edit the article may not restore it either.
    const refused = await restoreRevision(actors.contributor, draft.id, first.id, row.version);
    expect(!refused.ok && refused.message).toMatch(/role/);
  });
});
