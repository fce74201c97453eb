import fc from "fast-check";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { normaliseSearchQuery, requiredPhrases, splitHighlights, MARK_END, MARK_START } from "@/lib/search-query";
import { searchArticles, wordPairFilter } from "@/server/data/search";
import { db } from "@/server/db";

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
