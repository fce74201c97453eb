// Scheduled publishing: due stories go live once, even when several server
// processes run the scheduler at the same moment.
import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { db } from "@/server/db";
import { publishDueArticles } from "@/server/scheduler";

const created: string[] = [];
afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

async function scheduled(minutesFromNow: number) {
  const section = await db.section.findUniqueOrThrow({ where: { slug: "climate" } });
  const row = await db.article.create({
    data: {
      slug: `sched-${randomUUID().slice(0, 8)}`, headline: "Scheduled story", body: { type: "doc", content: [] }, status: "SCHEDULED",
      scheduledAt: new Date(Date.now() + minutesFromNow * 60_000), sectionId: section.id,
    },
  });
  created.push(row.id);
  return row;
}

it("publishes what is due, at its scheduled time, and leaves the rest", async () => {
  const due = await scheduled(-2);
  const later = await scheduled(30);
  const tags = await publishDueArticles();
  const [a, b] = await Promise.all([db.article.findUniqueOrThrow({ where: { id: due.id } }), db.article.findUniqueOrThrow({ where: { id: later.id } })]);
  expect(a.status).toBe("PUBLISHED");
  expect(a.publishedAt).toEqual(due.scheduledAt);
  expect(a.firstPublishedAt).toEqual(due.scheduledAt);
  expect(b.status).toBe("SCHEDULED");
  expect(tags).toEqual(expect.arrayContaining([`article:${due.id}`, "home", "section:climate"]));
});

it("two schedulers running at once publish each story exactly once", async () => {
  const stories = await Promise.all([scheduled(-1), scheduled(-1), scheduled(-1)]);
  // Three runs on three pooled connections at once, as three server processes would.
  await Promise.all([publishDueArticles(), publishDueArticles(), publishDueArticles()]);
  for (const story of stories) {
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("PUBLISHED");
    expect(await db.revision.count({ where: { articleId: story.id, kind: "publish" } })).toBe(1);
  }
});
