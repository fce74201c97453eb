// Corrections: who may publish one, on what, what readers and search engines
// get, and that a withdrawn one is never gone, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleInput } from "@/lib/validation/article";
import { modifiedTime, updatedTime } from "@/lib/seo/article-times";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import type { Actor, Role } from "@/server/auth/policies";
import { tags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { addCorrection, withdrawCorrection } from "@/server/services/corrections";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

// The tags each cached read is stored under, as Next would record them.
const tagged: string[][] = [];
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: (...list: string[]) => tagged.push(list) }));
const { CORRECTIONS_PAGE_SIZE, listCorrectionEvents, listCorrections } = await import("@/server/data/corrections");
const { getArticleSitemapChunk, getArticleSitemapIndex } = await import("@/server/data/feeds");

let actors = {} as Record<Role, Actor>;
let sectionId = "";
const articles: string[] = [];
const TEXT = "An earlier version of this story gave the wrong date for the council vote. It is on 4 December.";

async function story(intent: "publish" | "save"): Promise<string> {
  const saved = await saveArticle(
    actors.editor,
    articleInput.parse({
      headline: "Corrections story",
      slug: `corr-${randomUUID().slice(0, 8)}`,
      sectionId,
      body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The vote is on 3 December." }] }] }),
      intent,
    }),
  );
  if (!saved.ok) throw new Error(saved.message);
  articles.push(saved.id);
  return saved.id;
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Corrections");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("publishing a correction", () => {
  it("editors and admins correct a live story; it is a revision, an audit record, and expires the story and the corrections page", async () => {
    const id = await story("publish");
    const result = await addCorrection(actors.editor, { articleId: id, text: `  ${TEXT}  ` });
    expect(result).toMatchObject({ ok: true, articleId: id, tags: [tags.article(id), tags.corrections, tags.sitemaps] });
    const stored = await db.correction.findMany({ where: { articleId: id } });
    expect(stored.map((c) => [c.text, c.createdById, c.withdrawnAt])).toEqual([[TEXT, actors.editor.id, null]]);
    expect(await db.revision.count({ where: { articleId: id, kind: "correction", userId: actors.editor.id } })).toBe(1);
    expect((await db.auditEvent.findFirst({ where: { targetId: id, action: "article.correction" } }))?.summary).toBe(TEXT);
    expect((await addCorrection(actors.admin, { articleId: id, text: "A second correction to the same story." })).ok).toBe(true);
  });

  it("authors, contributors and the signed-out cannot; drafts are fixed in their text; empty or huge text is refused on the field", async () => {
    const live = await story("publish");
    for (const role of ["author", "contributor"] as const) {
      expect(await addCorrection(actors[role], { articleId: live, text: TEXT })).toEqual({ ok: false, message: "Only editors and admins publish corrections." });
    }
    expect((await addCorrection(null, { articleId: live, text: TEXT })).ok).toBe(false);
    const draft = await story("save");
    expect(await addCorrection(actors.editor, { articleId: draft, text: TEXT })).toMatchObject({ ok: false, message: /published stories/ });
    const short = await addCorrection(actors.editor, { articleId: live, text: "typo" });
    expect(!short.ok && short.fieldErrors?.text?.[0]).toMatch(/at least 10 characters/);
    const huge = await addCorrection(actors.editor, { articleId: live, text: "x".repeat(1001) });
    expect(!huge.ok && huge.fieldErrors?.text?.[0]).toMatch(/under 1,000/);
    expect(await addCorrection(actors.editor, { articleId: "no-such-story", text: TEXT })).toMatchObject({ ok: false, message: "This story no longer exists." });
    expect(await db.correction.count({ where: { articleId: { in: [live, draft] } } })).toBe(0);
  });
});

describe("what search engines are told", () => {
  it("a correction moves the story's dateModified and its sitemap lastmod, a withdrawal the lastmod only; the Updated line stays for updates", async () => {
    const id = await story("publish");
    const slug = (await db.article.findUniqueOrThrow({ where: { id } })).slug;
    const sitemapEntry = async () => {
      const chunks = await getArticleSitemapIndex();
      for (const { chunk } of chunks) {
        const found = (await getArticleSitemapChunk(chunk)).find((e) => e.path.endsWith(`/${slug}`));
        if (found) return { ...found, chunkLastModified: chunks.find((c) => c.chunk === chunk)!.lastModified.getTime() };
      }
      throw new Error("not in the sitemap");
    };
    // Published two days ago (the corrections below are in the past, behind the other tests' newest ones).
    const published = new Date(Date.now() - 2 * 86_400_000);
    await db.article.update({ where: { id }, data: { publishedAt: published, firstPublishedAt: published } });
    expect((await sitemapEntry()).lastModified).toEqual(published);

    const correctedAt = new Date(published.getTime() + 3_600_000);
    const added = await addCorrection(actors.editor, { articleId: id, text: TEXT }, correctedAt);
    if (!added.ok) throw new Error(added.message);
    let row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.correctedAt).toEqual(correctedAt);
    expect(row.contentUpdatedAt).toBeNull();
    const view = { publishedAt: published, updatedAt: row.contentUpdatedAt, corrections: [{ id: added.id, text: TEXT, madeAt: correctedAt }] };
    expect(updatedTime(view, null)).toBeNull();
    expect(modifiedTime(view, null)).toEqual(correctedAt);
    expect(await sitemapEntry()).toMatchObject({ lastModified: correctedAt, chunkLastModified: expect.any(Number) });
    // The sitemap index counts it too: the newest change in the chunk, here a correction later than any story.
    const later = new Date(Date.now() + 86_400_000);
    await db.article.update({ where: { id }, data: { correctedAt: later } });
    expect((await sitemapEntry()).chunkLastModified).toBe(later.getTime());
    await db.article.update({ where: { id }, data: { correctedAt } });

    // A substantive update afterwards is the latest change.
    const updatedAt = new Date(correctedAt.getTime() + 60_000);
    expect(modifiedTime({ ...view, updatedAt }, null)).toEqual(updatedAt);
    // A withdrawal leaves no date on the page: it moves the sitemap's lastmod (the page changed), not dateModified.
    const withdrawnAt = new Date(correctedAt.getTime() + 120_000);
    expect((await withdrawCorrection(actors.admin, { correctionId: added.id }, withdrawnAt)).ok).toBe(true);
    row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.correctedAt).toEqual(withdrawnAt);
    expect(modifiedTime({ ...view, corrections: [] }, null)).toEqual(published);
    expect((await sitemapEntry()).lastModified).toEqual(withdrawnAt);
  });
});

describe("withdrawing", () => {
  it("takes it off the story but keeps it, with who and when, once", async () => {
    const id = await story("publish");
    const added = await addCorrection(actors.editor, { articleId: id, text: TEXT });
    if (!added.ok) throw new Error(added.message);
    expect((await withdrawCorrection(actors.author, { correctionId: added.id })).ok).toBe(false);
    expect((await withdrawCorrection(actors.admin, { correctionId: added.id })).ok).toBe(true);
    const row = await db.correction.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.withdrawnById).toBe(actors.admin.id);
    expect(row.withdrawnAt).not.toBeNull();
    expect(await withdrawCorrection(actors.admin, { correctionId: added.id })).toEqual({ ok: false, message: "That correction was already withdrawn." });
    expect(await db.revision.count({ where: { articleId: id, kind: "correction-withdrawn" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: id, action: "article.correction-withdrawn" } })).toBe(1);
  });
});

describe("the corrections page and its feed", () => {
  it("lists 50 a page, newest first, older ones on further pages, each page stored under the tags of the stories it names", async () => {
    const id = await story("publish");
    for (let i = 0; i <= CORRECTIONS_PAGE_SIZE; i++) {
      const added = await addCorrection(actors.editor, { articleId: id, text: `Correction number ${i} of the paging test.` }, new Date(Date.now() + i * 1000));
      if (!added.ok) throw new Error(added.message);
    }
    tagged.length = 0;
    const first = (await listCorrections(1))!;
    expect(first.corrections).toHaveLength(CORRECTIONS_PAGE_SIZE);
    expect(first.corrections[0]!.text).toBe(`Correction number ${CORRECTIONS_PAGE_SIZE} of the paging test.`);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    // Renaming, moving or taking down a story listed here expires the page too.
    expect(tagged.flat()).toEqual(expect.arrayContaining([tags.corrections, tags.article(id)]));
    const second = (await listCorrections(2))!;
    expect(second.corrections[0]!.text).toBe("Correction number 0 of the paging test.");
    expect(second.corrections[0]!.story.url).toMatch(/^\/science\/corr-/);
    expect(await listCorrections(first.pageCount + 1)).toBeNull();
  });

  it("the feed tells of a withdrawal as an item of its own, after the correction's", async () => {
    const id = await story("publish");
    const made = new Date(Date.now() + 3_600_000);
    const added = await addCorrection(actors.editor, { articleId: id, text: TEXT }, made);
    if (!added.ok) throw new Error(added.message);
    await withdrawCorrection(actors.editor, { correctionId: added.id }, new Date(made.getTime() + 60_000));
    const [withdrawn, published] = await listCorrectionEvents();
    expect(withdrawn).toMatchObject({ withdrawn: true, at: new Date(made.getTime() + 60_000), correction: { id: added.id, text: TEXT } });
    expect(published).toMatchObject({ withdrawn: false, at: made, correction: { id: added.id } });
  });
});

describe("structured data", () => {
  it("NewsArticle carries each correction as a CorrectionComment with its date", () => {
    const madeAt = new Date("2026-12-02T16:36:00Z");
    const data = newsArticleJsonLd({
      url: "/news/x",
      headline: "x",
      description: "",
      images: [],
      publishedAt: madeAt,
      modifiedAt: madeAt,
      section: "News",
      keywords: [],
      wordCount: 1,
      authors: [],
      corrections: [{ text: TEXT, madeAt }],
    }) as unknown as { correction: unknown };
    expect(data.correction).toEqual([{ "@type": "CorrectionComment", text: TEXT, datePublished: "2026-12-02T16:36:00.000Z" }]);
  });
});
