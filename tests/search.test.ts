import { afterAll, describe, expect, it } from "vitest";
import { normaliseSearchQuery, splitHighlights, MARK_END, MARK_START } from "@/lib/search-query";
import { searchArticles } from "@/server/data/search";
import { db } from "@/server/db";

afterAll(() => db.$disconnect());

describe("search query", () => {
  it("normalises whitespace, control characters and length", () => {
    expect(normaliseSearchQuery("  harbour\n\t lights\u0000 ")).toBe("harbour lights");
    expect(normaliseSearchQuery("x".repeat(5000))).toHaveLength(200);
    expect(normaliseSearchQuery(["a"])).toBe("");
    expect(normaliseSearchQuery("\ud800 lone")).toBe("lone");
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
