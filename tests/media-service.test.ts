// The media library's writes: who may change or delete an image, what bad
// input gets back, and which reader pages an edit of its texts expires.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { deleteMedia, listMedia, updateMediaDetails } from "@/server/services/media";

const run = randomUUID().slice(0, 8);
let actors = {} as Record<Role, Actor>;
let sectionId = "";
const articles: string[] = [];
const media: string[] = [];
const authors: string[] = [];

async function newMedia(alt = "Harbour at dusk") {
  const row = await db.media.create({
    data: { fileName: `${randomBytes(12).toString("hex")}.png`, originalName: `media-${run}.png`, mimeType: "image/png", byteSize: 1, width: 10, height: 10, alt, caption: "The harbour", credit: "Photo: A. Person" },
  });
  media.push(row.id);
  return row;
}

async function story(fields: { status?: "PUBLISHED" | "DRAFT"; heroImageId?: string; heroAlt?: string; heroCaption?: string; heroCredit?: string; bodyImage?: string }) {
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }, ...(fields.bodyImage ? [{ type: "image", attrs: { src: `/media/${fields.bodyImage}`, alt: "Own alt" } }] : [])] };
  const status = fields.status ?? "PUBLISHED";
  const row = await db.article.create({
    data: {
      slug: `media-svc-${randomUUID().slice(0, 8)}`, headline: `Media story ${run}`, body: body as unknown as Prisma.InputJsonObject, status,
      publishedAt: status === "PUBLISHED" ? new Date() : null, sectionId,
      heroImageId: fields.heroImageId, heroAlt: fields.heroAlt, heroCaption: fields.heroCaption, heroCredit: fields.heroCredit,
    },
  });
  articles.push(row.id);
  return row;
}

const texts = (id: string, overrides: Partial<Record<"alt" | "caption" | "credit", string>> = {}) => ({ id, alt: "Harbour at dusk", caption: "The harbour", credit: "Photo: A. Person", ...overrides });

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Media");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await db.author.deleteMany({ where: { id: { in: authors } } });
  await db.media.deleteMany({ where: { id: { in: media } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("who may change the library", () => {
  for (const who of ["author", "contributor", "signed out"] as const) {
    it(`refuses to let ${who === "signed out" ? "a signed-out caller" : `an ${who}`} edit or delete an image, and leaves it as it was`, async () => {
      const image = await newMedia();
      const actor = who === "signed out" ? null : actors[who];
      const edit = await updateMediaDetails(actor, texts(image.id, { alt: "Changed" }));
      const removal = await deleteMedia(actor, image.id);
      const expected = who === "signed out" ? /signed out/ : /role does not allow you/;
      expect(edit).toMatchObject({ ok: false, message: expect.stringMatching(expected) });
      expect(removal).toMatchObject({ ok: false, message: expect.stringMatching(expected) });
      expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ alt: "Harbour at dusk", caption: "The harbour" });
    });
  }

  it("lets editors and admins edit texts, and an editor delete an unused image without expiring any reader page", async () => {
    const image = await newMedia();
    expect(await updateMediaDetails(actors.admin, texts(image.id, { credit: "Photo: B. Person" }))).toMatchObject({ ok: true, tags: [] });
    expect(await updateMediaDetails(actors.editor, texts(image.id, { credit: "Photo: C. Person" }))).toMatchObject({ ok: true, tags: [] });
    expect((await db.media.findUniqueOrThrow({ where: { id: image.id } })).credit).toBe("Photo: C. Person");
    expect(await deleteMedia(actors.editor, image.id)).toEqual({ ok: true, tags: [] });
    expect(await db.media.count({ where: { id: image.id } })).toBe(0);
  });

  it("lets anyone signed in search the library for the picker, and a signed-out caller see nothing", async () => {
    const image = await newMedia(`Searchable ${run}`);
    expect((await listMedia(actors.contributor, `searchable ${run}`)).map((m) => m.id)).toEqual([image.id]);
    expect(await listMedia(null, `searchable ${run}`)).toEqual([]);
    // Whatever a crafted call sends, the search answers rather than failing.
    expect(Array.isArray(await listMedia(actors.author, { not: "text" }))).toBe(true);
    expect(Array.isArray(await listMedia(actors.author, "nul\u0000byte"))).toBe(true);
  });
});

describe("two editors on one image", () => {
  it("keeps someone else's change to a text the editor left as it was, and refuses, naming it, when both changed the same one", async () => {
    const image = await newMedia();
    const opened = { alt: "Harbour at dusk", caption: "The harbour", credit: "Photo: A. Person" };
    // The admin fixes the alt text while the editor's panel, opened before, is still open.
    expect((await updateMediaDetails(actors.admin, { ...texts(image.id, { alt: "Boats moored in the harbour at dusk" }), was: opened })).ok).toBe(true);
    // The editor changes only the caption: the admin's alt text stays.
    const saved = await updateMediaDetails(actors.editor, { ...texts(image.id, { caption: "The inner harbour" }), was: opened });
    expect(saved).toMatchObject({ ok: true, texts: { id: image.id, alt: "Boats moored in the harbour at dusk", caption: "The inner harbour", credit: "Photo: A. Person" } });
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ alt: "Boats moored in the harbour at dusk", caption: "The inner harbour" });
    // The editor, still on what they opened, now changes the alt text too: it was changed meanwhile.
    const clash = await updateMediaDetails(actors.editor, { ...texts(image.id, { alt: "Harbour, evening", caption: "The inner harbour" }), was: { ...opened, caption: "The inner harbour" } });
    expect(clash).toMatchObject({
      ok: false,
      message: "Someone else changed the alt text while you were editing it, to “Boats moored in the harbour at dusk”. Close and open the image again to see their texts, then make your change.",
      fieldErrors: { alt: ["Changed meanwhile, to “Boats moored in the harbour at dusk”."] },
    });
    expect((await db.media.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe("Boats moored in the harbour at dusk");
    // The same change from both is no clash.
    expect((await updateMediaDetails(actors.editor, { ...texts(image.id, { alt: "Boats moored in the harbour at dusk", caption: "The inner harbour" }), was: opened })).ok).toBe(true);
  });
});

describe("bad input", () => {
  it("gets a message naming the field, and changes nothing", async () => {
    const image = await newMedia();
    expect(await updateMediaDetails(actors.editor, texts(image.id, { alt: "x".repeat(301) }))).toMatchObject({ ok: false, message: "Alt text: at most 300 characters." });
    expect(await updateMediaDetails(actors.editor, { ...texts(image.id), caption: 42 })).toMatchObject({ ok: false, message: "Caption: text only." });
    expect(await updateMediaDetails(actors.editor, texts(""))).toMatchObject({ ok: false, message: "Which image?" });
    expect(await deleteMedia(actors.editor, { id: image.id })).toEqual({ ok: false, message: "Which image?" });
    expect(await updateMediaDetails(actors.editor, texts("no-such-image"))).toEqual({ ok: false, message: "That image no longer exists." });
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ alt: "Harbour at dusk", caption: "The harbour" });
  });

  it("drops characters the database cannot store instead of failing the save", async () => {
    const image = await newMedia();
    expect((await updateMediaDetails(actors.editor, texts(image.id, { caption: "Pasted\u0000 caption" }))).ok).toBe(true);
    expect((await db.media.findUniqueOrThrow({ where: { id: image.id } })).caption).toBe("Pasted caption");
  });
});

describe("what a text edit expires", () => {
  it("the pages of the live stories that show the library's text, the feeds for alt text, and the pages of authors it portrays; no others", async () => {
    const image = await newMedia();
    const other = await newMedia();
    const shown = await story({ heroImageId: image.id });
    // Its own hero texts: the library's are not shown on its page.
    const ownTexts = await story({ heroImageId: image.id, heroAlt: "Own alt", heroCaption: "Own caption", heroCredit: "Own credit" });
    // In the body, an image carries its own copy of the texts, made when it was inserted.
    const inBody = await story({ bodyImage: image.fileName });
    // Not on any reader page yet.
    const draft = await story({ status: "DRAFT", heroImageId: image.id });
    const unrelated = await story({ heroImageId: other.id });
    const portrayed = await db.author.create({ data: { name: `Media author ${run}`, slug: `media-author-${run}`, photoId: image.id } });
    authors.push(portrayed.id);

    const altEdit = await updateMediaDetails(actors.editor, texts(image.id, { alt: "Harbour lights at dusk" }));
    expect(altEdit.ok && [...altEdit.tags].sort()).toEqual([`article:${shown.id}`, `author:${portrayed.slug}`, "feeds"].sort());
    for (const spared of [ownTexts, inBody, draft, unrelated]) expect(altEdit.ok && altEdit.tags).not.toContain(`article:${spared.id}`);
    expect(altEdit.ok && altEdit.tags).not.toContain("home");

    // Captions show on the story page only: not in feeds, not on an author's page.
    const captionEdit = await updateMediaDetails(actors.editor, texts(image.id, { alt: "Harbour lights at dusk", caption: "The harbour at night" }));
    expect(captionEdit).toMatchObject({ ok: true, tags: [`article:${shown.id}`] });

    // A story that has its own caption but the library's credit changes with the credit.
    const ownCaption = await story({ heroImageId: image.id, heroCaption: "Own caption" });
    const creditEdit = await updateMediaDetails(actors.editor, texts(image.id, { alt: "Harbour lights at dusk", caption: "The harbour at night", credit: "Photo: D. Person" }));
    expect(creditEdit.ok && [...creditEdit.tags].sort()).toEqual([`article:${shown.id}`, `article:${ownCaption.id}`].sort());

    // Saving the same texts again changes no page.
    expect(await updateMediaDetails(actors.editor, texts(image.id, { alt: "Harbour lights at dusk", caption: "The harbour at night", credit: "Photo: D. Person" }))).toMatchObject({ ok: true, tags: [] });
  });

  it("an image a story or an author still uses is not deleted, and the refusal names the stories", async () => {
    const image = await newMedia();
    const user = await story({ heroImageId: image.id });
    const refused = await deleteMedia(actors.editor, image.id);
    expect(refused).toMatchObject({ ok: false, usedBy: [{ id: user.id, headline: `Media story ${run}` }] });
    const photo = await newMedia();
    const portrayed = await db.author.create({ data: { name: `Photo author ${run}`, slug: `photo-author-${run}`, photoId: photo.id } });
    authors.push(portrayed.id);
    expect(await deleteMedia(actors.editor, photo.id)).toEqual({ ok: false, message: `This image is the photo of Photo author ${run}.` });
    expect(await db.media.count({ where: { id: { in: [image.id, photo.id] } } })).toBe(2);
  });
});

describe("the focal point", () => {
  it("is kept with the image and audited, and a form without it leaves it as it was", async () => {
    const image = await newMedia();
    expect((await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: "30", focalY: "70" })).ok).toBe(true);
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ focalX: 30, focalY: 70 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: image.id, action: "media.update" }, orderBy: { id: "desc" } });
    expect(audit.summary).toBe("focal point: none → 30% across, 70% down");
    expect((await updateMediaDetails(actors.editor, texts(image.id, { alt: "Harbour lights" }))).ok).toBe(true);
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ focalX: 30, focalY: 70, alt: "Harbour lights" });
    expect((await updateMediaDetails(actors.editor, { ...texts(image.id, { alt: "Harbour lights" }), focalX: "", focalY: "" })).ok).toBe(true);
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ focalX: null, focalY: null });
  });

  it("refuses a point outside the picture or half a point, with a message, and changes nothing", async () => {
    const image = await newMedia();
    expect(await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: "101", focalY: "5" })).toMatchObject({ ok: false, message: "Focal point across: a whole number from 0 to 100." });
    expect(await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: "abc", focalY: "5" })).toMatchObject({ ok: false, message: "Focal point across: a whole number from 0 to 100." });
    expect(await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: "40", focalY: "" })).toMatchObject({ ok: false, message: "Give both parts of the focal point, or clear both." });
    expect(await updateMediaDetails(actors.author, { ...texts(image.id), focalX: "40", focalY: "40" })).toMatchObject({ ok: false, message: expect.stringMatching(/role does not allow/) });
    expect(await db.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ focalX: null, focalY: null });
  });

  it("expires every listing that shows a live story's card of it, the pages of stories with it in the body, and its authors' pages", async () => {
    const image = await newMedia();
    const hero = await story({ heroImageId: image.id });
    const inBody = await story({ bodyImage: image.fileName });
    const draft = await story({ status: "DRAFT", heroImageId: image.id });
    const portrayed = await db.author.create({ data: { name: `Focal author ${run}`, slug: `focal-author-${run}`, photoId: image.id } });
    authors.push(portrayed.id);
    const moved = await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: 10, focalY: 90 });
    expect(moved.ok).toBe(true);
    const tags = moved.ok ? moved.tags : [];
    expect(tags).toEqual(expect.arrayContaining([`article:${hero.id}`, "home", "section:science", `article:${inBody.id}`, `author:${portrayed.slug}`]));
    expect(tags).not.toContain(`article:${draft.id}`);
    // The same point again changes no page.
    expect(await updateMediaDetails(actors.editor, { ...texts(image.id), focalX: 10, focalY: 90 })).toMatchObject({ ok: true, tags: [] });
  });
});
