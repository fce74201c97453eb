// "Related stories" beside an article, and the copy of each story's publication
// time that the database keeps on its topics for that query.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInput } from "@/lib/validation/article";
import type { Actor } from "@/server/auth/policies";
import { findRelated } from "@/server/data/related";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";

const run = randomUUID().slice(0, 8);
const created: string[] = [];
let editor: Actor;
let sectionId = "";
// Later than anything else in the database, so this file's stories are the newest of their section.
const base = Date.now() + 30 * 86_400_000;
const at = (hours: number) => new Date(base + hours * 3_600_000);

type Saved = { id: string; version: number; slug: string };

async function story(name: string, topics: string[], intent: "save" | "publish" | "unpublish", hour: number, existing?: Saved) {
  const result = await saveArticle(
    editor,
    articleInput.parse({
      id: existing?.id,
      version: existing?.version,
      headline: `Related ${name} ${run}`,
      slug: `related-${name}-${run}`,
      body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words." }] }] }),
      sectionId,
      tags: topics.map((t) => `rel-${t}-${run}`).join(","),
      intent,
    }),
    at(hour),
  );
  if (!result.ok) throw new Error(result.message);
  if (!existing) created.push(result.id);
  return result;
}

/** Saves `existing` again (its name is the second word of its headline) with new topics. */
const edit = (existing: Saved, topics: string[], intent: "save" | "publish" | "unpublish", hour: number) =>
  story(existing.slug.split("-")[1]!, topics, intent, hour, existing);

/** Taggings whose copy differs from their article: none, whatever happened to the articles. */
async function staleTaggings(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "ArticleTag" t JOIN "Article" a ON a.id = t."articleId"
     WHERE t."publishedAt" IS DISTINCT FROM (CASE WHEN a.status = 'PUBLISHED' THEN a."publishedAt" END)`;
  return row!.n;
}

const headlines = async (slug: string) => (await findRelated(slug, 4)).map((card) => card.headline.split(" ")[1]);

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  const id = randomUUID();
  const user = await db.user.create({ data: { id, name: "Related editor", email: `related-${id}@example.com`, role: "editor" } });
  editor = { id: user.id, name: user.name, email: user.email, role: "editor" };
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.tag.deleteMany({ where: { slug: { endsWith: `-${run}` } } });
  await db.user.delete({ where: { id: editor.id } });
  await db.$disconnect();
});

describe("related stories", () => {
  it("puts the stories sharing the most topics first, newest first, then the newest of the section", async () => {
    const source = await story("source", ["a", "b"], "publish", 10);
    await story("both", ["a", "b"], "publish", 1);
    await story("newer-a", ["a"], "publish", 3);
    await story("older-b", ["b"], "publish", 2);
    await story("draft", ["a", "b"], "save", 4);
    await story("section-older", [], "publish", 5);
    await story("elsewhere", ["c"], "publish", 6);
    expect(await headlines(source.slug)).toEqual(["both", "newer-a", "older-b", "elsewhere"]);
    expect(await staleTaggings()).toBe(0);
  });

  it("follows stories as they are unpublished, published again and retagged", async () => {
    const source = await story("source2", ["d"], "publish", 20);
    await story("first", ["d"], "publish", 11);
    let second = await story("second", ["d"], "publish", 12);
    expect((await headlines(source.slug)).slice(0, 2)).toEqual(["second", "first"]);

    second = await edit(second, ["d"], "unpublish", 13);
    expect(await staleTaggings()).toBe(0);
    expect(await headlines(source.slug)).not.toContain("second");

    // Published again with a second topic that the source takes too: it shares more, so it leads.
    await edit(second, ["d", "e"], "publish", 14);
    await edit(source, ["d", "e"], "save", 21);
    expect(await staleTaggings()).toBe(0);
    expect((await headlines(source.slug)).slice(0, 2)).toEqual(["second", "first"]);
  });

  it("is empty for a slug no story has, and for one that is not a slug", async () => {
    expect(await findRelated(`no-such-story-${run}`, 4)).toEqual([]);
    expect(await findRelated("bad\u0000slug", 4)).toEqual([]);
  });
});
