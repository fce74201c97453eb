// Search finds live blogs by their entries, against the real database: a word that only an entry holds finds
// the blog once, with that entry's snippet and permalink; entries of a blog that is not published, and
// deleted entries, are never found.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "@/lib/search-query";
import { articleInput } from "@/lib/validation/article";
import { searchArticles } from "@/server/data/search";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { deleteLiveEntry, postLiveEntry } from "@/server/services/live-blogs";
import { doc, liveBlogNewsroom, ok } from "./helpers/live-blogs";

const newsroom = liveBlogNewsroom("LiveSearch");
const { actors } = newsroom;

/** A word no other text holds (letters only, so the parser keeps it whole). */
const rareWord = () => `zq${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`;
const liveBlog = (intent: "publish" | "save" = "publish", headline = "Budget night at the town hall: live") => newsroom.liveBlog({ intent, headline });

const post = (articleId: string, text: string, fields: Record<string, unknown> = {}, now?: Date) =>
  postLiveEntry(actors.editor, { articleId, body: doc(text), ...fields }, now).then(ok);

describe("search over live-blog entries", () => {
  it("a word only an entry holds finds the blog once, with that entry's snippet and a link to it", async () => {
    const word = rareWord();
    const blog = await liveBlog();
    await post(blog.id, "The treasurer has not yet arrived at the chamber.");
    const weaker = await post(blog.id, `Someone in the gallery mentions ${word} in passing.`);
    const entry = await post(blog.id, `The ${word} levy is dropped from the budget, to applause from the gallery and groans from the harbour board.`, { title: `${word} levy dropped` });

    const results = await searchArticles({ q: word });
    expect(results.total).toBe(1);
    const [hit] = results.hits;
    expect(hit).toMatchObject({ id: blog.id, headline: "Budget night at the town hall: live", live: true });
    // The entry with the word in its title and text ranks above the one that mentions it once.
    expect(hit!.entry).toMatchObject({ id: entry.id, url: `/news/${blog.slug}/entry/${entry.id}` });
    expect(hit!.entry!.id).not.toBe(weaker.id);
    expect(hit!.entry!.title).toBe(`${MARK_START}${word}${MARK_END} levy dropped`);
    expect(hit!.snippet).toContain(`${MARK_START}${word}${MARK_END} levy is dropped`);
    expect(hit!.snippet).not.toContain("treasurer");
  });

  it("a blog found by its own headline and by an entry is listed once; an exact phrase is matched in entries", async () => {
    const word = rareWord();
    const blog = await liveBlog("publish", `Live: the ${word} inquiry`);
    await post(blog.id, `Witnesses at the ${word} inquiry describe the night the harbour flooded.`);
    const both = await searchArticles({ q: word });
    expect(both.total).toBe(1);
    expect(both.hits.map((h) => h.id)).toEqual([blog.id]);

    const phrase = await searchArticles({ q: `"${word} inquiry" flooded` });
    expect(phrase.hits.map((h) => h.id)).toEqual([blog.id]);
    expect(phrase.hits[0]!.entry).not.toBeNull();
    expect((await searchArticles({ q: `"inquiry ${word}" flooded` })).total).toBe(0);
  });

  it("entries of a blog that is not published, and deleted entries, are never found", async () => {
    const draftWord = rareWord();
    const draft = await liveBlog("save");
    await post(draft.id, `A rehearsal entry about ${draftWord}, not for readers yet.`);
    expect((await searchArticles({ q: draftWord })).total).toBe(0);

    const deletedWord = rareWord();
    const blog = await liveBlog();
    const entry = await post(blog.id, `A mistaken report of ${deletedWord} at the ferry terminal.`);
    expect((await searchArticles({ q: deletedWord })).total).toBe(1);
    ok(await deleteLiveEntry(actors.editor, { entryId: entry.id }));
    expect((await searchArticles({ q: deletedWord })).total).toBe(0);
  });

  it("a draft blog's many newer entries never push a published blog's entry out of the matches", async () => {
    const word = rareWord();
    const blog = await liveBlog();
    const entry = await post(blog.id, `The ${word} bridge reopens to traffic.`, {}, new Date(Date.now() - 3_600_000));
    // More matching entries than search ranks (1,000), all newer, on a blog readers cannot see yet; written
    // in one go, as an import would, since a thousand posts through the service would take minutes.
    const draft = await liveBlog("save");
    const now = Date.now();
    await db.liveEntry.createMany({
      data: Array.from({ length: 1_001 }, (_, i) => ({
        articleId: draft.id,
        postedAt: new Date(now - i * 1000),
        title: "",
        body: JSON.parse(doc(`Rehearsal ${i} about the ${word} bridge.`)),
        bodyText: `Rehearsal ${i} about the ${word} bridge.`,
      })),
    });
    const results = await searchArticles({ q: word });
    expect(results.hits.map((h) => [h.id, h.entry?.id])).toEqual([[blog.id, entry.id]]);
    expect(results).toMatchObject({ total: 1, moreThanTotal: false });
  });

  it("an entry counts by its own time: newest first, and within the past day, however old the blog", async () => {
    const word = rareWord();
    const blog = await liveBlog();
    const entry = await post(blog.id, `Late in the evening the ${word} motion passes.`);
    const story = await saveArticle(
      actors.editor,
      articleInput.parse({ headline: `What the ${word} motion means`, slug: `story-${randomUUID().slice(0, 8)}`, sectionId: newsroom.sectionId, body: doc("An explainer."), authorIds: [], intent: "publish" }),
    );
    if (!story.ok) throw new Error(story.message);
    newsroom.keep(story.id);
    // The blog began ten days ago and the story was published three days ago; the entry is from now.
    await db.article.update({ where: { id: blog.id }, data: { publishedAt: new Date(Date.now() - 10 * 86_400_000) } });
    await db.article.update({ where: { id: story.id }, data: { publishedAt: new Date(Date.now() - 3 * 86_400_000) } });

    expect((await searchArticles({ q: word, order: "newest" })).hits.map((h) => [h.id, h.entry?.id ?? null])).toEqual([[blog.id, entry.id], [story.id, null]]);
    expect((await searchArticles({ q: word, within: "day" })).hits.map((h) => h.id)).toEqual([blog.id]);
    expect((await searchArticles({ q: word, section: "sport" })).total).toBe(0);
  });
});
