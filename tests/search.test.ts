import fc from "fast-check";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { frameSnippet, normaliseSearchQuery, requiredPhrases, splitHighlights, MARK_END, MARK_START } from "@/lib/search-query";
import { articleInput } from "@/lib/validation/article";
import type { Actor } from "@/server/auth/policies";
import { searchArticles, wordPairFilter } from "@/server/data/search";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";

afterAll(() => db.$disconnect());

describe("search query", () => {
  it("normalises whitespace, control characters and length", () => {
    expect(normaliseSearchQuery("  harbour\n\t lights\u0000 ")).toBe("harbour lights");
    expect(normaliseSearchQuery("x".repeat(5000))).toHaveLength(200);
    expect(normaliseSearchQuery(["a"])).toBe("");
    expect(normaliseSearchQuery("\ud800 lone")).toBe("lone");
  });

  it("lists the quoted phrases every match must contain, and none when a phrase could be optional", () => {
    expect(requiredPhrases(`"treaty court" harbour`)).toEqual(["treaty court"]);
    expect(requiredPhrases(`x"court of appeal"y "mayor's office"`)).toEqual(["court of appeal", "mayor's office"]);
    expect(requiredPhrases(`harbour -"treaty court" - "ferry station" "city hall"`)).toEqual(["city hall"]);
    expect(requiredPhrases(`-!"treaty court" (-) "ferry station" -the "city hall" -x"bus stop"`)).toEqual(["city hall", "bus stop"]);
    expect(requiredPhrases(`"treaty court" or harbour`)).toEqual([]);
    expect(requiredPhrases(`"treaty court" OR harbour`)).toEqual([]);
    // Under some database locales an accented letter ends a word: "or" and "-" before one may be operators.
    expect(requiredPhrases(`"supreme court" orígenes`)).toEqual([]);
    expect(requiredPhrases(`-é "supreme court" "city hall"`)).toEqual(["city hall"]);
    expect(requiredPhrases(`"supreme court" order`)).toEqual(["supreme court"]);
    expect(requiredPhrases(`"treaty court`)).toEqual([]);
    expect(requiredPhrases(`"treaty court" "`)).toEqual([]);
    expect(requiredPhrases(`"" " " harbour`)).toEqual([]);
    // "or" inside a phrase is a stop word, not an operator
    expect(requiredPhrases(`"sink or swim"`)).toEqual(["sink or swim"]);
  });

  it("splits a snippet into plain and highlighted runs", () => {
    expect(splitHighlights(`a ${MARK_START}b${MARK_END} c`)).toEqual([
      { text: "a ", highlight: false },
      { text: "b", highlight: true },
      { text: " c", highlight: false },
    ]);
  });

  it("marks a phrase as one run, and words apart as two", () => {
    const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;
    expect(splitHighlights(`the ${mark("treaty")} ${mark("court")} sat`)).toEqual([
      { text: "the ", highlight: false },
      { text: "treaty court", highlight: true },
      { text: " sat", highlight: false },
    ]);
    expect(splitHighlights(`${mark("treaty")}, then the ${mark("court")}`).filter((p) => p.highlight).map((p) => p.text)).toEqual(["treaty", "court"]);
  });

  it("starts a snippet at a word and marks what was left out with an ellipsis", () => {
    const body = "The council met on Tuesday. After a long debate, the harbour budget passed by one vote. Protesters left quietly.";
    const head = body;
    const tail = body;
    // A passage from the middle, cut at a comma by the database: starts at the word, ellipses both ends.
    expect(frameSnippet(`, the ${MARK_START}harbour${MARK_END} budget passed by one`, head, tail)).toBe(`… the ${MARK_START}harbour${MARK_END} budget passed by one …`);
    // The body's own start and end: no ellipsis there.
    expect(frameSnippet("The council met on Tuesday.", head, tail)).toBe("The council met on Tuesday. …");
    expect(frameSnippet(`debate, the harbour budget passed by one vote. Protesters left quietly.`, head, tail)).toBe("… debate, the harbour budget passed by one vote. Protesters left quietly.");
    expect(frameSnippet(body, head, tail)).toBe(body);
    // Two passages keep the gap between them.
    expect(frameSnippet("The council met … Protesters left quietly.", head, tail)).toBe("The council met … Protesters left quietly.");
  });
});

describe("recency", () => {
  const run = randomUUID().slice(0, 8);
  // A word no other story holds, so that only this block's stories match it.
  const word = `quillmere${run.replace(/[0-9]/g, "")}x`;
  const created: string[] = [];
  let editor: Actor;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  async function publish(name: string, body: string, at: Date, headline = `${name} ${word}`) {
    const sectionId = (await db.section.findFirstOrThrow({ where: { slug: "news" } })).id;
    const text = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: body }] }] });
    const result = await saveArticle(editor, articleInput.parse({ headline, slug: `search-${name.toLowerCase()}-${run}`, body: text, sectionId, intent: "publish" }), at);
    if (!result.ok) throw new Error(result.message);
    created.push(result.id);
  }

  beforeAll(async () => {
    const id = randomUUID();
    const user = await db.user.create({ data: { id, name: "Search editor", email: `search-${id}@example.com`, role: "editor" } });
    editor = { id: user.id, name: user.name, email: user.email, role: "editor" };
    // The old story matches better (its word is in the headline and twice in the body); today's only in its headline.
    await publish("Old", `Old news about ${word}, and more about ${word}.`, daysAgo(60));
    await publish("Week", `Last week's piece on the harbour.`, daysAgo(3));
    await publish("Today", `Today's piece on the harbour.`, daysAgo(0.01));
    await publish("Passing", `A long piece on the harbour that names ${word} once, in passing.`, daysAgo(0.02), "Passing mention of the harbour");
  });

  afterAll(async () => {
    await db.article.deleteMany({ where: { id: { in: created } } });
    await db.user.delete({ where: { id: editor.id } });
  });

  const order = async (input: Parameters<typeof searchArticles>[0]) => (await searchArticles(input)).hits.map((hit) => hit.headline.split(" ")[0]);

  it("puts today's story before a better-matching old one, but not a passing mention before a recent headline", async () => {
    const ranked = await order({ q: word });
    expect(ranked.slice(0, 2)).toEqual(["Today", "Week"]);
    expect(ranked.indexOf("Week")).toBeLessThan(ranked.indexOf("Passing"));
    expect(ranked).toHaveLength(4);
  });

  it("owes that order to recency: by its text alone the old story matches best", async () => {
    const [ranked] = await db.$queryRaw<{ old: number; today: number }[]>`
      SELECT max(ts_rank(search, websearch_to_tsquery('english', ${word}))) FILTER (WHERE headline LIKE 'Old %') AS old,
             max(ts_rank(search, websearch_to_tsquery('english', ${word}))) FILTER (WHERE headline LIKE 'Today %') AS today
        FROM "Article" WHERE id = ANY(${created})`;
    expect(ranked!.old).toBeGreaterThan(ranked!.today);
  });

  it("lists newest first when asked, and keeps to the period chosen", async () => {
    expect(await order({ q: word, order: "newest" })).toEqual(["Today", "Passing", "Week", "Old"]);
    expect(await order({ q: word, within: "day", order: "newest" })).toEqual(["Today", "Passing"]);
    expect(await order({ q: word, within: "week", order: "newest" })).toEqual(["Today", "Passing", "Week"]);
    expect(await order({ q: word, within: "year", order: "newest" })).toEqual(["Today", "Passing", "Week", "Old"]);
    const results = await searchArticles({ q: word, within: "fortnight", order: "oldest" });
    expect([results.within, results.order, results.total]).toEqual([null, "relevance", 4]);
  });
});

describe("full-text search", () => {
  it("finds a story by a word in its body and ranks headline matches first", async () => {
    const results = await searchArticles({ q: "bakery" });
    expect(results.hits.map((h) => h.slug)).toContain("ferrier-street-water-main-burst");
    const hit = results.hits.find((h) => h.slug === "ferrier-street-water-main-burst")!;
    expect(hit.snippet).toContain(`${MARK_START}bakery${MARK_END}`);
    const headline = await searchArticles({ q: "ferrier burst" });
    expect(headline.hits[0]!.slug).toBe("ferrier-street-water-main-burst");
  });

  it("filters by section and pages", async () => {
    const sport = await searchArticles({ q: "bakery", section: "sport" });
    expect(sport.hits.every((h) => h.section.slug === "sport")).toBe(true);
    const all = await searchArticles({ q: "council" });
    expect(all.total).toBeGreaterThan(all.hits.length);
    const second = await searchArticles({ q: "council", page: 2 });
    expect(second.hits[0]!.id).not.toBe(all.hits[0]!.id);
  });

  it("counts the matches, pages through each once, and keeps the count past the last page", async () => {
    const first = await searchArticles({ q: "council" });
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) for (const hit of (await searchArticles({ q: "council", page })).hits) seen.add(hit.id);
    expect(seen.size).toBe(first.total);
    expect(first.moreThanTotal).toBe(false);
    const past = await searchArticles({ q: "council", page: first.pageCount + 1 });
    expect(past.hits).toEqual([]);
    expect(past.total).toBe(first.total);
  });

  it("handles hostile input without an error", async () => {
    for (const q of [`"unterminated`, "a & | ! ( ) :* <->", "'; DROP TABLE \"Article\"; --", "🚢🌊", "x".repeat(1000), "\u0000", "-", "or", "the"]) {
      const results = await searchArticles({ q });
      expect(results.total, q).toBeGreaterThanOrEqual(0);
    }
    expect(await db.article.count()).toBeGreaterThan(0);
  });
});

describe("phrase search through word pairs", () => {
  let texts: string[] = [];
  beforeAll(async () => {
    texts = (await db.article.findMany({ where: { status: "PUBLISHED" }, select: { bodyText: true }, orderBy: { id: "asc" } })).map((a) => a.bodyText);
  });

  async function matches(query: string, filter: Prisma.Sql): Promise<string[]> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Article" a WHERE a.search @@ websearch_to_tsquery('english', ${query}) ${filter} ORDER BY a.id`;
    return rows.map((r) => r.id);
  }

  it("finds exactly the stories the full-text query alone finds, for phrases cut from real stories and hostile ones", async () => {
    // A phrase is a run of 1 to 5 words from a story, so most queries match something.
    const phrase = fc.record({ text: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }).map(({ text, start, length }) => {
      const words = texts[text % texts.length]!.split(/\s+/);
      const from = start % Math.max(1, words.length - length);
      return words.slice(from, from + length).join(" ");
    });
    const decorated = fc.tuple(phrase, fc.constantFrom("", "-", "- ", "x", "!", "\"", "or "), fc.constantFrom("", "-", "'s", "\"", " or harbour", " council", " -council", "(", "&")).map(
      ([words, before, after]) => `${before}"${words}${after.startsWith("\"") ? "" : '"'}${after}`,
    );
    const query = fc
      .array(fc.oneof({ arbitrary: phrase.map((words) => `"${words}"`), weight: 3 }, { arbitrary: decorated, weight: 3 }, phrase, fc.constantFrom("or", "-", "\"", "court of", "the")), { minLength: 1, maxLength: 2 })
      .map((parts) => normaliseSearchQuery(parts.join(" ")));
    let narrowed = 0; // queries with matches that went through the word pairs
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const filter = wordPairFilter(q);
        const expected = await matches(q, Prisma.empty);
        expect(await matches(q, filter), q).toEqual(expected);
        if (filter !== Prisma.empty && expected.length) narrowed++;
      }),
      { numRuns: 300 },
    );
    expect(narrowed).toBeGreaterThan(50);
  });

  it("takes a story whose words are too long to pair within an index entry, and still finds its phrases", async () => {
    // Two adjacent long words (a pasted token, a base64 string) would make a pair larger than an index entry may be.
    const word = () => Array.from(randomBytes(1400), (b) => "abcdefghijklmnopqrstuvwxyz"[b % 26]).join("");
    const [first, second] = [word(), word()];
    const rollback = new Error("rollback");
    const found = await db
      .$transaction(async (tx) => {
        const story = await tx.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
        await tx.article.update({ where: { id: story.id }, data: { bodyText: `harbour ${first} ${second} ferry` } });
        const phrase = `"harbour ${first} ${second} ferry"`;
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Article" a WHERE a.id = ${story.id} AND a.search @@ websearch_to_tsquery('english', ${phrase}) ${wordPairFilter(phrase)}`;
        throw Object.assign(rollback, { rows });
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
        return (rollback as Error & { rows: { id: string }[] }).rows;
      });
    expect(found).toHaveLength(1);
  });
});
