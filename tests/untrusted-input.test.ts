// What editors (or anyone holding an editor's account) can put into a story
// that the site must not take at face value: new topics, odd image addresses,
// characters the database cannot store, and bodies the editor cannot show.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { isRichNode, type RichNode } from "@/lib/rich-text/document";
import { bodyUnreadableByEditor } from "@/lib/rich-text/editor-schema";
import { articleInput, type ArticleInput } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { saveArticle } from "@/server/services/articles";
import { deleteMedia } from "@/server/services/media";
import { saveSection } from "@/server/services/taxonomy";
import { sectionInput } from "@/lib/validation/taxonomy";
import { formFields } from "@/server/actions/form-state";
import { findStoriesToLink, listAdminArticles } from "@/server/data/admin-articles";
import { searchArrangeableStories } from "@/server/data/admin-arrangements";
import { getMediaDetails, getMediaLibraryPage } from "@/server/data/media";
import { listAudit } from "@/server/services/audit";

const run = randomUUID().slice(0, 8);
let actors = {} as Record<Role, Actor>;
let sectionId = "";
const articles: string[] = [];
const media: string[] = [];

const paragraph = (text: string): RichNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: RichNode[]) => ({ type: "doc", content });

function input(fields: Partial<Record<string, unknown>>): ArticleInput {
  return articleInput.parse({
    headline: `Untrusted input ${run}`,
    slug: `untrusted-${randomUUID().slice(0, 8)}`,
    body: JSON.stringify(doc(paragraph("Words in the story."))),
    sectionId,
    ...fields,
  });
}

async function save(role: Role, fields: Partial<Record<string, unknown>>) {
  const result = await saveArticle(actors[role], input(fields));
  if (result.ok) articles.push(result.id);
  return result;
}

async function newMedia() {
  const row = await db.media.create({
    data: { fileName: `${randomBytes(12).toString("hex")}.png`, originalName: "test.png", mimeType: "image/png", byteSize: 1, width: 10, height: 10, alt: "A test image" },
  });
  media.push(row.id);
  return row;
}

function imagesOf(body: unknown): RichNode[] {
  const found: RichNode[] = [];
  const walk = (node: RichNode) => {
    if (node.type === "image") found.push(node);
    node.content?.forEach((child) => isRichNode(child) && walk(child));
  };
  if (isRichNode(body)) walk(body);
  return found;
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Untrusted");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await db.tag.deleteMany({ where: { slug: { contains: run } } });
  await db.media.deleteMany({ where: { id: { in: media } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("topics", () => {
  it("a contributor's or author's unknown topic is refused with a message on the topics field, and no topic is created", async () => {
    for (const role of ["contributor", "author"] as const) {
      const result = await save(role, { tags: `Secret Topic ${run}` });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.fieldErrors?.tags?.[0]).toMatch(new RegExp(`“Secret Topic ${run}” is not a topic yet`));
    }
    expect(await db.tag.count({ where: { slug: `secret-topic-${run}` } })).toBe(0);
  });

  it("editors and admins create topics; everyone may pick an existing one, in any letter case", async () => {
    const created = await save("editor", { tags: `Harbour Works ${run}` });
    expect(created.ok).toBe(true);
    expect(await db.tag.count({ where: { slug: `harbour-works-${run}` } })).toBe(1);
    expect((await save("admin", { tags: `Admin Topic ${run}` })).ok).toBe(true);

    const picked = await save("contributor", { tags: `harbour works ${run}` });
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    const links = await db.articleTag.findMany({ where: { articleId: picked.id }, select: { tag: { select: { slug: true, name: true } } } });
    expect(links.map((l) => l.tag)).toEqual([{ slug: `harbour-works-${run}`, name: `Harbour Works ${run}` }]);
  });
});

describe("images in the body", () => {
  it("an image's address is saved in its canonical form", async () => {
    const image = await newMedia();
    const body = doc(paragraph("Before."), { type: "image", attrs: { src: ` /media/ ${image.fileName}\t`, alt: "A test image" } }, paragraph("After."));
    const result = await save("editor", { body: JSON.stringify(body) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.article.findUniqueOrThrow({ where: { id: result.id }, select: { body: true } });
    expect(imagesOf(stored.body).map((n) => n.attrs?.src)).toEqual([`/media/${image.fileName}`]);
  });

  it("an image that a story shows under an address with stray spaces or control characters cannot be deleted", async () => {
    const variants = [(f: string) => `/media/${f}`, (f: string) => `/media/ ${f}`, (f: string) => `/media/\t${f}`, (f: string) => ` /media/${f.slice(0, 4)}\n${f.slice(4)}`];
    for (const variant of variants) {
      const image = await newMedia();
      // Stored as older versions saved it, without the canonical form.
      const body = doc({ type: "blockquote", content: [{ type: "image", attrs: { src: variant(image.fileName), alt: "A test image" } }] });
      const story = await db.article.create({
        data: { slug: `untrusted-legacy-${randomUUID().slice(0, 8)}`, headline: `Legacy image story ${run}`, body: body as unknown as Prisma.InputJsonObject, status: "PUBLISHED", publishedAt: new Date(), sectionId },
      });
      articles.push(story.id);
      const result = await deleteMedia(actors.editor, image.id);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.usedBy?.map((a) => a.headline)).toEqual([`Legacy image story ${run}`]);
      expect(await db.media.count({ where: { id: image.id } })).toBe(1);
    }
    const unused = await newMedia();
    expect(await deleteMedia(actors.editor, unused.id)).toEqual({ ok: true, tags: [] });
  });
});

describe("characters the database cannot store", () => {
  it("NUL characters in the headline, standfirst, topics and body are dropped, and the save succeeds", async () => {
    const result = await save("editor", {
      headline: `Null\u0000 headline ${run}`,
      standfirst: "A stand\u0000first.",
      tags: `Nul\u0000 Topic ${run}`,
      body: JSON.stringify(doc(paragraph("A body\u0000 with a NUL."), { type: "image", attrs: { src: "/media/x.png", alt: "An\u0000 image" } })),
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const stored = await db.article.findUniqueOrThrow({ where: { id: result.id }, select: { headline: true, standfirst: true, bodyText: true, body: true, tags: { select: { tag: { select: { name: true } } } } } });
    expect(stored.headline).toBe(`Null headline ${run}`);
    expect(stored.standfirst).toBe("A standfirst.");
    expect(stored.bodyText).toBe("A body with a NUL.");
    expect(imagesOf(stored.body)[0]?.attrs?.alt).toBe("An image");
    expect(stored.tags.map((t) => t.tag.name)).toEqual([`Nul Topic ${run}`]);
  });

  it("the other newsroom forms (sections, topics, authors, accounts) save a pasted NUL too", async () => {
    const form = new FormData();
    form.set("name", `Nul\u0000 desk ${run}`);
    form.set("slug", "");
    form.set("description", "Half a pair: \ud83d.");
    form.set("position", "95");
    form.set("photo", new Blob(["not text"]));
    const fields = formFields(form);
    expect(Object.keys(fields).sort()).toEqual(["description", "name", "position", "slug"]);
    const parsed = sectionInput.parse(fields);
    const saved = await saveSection(actors.editor, parsed);
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    const section = await db.section.findUniqueOrThrow({ where: { id: saved.id } });
    expect(section.name).toBe(`Nul desk ${run}`);
    expect(section.description).toBe("Half a pair: \ufffd.");
    await db.section.delete({ where: { id: saved.id } });
  });

  it("half of a surrogate pair in the body does not fail the save", async () => {
    const result = await save("editor", { body: JSON.stringify(doc(paragraph("Broken \ud83d emoji."))) });
    expect(result).toMatchObject({ ok: true });
  });
});

describe("bodies the editor cannot load", () => {
  it("a node or mark the editor does not know is named, so the story is not opened with an empty body", () => {
    const node = doc(paragraph("Kept."), { type: "callout", content: [paragraph("Inside a callout.")] });
    expect(bodyUnreadableByEditor(node)).toMatch(/“callout”/);
    const mark = doc({ type: "paragraph", content: [{ type: "text", text: "Highlighted", marks: [{ type: "highlight" }] }] });
    expect(bodyUnreadableByEditor(mark)).toMatch(/“highlight”/);
  });

  it("everything the editor writes, and every stored story, opens", async () => {
    const full = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Heading" }] },
      { type: "paragraph", content: [{ type: "text", text: "Bold link", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.com" } }] }, { type: "hardBreak" }, { type: "text", text: "under", marks: [{ type: "underline" }, { type: "italic" }, { type: "strike" }, { type: "code" }] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph("One")] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph("Two")] }] },
      { type: "blockquote", content: [paragraph("Quote")] },
      { type: "horizontalRule" },
      { type: "image", attrs: { src: "/media/a.png", alt: "A", caption: "C", credit: "Cr", width: 10, height: 10 } },
    );
    expect(bodyUnreadableByEditor(full)).toBeNull();
    expect(bodyUnreadableByEditor(null)).toBeNull();
    const stored = await db.article.findMany({ select: { slug: true, body: true } });
    expect(stored.filter((a) => bodyUnreadableByEditor(a.body) !== null).map((a) => a.slug)).toEqual([]);
  });
});

describe("searches and look-ups in the newsroom", () => {
  it("a NUL or a lone surrogate in what is typed or in the address is dropped or matches nothing, rather than failing the page", async () => {
    const odd = ["harbour\u0000", "\u0000", "\uD800 ferry"];
    for (const text of odd) {
      await expect(listAdminArticles(actors.editor, { q: text, sectionId: text, sort: "updated", page: 1 })).resolves.toMatchObject({ rows: expect.any(Array) });
      await expect(findStoriesToLink(actors.editor, text)).resolves.toEqual(expect.any(Array));
      await expect(searchArrangeableStories(text, text)).resolves.toEqual(expect.any(Array));
      await expect(getMediaLibraryPage(actors.editor, { q: text, missingAlt: false, page: 1 })).resolves.toMatchObject({ items: expect.any(Array) });
      await expect(getMediaDetails(actors.editor, text)).resolves.toBeNull();
      await expect(listAudit(actors.admin, { actorId: text, action: text, target: text, page: 1 })).resolves.toMatchObject({ ok: true });
    }
    // An id that is no id names no section: nothing is listed for it.
    expect((await listAdminArticles(actors.editor, { sectionId: "news\u0000", sort: "updated", page: 1 })).total).toBe(0);
    // The words around a NUL still count.
    const words = `Untrusted input ${run}`;
    const saved = await save("editor", { headline: words, intent: "publish" });
    expect(saved.ok).toBe(true);
    const found = await listAdminArticles(actors.editor, { q: `${run}\u0000`, sort: "updated", page: 1 });
    expect(found.rows.map((r) => r.headline)).toContain(words);
  });
});

