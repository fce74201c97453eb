// The media page's reads: search over alt text, caption, credit and file name; the "missing alt text"
// filter; pages of MEDIA_PAGE_SIZE, newest first; and, for each image, the stories that show it as hero
// or in their body.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor, Role } from "@/server/auth/policies";
import { getMediaDetails, getMediaLibraryPage, MEDIA_PAGE_SIZE } from "@/server/data/media";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

const run = randomUUID().slice(0, 8);
const media: string[] = [];
const articles: string[] = [];
let sectionId = "";
let actors: Record<Role, Actor>;

async function newMedia(fields: { alt?: string; caption?: string; credit?: string; originalName?: string; createdAt?: Date }) {
  const row = await db.media.create({
    data: { fileName: `${randomBytes(12).toString("hex")}.png`, originalName: `plain-${run}.png`, mimeType: "image/png", byteSize: 2048, width: 40, height: 30, ...fields },
  });
  media.push(row.id);
  return row;
}

async function story(headline: string, fields: { heroImageId?: string; bodyImage?: string; status?: "PUBLISHED" | "DRAFT"; createdById?: string }) {
  const body = { type: "doc", content: fields.bodyImage ? [{ type: "image", attrs: { src: `/media/${fields.bodyImage}`, alt: "" } }] : [] };
  const row = await db.article.create({
    data: {
      slug: `media-lib-${randomUUID().slice(0, 8)}`, headline, body: body as unknown as Prisma.InputJsonObject, sectionId,
      status: fields.status ?? "PUBLISHED", publishedAt: fields.status === "DRAFT" ? null : new Date(), heroImageId: fields.heroImageId, createdById: fields.createdById,
    },
  });
  articles.push(row.id);
  return row;
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole(`Library ${run}`);
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await db.media.deleteMany({ where: { id: { in: media } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("searching the library", () => {
  it("finds an image by a word of its alt text, caption, credit or file name, whatever the case", async () => {
    const byAlt = await newMedia({ alt: `Kelp drying on racks ${run}` });
    const byCaption = await newMedia({ caption: `The ${run} harvest, October` });
    const byCredit = await newMedia({ credit: `Photo: Okafor-${run}` });
    const byName = await newMedia({ originalName: `IMG_${run}_0042.jpg` });
    for (const [term, expected] of [[`KELP DRYING ON RACKS ${run}`, byAlt], [`${run} harvest`, byCaption], [`okafor-${run}`, byCredit], [`img_${run}_0042`, byName]] as const) {
      const found = await getMediaLibraryPage(actors.editor, { q: term, missingAlt: false, page: 1 });
      expect(found.items.map((item) => item.id), term).toEqual([expected.id]);
      expect(found.total).toBe(1);
    }
  });

  it("with the filter on, lists only images without alt text, and counts them for the filter's label", async () => {
    const described = await newMedia({ alt: "A described image", caption: `filter ${run}` });
    const bare = await newMedia({ caption: `filter ${run}` });
    const page = await getMediaLibraryPage(actors.editor, { q: `filter ${run}`, missingAlt: true, page: 1 });
    expect(page.items.map((item) => item.id)).toEqual([bare.id]);
    expect(page.items.map((item) => item.id)).not.toContain(described.id);
    expect(page.missingAlt).toBe(await db.media.count({ where: { alt: "" } }));
  });
});

describe("paging", () => {
  it("gives pages of the newest images first, and the last page for a page past the end", async () => {
    const base = Date.now();
    const rows = [];
    for (let i = 0; i < MEDIA_PAGE_SIZE + 3; i++) rows.push(await newMedia({ caption: `paged ${run}`, createdAt: new Date(base - i * 1000) }));
    const first = await getMediaLibraryPage(actors.editor, { q: `paged ${run}`, missingAlt: false, page: 1 });
    expect(first).toMatchObject({ total: MEDIA_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.items.map((item) => item.id)).toEqual(rows.slice(0, MEDIA_PAGE_SIZE).map((row) => row.id));
    const second = await getMediaLibraryPage(actors.editor, { q: `paged ${run}`, missingAlt: false, page: 2 });
    expect(second.items.map((item) => item.id)).toEqual(rows.slice(MEDIA_PAGE_SIZE).map((row) => row.id));
    expect(await getMediaLibraryPage(actors.editor, { q: `paged ${run}`, missingAlt: false, page: 99 })).toMatchObject({ page: 2, items: second.items });
  });
});

describe("where an image is used", () => {
  it("names each story that shows it as hero or in its body, drafts included, and nothing for an unused image", async () => {
    const image = await newMedia({ caption: `used ${run}` });
    const unused = await newMedia({ caption: `used ${run}` });
    const hero = await story(`Hero story ${run}`, { heroImageId: image.id });
    const inBody = await story(`Body story ${run}`, { bodyImage: image.fileName, status: "DRAFT" });
    await story(`Other story ${run}`, { bodyImage: unused.fileName.replace(".png", ".jpg") });
    const page = await getMediaLibraryPage(actors.editor, { q: `used ${run}`, missingAlt: false, page: 1 });
    const usage = Object.fromEntries(page.items.map((item) => [item.id, item.usedBy.map((s) => s.headline).sort()]));
    expect(usage).toEqual({ [image.id]: [hero.headline, inBody.headline].sort(), [unused.id]: [] });

    const details = await getMediaDetails(actors.editor, image.id);
    expect(details?.usedBy.map((s) => ({ id: s.id, status: s.status })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [{ id: hero.id, status: "PUBLISHED" }, { id: inBody.id, status: "DRAFT" }].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await getMediaDetails(actors.editor, "no-such-image")).toBeNull();
  });

  it("shows an author the published stories and their own drafts that use an image, not other people's drafts", async () => {
    const image = await newMedia({ caption: `shared ${run}` });
    const live = await story(`Live story ${run}`, { heroImageId: image.id });
    const mine = await story(`My draft ${run}`, { bodyImage: image.fileName, status: "DRAFT", createdById: actors.author.id });
    await story(`Someone's draft ${run}`, { bodyImage: image.fileName, status: "DRAFT", createdById: actors.editor.id });
    const headlines = (usedBy: { headline: string }[]) => usedBy.map((s) => s.headline).sort();
    const page = await getMediaLibraryPage(actors.author, { q: `shared ${run}`, missingAlt: false, page: 1 });
    expect(headlines(page.items[0]!.usedBy)).toEqual([live.headline, mine.headline].sort());
    expect(headlines((await getMediaDetails(actors.author, image.id))!.usedBy)).toEqual([live.headline, mine.headline].sort());
    expect((await getMediaDetails(actors.editor, image.id))!.usedBy).toHaveLength(3);
  });
});
