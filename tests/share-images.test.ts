// The pictures search engines and social networks are given for a story: crops of its hero at the
// sizes Google asks for, and a drawn card for a story without one. Made from the seeded library and
// stories in the test database, checked as the image files a crawler would receive.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardUrl, cardVersion, cropUrl, shareImageOf, structuredImagesOf } from "@/lib/share-images";
import { articleInput } from "@/lib/validation/article";
import type { Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { shareCard } from "@/server/media/cards";
import { cropOf } from "@/server/media/crops";
import { saveArticle } from "@/server/services/articles";

afterAll(() => db.$disconnect());

describe("addresses", () => {
  it("names crops after the original and always as JPEG", () => {
    expect(cropUrl("/media/hero-flood.webp", "16x9")).toBe("/media/crops/16x9/hero-flood.jpg");
    expect(cropUrl("/media/a.b.png", "1x1")).toBe("/media/crops/1x1/a.b.jpg");
  });

  it("gives a card a new address when its headline or section changes, and only then", () => {
    const card = { id: "abc", headline: "Harbour wall repairs begin", section: "News" };
    expect(cardUrl(card)).toBe(cardUrl({ ...card }));
    expect(cardVersion({ ...card, headline: "Harbour wall repairs begin." })).not.toBe(cardVersion(card));
    expect(cardVersion({ ...card, section: "Climate" })).not.toBe(cardVersion(card));
    // The text and the section are kept apart: moving a word from one to the other is a change.
    expect(cardVersion({ id: "x", headline: "a b", section: "c" })).not.toBe(cardVersion({ id: "x", headline: "a", section: "b c" }));
  });

  it("offers a hero's 16:9 crop to networks and all three crops to search engines, or the card", () => {
    const story = { id: "s1", headline: "Ferry returns", section: { name: "News" }, image: { src: "/media/ferry.jpg", alt: "", caption: "The ferry at dawn" } };
    expect(shareImageOf(story)).toEqual({ url: "/media/crops/16x9/ferry.jpg", width: 1200, height: 675, alt: "The ferry at dawn" });
    expect(structuredImagesOf(story)).toEqual(["/media/crops/16x9/ferry.jpg", "/media/crops/4x3/ferry.jpg", "/media/crops/1x1/ferry.jpg"]);
    const plain = { ...story, image: null };
    expect(shareImageOf(plain)).toMatchObject({ width: 1200, height: 630, alt: "Ferry returns", url: cardUrl({ id: "s1", headline: "Ferry returns", section: "News" }) });
    expect(structuredImagesOf(plain)).toEqual([shareImageOf(plain).url]);
  });
});

describe("crops", () => {
  it("cuts each library image to 1200 px wide JPEGs of 16:9, 4:3 and 1:1, enlarging small originals", async () => {
    // The smallest image in the library, to show that a small original still yields 1200 px.
    const media = await db.media.findFirstOrThrow({ orderBy: { width: "asc" } });
    const name = media.fileName.replace(/\.[A-Za-z0-9]+$/, "");
    for (const [crop, height] of [["16x9", 675], ["4x3", 900], ["1x1", 1200]] as const) {
      const answer = await cropOf(name, crop);
      const meta = await sharp(answer.kind === "crop" ? answer.jpeg : undefined).metadata();
      expect([meta.format, meta.width, meta.height], crop).toEqual(["jpeg", 1200, height]);
    }
    // Asked again, the kept file is the same bytes.
    const [first, second] = [await cropOf(name, "16x9"), await cropOf(name, "16x9")];
    expect(first.kind === "crop" && second.kind === "crop" && first.jpeg.equals(second.jpeg)).toBe(true);
  });

  it("makes nothing for names outside the library, however they are written", async () => {
    for (const name of ["no-such-image", "../../etc/passwd", "", ".hidden", "a/b"]) expect(await cropOf(name, "16x9"), name).toEqual({ kind: "none" });
  });
});

describe("share cards", () => {
  let editor: Actor;
  let story: { id: string; version: number };
  const run = randomUUID().slice(0, 8);
  let sectionId = "";

  beforeAll(async () => {
    const id = randomUUID();
    const user = await db.user.create({ data: { id, name: "Card editor", email: `card-${id}@example.com`, role: "editor" } });
    editor = { id: user.id, name: user.name, email: user.email, role: "editor" };
    sectionId = (await db.section.findFirstOrThrow({ where: { slug: "news" } })).id;
    story = await save("Tide tables reprinted after a printing error left out Thursday", "publish");
  });

  afterAll(async () => {
    await db.article.deleteMany({ where: { id: story.id } });
    await db.user.delete({ where: { id: editor.id } });
  });

  async function save(headline: string, intent: "publish" | "unpublish", existing?: { id: string; version: number }) {
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }] });
    const result = await saveArticle(editor, articleInput.parse({ id: existing?.id, version: existing?.version, headline, slug: `card-${run}`, body, sectionId, intent }));
    if (!result.ok) throw new Error(result.message);
    return { id: result.id, version: result.version };
  }

  it("draws a 1200 × 630 PNG for a published story, sends an old address on, and has none for a story taken down", async () => {
    const text = { id: story.id, headline: "Tide tables reprinted after a printing error left out Thursday", section: "News" };
    const answer = await shareCard(story.id, cardVersion(text));
    expect(answer.kind).toBe("card");
    const meta = await sharp(answer.kind === "card" ? answer.png : Buffer.alloc(0)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);

    story = await save("Tide tables reprinted", "publish", story);
    expect(await shareCard(story.id, cardVersion(text))).toEqual({ kind: "moved", url: cardUrl({ ...text, headline: "Tide tables reprinted" }) });

    story = await save("Tide tables reprinted", "unpublish", story);
    expect(await shareCard(story.id, cardVersion({ ...text, headline: "Tide tables reprinted" }))).toEqual({ kind: "none" });
    expect(await shareCard("no-such-story", "abc")).toEqual({ kind: "none" });
  });
});
