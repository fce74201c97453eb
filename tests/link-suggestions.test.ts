// The link dialog's look-ups: our published stories by headline, and whether a site path leads to one.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/policies";
import { findStoriesToLink, findStoryAtPath, lastSectionOf } from "@/server/data/admin-articles";
import { db } from "@/server/db";

const run = randomUUID().slice(0, 8);
let writer: Actor;
let section = { id: "", slug: "" };
// Words, not digits, tell the stories apart: the run's id may hold any digit.
const NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const name = (i: number) => NAMES[i] ?? `draft${NAMES[i - 90]}`;

beforeAll(async () => {
  const user = await db.user.create({ data: { id: randomUUID(), name: `Linker ${run}`, email: `linker-${run}@example.com`, role: "author" } });
  writer = { id: user.id, name: user.name, email: user.email, role: "author" };
  section = await db.section.findUniqueOrThrow({ where: { slug: "science" }, select: { id: true, slug: true } });
  const story = (i: number, status: "PUBLISHED" | "DRAFT" | "SCHEDULED", publishedAt: Date | null) => ({
    slug: `lighthouse-${run}-${i}`, headline: `Lighthouse keeper ${run} number ${name(i)}`, status, publishedAt, sectionId: section.id, body: { type: "doc", content: [] }, createdById: writer.id,
  });
  await db.article.createMany({
    data: [
      ...Array.from({ length: 10 }, (_, i) => story(i, "PUBLISHED", new Date(Date.now() - (i + 1) * 60_000))),
      story(90, "DRAFT", null),
      story(91, "SCHEDULED", null),
    ],
  });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: `lighthouse-${run}-` } } });
  await db.user.delete({ where: { id: writer.id } });
});

describe("suggesting our stories for a link", () => {
  it("offers published stories holding every word typed, newest first, eight at most, as canonical paths", async () => {
    const found = await findStoriesToLink(writer, `keeper ${run}`);
    expect(found).toHaveLength(8);
    expect(found[0]).toEqual({ headline: `Lighthouse keeper ${run} number zero`, path: `/science/lighthouse-${run}-0` });
    expect(await findStoriesToLink(writer, `keeper ${run} draft`)).toEqual([]);
    expect(await findStoriesToLink(writer, `KEEPER ${run} three`)).toEqual([{ headline: `Lighthouse keeper ${run} number three`, path: `/science/lighthouse-${run}-3` }]);
  });

  it("answers nothing to someone signed out, to blank words, or to something that is not text", async () => {
    expect(await findStoriesToLink(null, `keeper ${run}`)).toEqual([]);
    expect(await findStoriesToLink(writer, "   ")).toEqual([]);
    expect(await findStoriesToLink(writer, 42 as unknown as string)).toEqual([]);
    // Very long input is cut, not refused with an error.
    expect(await findStoriesToLink(writer, `${run} ${"x".repeat(5000)}`)).toEqual([]);
  });

  it("says whether a site path leads to a published story", async () => {
    expect(await findStoryAtPath(writer, `/science/lighthouse-${run}-2`)).toEqual({ headline: `Lighthouse keeper ${run} number two`, path: `/science/lighthouse-${run}-2` });
    expect(await findStoryAtPath(writer, `/news/lighthouse-${run}-2`)).toBeNull();
    expect(await findStoryAtPath(writer, `/science/lighthouse-${run}-90`)).toBeNull();
    expect(await findStoryAtPath(writer, "/tag/harbour/page/2")).toBeNull();
    expect(await findStoryAtPath(null, `/science/lighthouse-${run}-2`)).toBeNull();
  });

  it("starts a writer's new story in the section of the story they started last", async () => {
    expect(await lastSectionOf(writer)).toBe(section.id);
  });
});
