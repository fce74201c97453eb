// npm run bench:live [-- --skip-build] [--entries 1000] [--samples 20] [--posts 8] [--keep-database]
//
// The two speed figures of live blogs, on one production server as `npm start` runs it, with a database of
// its own (`ledger_bench_live` on the server of DATABASE_URL, or an embedded one):
// 1. the first page of a live blog with --entries entries rendered again after an entry is posted (the
//    tags a post expires, expired before each request: the page and its entries are read and rendered
//    again), and from nothing (the blog's own tag expired too, as an edit of the blog does), against the
//    same first page on a blog of only one page's entries (what the other entries cost), a normal story of the
//    demo content after an edit (of the demo's median length), and a story that holds the same text as that
//    first page (its entries' paragraphs), timed by the server (Server-Timing) and by the client;
// 2. an entry posted in the newsroom (Chromium, the real form and button) until a reader's page that is
//    open on the blog shows "1 new update": at most the polling interval plus a second is the target.
// Figures go to bench-results/live-blog.json. --keep-database leaves the loaded database (PostgreSQL only) for
// a closer look at the same pages; the next run replaces it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma";
import { LIVE_PAGE_SIZE, LIVE_POLL_MS } from "@/lib/live-blog/paths";
import { documentText, type RichDocument } from "@/lib/rich-text/document";
import { tags, tagsForLiveEntryChange } from "@/server/cache-tags";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_ADMIN } from "../prisma/seed";
import { projectRoot } from "./lib/database";
import { build, freshDatabase, prepareContent, REVALIDATE_SECRET, serverEnv, settleDatabase, startServer, stopServer } from "./lib/server-under-test";

const { values } = parseArgs({
  options: { "skip-build": { type: "boolean" }, "keep-database": { type: "boolean" }, entries: { type: "string", default: "1000" }, samples: { type: "string", default: "20" }, posts: { type: "string", default: "8" } },
});
const entries = Number(values.entries);
const samples = Number(values.samples);
const posts = Number(values.posts);
const port = Number(process.env.BENCH_PORT ?? 3290);
const base = `http://127.0.0.1:${port}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  if (!sorted.length) return { samples: 0 };
  return { samples: sorted.length, median: +percentile(sorted, 0.5).toFixed(1), p95: +percentile(sorted, 0.95).toFixed(1), max: +sorted[sorted.length - 1]!.toFixed(1) };
};

/** One paragraph of an entry (or of the story of the same length), as the editor writes them. */
const paragraph = (i: number, n: number) => ({
  type: "paragraph",
  content: [{ type: "text", text: `Update ${i}, paragraph ${n}: crews worked along the sea wall through the afternoon while the harbour office counted the boats still out and the council opened another rest centre on Ferry Lane.` }],
});

/** Where the benchmark's pages go and who writes them: the News section and the first author. */
async function newsDesk(prisma: ReturnType<typeof createPrismaClient>) {
  const section = await prisma.section.findUniqueOrThrow({ where: { slug: "news" } });
  const author = await prisma.author.findFirstOrThrow({ orderBy: { slug: "asc" } });
  return { section, author };
}

/** A live blog of `count` entries a minute apart, each a few sentences, written straight to the database. */
async function loadLiveBlog(url: string, count: number, slug: string): Promise<{ id: string; path: string }> {
  const prisma = createPrismaClient(url, 1);
  try {
    const { section, author } = await newsDesk(prisma);
    const started = new Date(Date.now() - (count + 30) * 60_000);
    const blog = await prisma.article.create({
      data: {
        slug,
        kind: "LIVE_BLOG",
        headline: `A live blog of ${count} entries`,
        standfirst: "For measuring the first page's render.",
        body: { type: "doc", content: [paragraph(0, 0)] },
        bodyText: "Key points.",
        wordCount: 2,
        status: "PUBLISHED",
        publishedAt: started,
        firstPublishedAt: started,
        sectionId: section.id,
        authors: { create: [{ authorId: author.id, position: 0 }] },
      },
      select: { id: true },
    });
    const rows: Prisma.LiveEntryCreateManyInput[] = Array.from({ length: count }, (_, i) => {
      const at = new Date(started.getTime() + (i + 1) * 60_000);
      const body = { type: "doc", content: [paragraph(i, 1), paragraph(i, 2), paragraph(i, 3)] };
      return {
        id: `${slug}-${String(i).padStart(5, "0")}`,
        articleId: blog.id,
        postedAt: at,
        createdAt: at,
        updatedAt: at,
        title: i % 4 === 0 ? `Update ${i}` : "",
        body,
        // The entry's text, as the newsroom stores it: the blog's structured data carries it for its newest entries.
        bodyText: documentText(body as RichDocument),
        keyEvent: i % 50 === 0,
      };
    });
    await prisma.liveEntry.createMany({ data: rows });
    await prisma.liveEntryAuthor.createMany({ data: rows.map((row) => ({ entryId: row.id!, authorId: author.id, position: 0 })) });
    await prisma.article.update({ where: { id: blog.id }, data: { contentUpdatedAt: rows[rows.length - 1]!.postedAt as Date } });
    return { id: blog.id, path: `/news/${slug}` };
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * A normal story whose body is the text of a live blog's first page: a page of entries of three paragraphs, each
 * entry's title (when it has one) as a heading. What a page of that length costs, whatever its kind.
 */
async function loadStoryOfOnePage(url: string, slug: string): Promise<{ id: string; path: string }> {
  const prisma = createPrismaClient(url, 1);
  try {
    const { section, author } = await newsDesk(prisma);
    const at = new Date(Date.now() - 3_600_000);
    const content = Array.from({ length: LIVE_PAGE_SIZE }, (_, i) => [
      ...(i % 4 === 0 ? [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: `Update ${i}` }] }] : []),
      paragraph(i, 1),
      paragraph(i, 2),
      paragraph(i, 3),
    ]).flat();
    const story = await prisma.article.create({
      data: {
        slug,
        headline: "A story as long as a live blog's first page",
        standfirst: "For measuring what a page of that length costs.",
        body: { type: "doc", content },
        bodyText: "A story as long as a live blog's first page.",
        wordCount: LIVE_PAGE_SIZE * 100,
        status: "PUBLISHED",
        publishedAt: at,
        firstPublishedAt: at,
        sectionId: section.id,
        authors: { create: [{ authorId: author.id, position: 0 }] },
      },
      select: { id: true },
    });
    return { id: story.id, path: `/news/${slug}` };
  } finally {
    await prisma.$disconnect();
  }
}

async function expire(tags: string[]) {
  const response = await fetch(`${base}/api/revalidate`, { method: "POST", headers: { authorization: `Bearer ${REVALIDATE_SECRET}`, "content-type": "application/json" }, body: JSON.stringify({ tags }) });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

/** What expires before a render: an entry posted to a live blog, or an edit of the article (everything it read). */
type Change = "post" | "edit";

const expiredBy = (change: Change, articleId: string) =>
  change === "post" ? tagsForLiveEntryChange({ id: articleId, slug: "", status: "PUBLISHED", section: null, tags: [], authors: [] }, "post") : [tags.article(articleId), tags.liveEntries(articleId)];

/** One render after a change: the tags it expires expired, then the page asked for. */
async function render(pathName: string, articleId: string, change: Change): Promise<{ server: number; client: number; bytes: number }> {
  await expire(expiredBy(change, articleId));
  const started = performance.now();
  const response = await fetch(base + pathName);
  const html = await response.text();
  const client = performance.now() - started;
  if (!response.ok) throw new Error(`${pathName} answered ${response.status}`);
  const server = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  return { server, client, bytes: html.length };
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const db = await freshDatabase("ledger_bench_live", 54391);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    console.log(`Preparing a database with the demo content and a live blog of ${entries} entries…`);
    await prepareContent(db.url, 0);
    const blog = await loadLiveBlog(db.url, entries, "bench-live-blog");
    // The same first page on a blog that has no more entries than it shows: what the other entries cost.
    const short = await loadLiveBlog(db.url, LIVE_PAGE_SIZE, "bench-live-blog-short");
    const long = await loadStoryOfOnePage(db.url, "bench-story-of-one-live-page");
    await settleDatabase(db.url);
    const env = serverEnv(db.url, port);
    if (!values["skip-build"]) build(env);
    server = await startServer(env, port);
    const prisma = createPrismaClient(db.url, 1);
    const story = await prisma.article.findUniqueOrThrow({ where: { slug: "ferrier-street-water-main-burst" }, select: { id: true } });
    await prisma.$disconnect();
    const storyPath = "/news/ferrier-street-water-main-burst";

    // Renders after each change, the pages taking turns in blocks of a few renders each, after a few blocks to
    // load the code. A block's first render is not counted: V8 collects a render's garbage while the next one
    // allocates, so a render that follows another page pays for that page's garbage (render by render, the
    // live blog's variants moved by 3 ms from run to run with the page before them); the counted ones pay for
    // their own page's, as they would with one page in demand.
    const timings = () => ({ server: [] as number[], client: [] as number[], bytes: 0 });
    const figures = (t: ReturnType<typeof timings>) => ({ server: summary(t.server), client: summary(t.client), htmlBytes: t.bytes });
    const live = timings();
    const liveFromNothing = timings();
    const shortLive = timings();
    const normal = timings();
    const sameLength = timings();
    const pages = [
      [live, blog.path, blog.id, "post"],
      [liveFromNothing, blog.path, blog.id, "edit"],
      [shortLive, short.path, short.id, "post"],
      [normal, storyPath, story.id, "edit"],
      [sameLength, long.path, long.id, "edit"],
    ] as const;
    const BLOCK = 4;
    for (let i = 0; i < 3; i++) for (const [, pathName, id, change] of pages) for (let j = 0; j <= BLOCK; j++) await render(pathName, id, change);
    for (let i = 0; i < Math.ceil(samples / BLOCK); i++) {
      for (const [into, pathName, id, change] of pages) {
        await render(pathName, id, change);
        for (let j = 0; j < BLOCK; j++) {
          const timing = await render(pathName, id, change);
          into.server.push(timing.server);
          into.client.push(timing.client);
          into.bytes = timing.bytes;
        }
      }
    }

    // An entry posted in the newsroom until a watching reader's page offers it.
    const browser = posts > 0 ? await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium" }) : null;
    const seen: number[] = [];
    // Skipped with --posts 0 (render figures only).
    if (browser) {
      try {
        const reader = await (await browser.newContext()).newPage();
        await reader.goto(base + blog.path);
        const editor = await (await browser.newContext()).newPage();
        await editor.goto(`${base}/admin/login`);
        await editor.getByLabel("Email").fill(DEFAULT_ADMIN.email);
        await editor.getByLabel("Password").fill(DEFAULT_ADMIN.password);
        await editor.getByRole("button", { name: "Sign in" }).click();
        await editor.getByRole("heading", { name: "Articles" }).waitFor();
        for (let i = 0; i < posts; i++) {
          await editor.goto(`${base}/admin/articles/${blog.id}/live`);
          const form = editor.getByRole("form", { name: "New entry" });
          await form.getByLabel("Title (optional)").fill(`Measured entry ${i}`);
          await form.getByRole("textbox", { name: "Update body" }).click();
          await editor.keyboard.type("Posted to measure how soon a watching reader is offered it.");
          // A different moment of the reader's polling cycle each time.
          await editor.waitForTimeout(Math.floor(Math.random() * LIVE_POLL_MS));
          const started = Date.now();
          await form.getByRole("button", { name: "Post update" }).click();
          const button = reader.getByRole("button", { name: /new update/ });
          await button.waitFor({ timeout: LIVE_POLL_MS * 3 });
          seen.push(Date.now() - started);
          await button.click();
          console.log(`  entry ${i + 1} of ${posts}: offered to the reader after ${seen[seen.length - 1]} ms`);
        }
      } finally {
        await browser.close();
      }
    }

    const result = {
      at: new Date().toISOString(),
      database: db.kind,
      entries,
      firstPageRenderMs: {
        liveBlog: figures(live),
        liveBlogFromNothing: figures(liveFromNothing),
        liveBlogOfOnePage: figures(shortLive),
        story: figures(normal),
        storyAsLongAsThePage: figures(sameLength),
      },
      postedToSeenMs: { pollIntervalMs: LIVE_POLL_MS, ...summary(seen) },
    };
    console.log(JSON.stringify(result, null, 2));
    const out = path.join(projectRoot, "bench-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "live-blog.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopServer(server);
    if (values["keep-database"] && db.kind === "PostgreSQL") console.log(`The database is kept: ${new URL(db.url).pathname.slice(1)}, on the server of DATABASE_URL.`);
    else await db.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
