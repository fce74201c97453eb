// Live blogs as readers, editors and search engines meet them: new entries offered to a watching reader
// within the polling interval and inserted without moving what they read, edits and deletions reflected,
// the page without JavaScript, permalinks to entries on older pages, the LIVE label, and structured data.
import { expect, test, type Page } from "@playwright/test";
import { LIVE_PAGE_SIZE, LIVE_POLL_MS } from "@/lib/live-blog/paths";
import { signIn } from "./helpers/admin";
import { createArticle, createLiveBlog, db, deleteArticles } from "./helpers/db";
import { firstLocation, jsonLd, revalidate } from "./helpers/site";

const created: string[] = [];
test.afterAll(async () => deleteArticles(created));

/** An editor posts an entry on the blog's newsroom page; resolves when the newsroom says it is posted. */
async function postEntry(page: Page, blogId: string, title: string, text: string) {
  await page.goto(`/admin/articles/${blogId}/live`);
  const form = page.getByRole("form", { name: "New entry" });
  await form.getByLabel("Title (optional)").fill(title);
  await form.getByRole("textbox", { name: "Update body" }).click();
  await page.keyboard.type(text);
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Posted\./);
}

/** Where an entry's top is in the window. */
const topOf = (page: Page, id: string) => page.locator(`#entry-${id}`).evaluate((el) => el.getBoundingClientRect().top);

test("a watching reader is offered a new entry within the interval, inserts it without losing their place, and sees edits and deletions", async ({ page, browser }) => {
  test.setTimeout(240_000);
  // One entry short of a page: the one posted below and all the earlier ones stay on the first page.
  const blog = await createLiveBlog({ headline: "Harbour festival: live", entries: LIVE_PAGE_SIZE - 1 });
  created.push(blog.id);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(blog.url);
  await expect(reader.locator("#live-timeline article")).toHaveCount(LIVE_PAGE_SIZE - 1);
  // Reading the fifth entry from the top.
  const reading = blog.entryIds[4]!;
  await reader.locator(`#entry-${reading}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await reader.mouse.wheel(0, -40);
  await expect.poll(() => topOf(reader, reading)).toBeGreaterThan(0);

  await signIn(page);
  await postEntry(page, blog.id, "Fireworks moved to Sunday", "The harbour master has moved the fireworks to Sunday because of the wind.");
  const posted = Date.now();
  const button = reader.getByRole("button", { name: "1 new update" });
  await expect(button).toBeVisible({ timeout: LIVE_POLL_MS + 3_000 });
  const seenAfter = Date.now() - posted;
  test.info().annotations.push({ type: "new entry seen by the reader after (ms)", description: String(seenAfter) });
  expect(seenAfter).toBeLessThanOrEqual(LIVE_POLL_MS + 1_000);

  const before = await topOf(reader, reading);
  await button.click();
  const inserted = reader.locator("#live-blog-entries article", { hasText: "Fireworks moved to Sunday" });
  await expect(inserted).toHaveCount(1);
  await expect(button).toBeHidden();
  // What the reader was reading has not moved, though an entry came in above it.
  expect(Math.abs((await topOf(reader, reading)) - before)).toBeLessThanOrEqual(1);
  await expect(inserted).toContainText("because of the wind");
  // The button has gone: keyboard and screen-reader users go on from the new entry, not from the page's top.
  await expect(inserted).toBeFocused();

  // An edit in the newsroom shows in the reader's page without a reload.
  await page.goto(`/admin/articles/${blog.id}/live`);
  await page.getByRole("listitem", { name: "Update 3", exact: true }).getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit entry" })).toBeVisible();
  await page.getByRole("form", { name: "Edit entry" }).getByLabel("Title (optional)").fill("Update 3 (corrected)");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${blog.id}/live$`));
  await expect(reader.locator(`#entry-${blog.entryIds[3]}`)).toContainText("Update 3 (corrected)", { timeout: LIVE_POLL_MS + 3_000 });

  // A deleted entry leaves the reader's page.
  await page.getByRole("listitem", { name: "Update 1", exact: true }).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("listitem", { name: "Update 1", exact: true })).toHaveCount(0);
  await expect(reader.locator(`#entry-${blog.entryIds[1]}`)).toBeHidden({ timeout: LIVE_POLL_MS + 3_000 });

  // Without JavaScript the page is complete, and a reload shows what is new.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(blog.url);
  await expect(plain.locator("#live-timeline article").first()).toContainText("Fireworks moved to Sunday");
  await expect(plain.locator("#live-timeline")).toContainText("Update 3 (corrected)");
  await expect(plain.locator(`#entry-${blog.entryIds[1]}`)).toHaveCount(0);
  await plain.context().close();
  await reader.context().close();
});

test("when more entries come than the updates hold, the reader is offered the blog afresh, at its updates, rather than a gap", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const keyPoints = ["Kick-off at three at the Harbour Ground.", "Both sides are unchanged from the semi-finals.", "Trains back to the city run until midnight.", "Fans without tickets are asked to stay away from the ground."];
  const blog = await createLiveBlog({ headline: "Cup final: live", entries: 3, keyPoints });
  created.push(blog.id);
  // A phone, where the updates start below the first screen.
  const reader = await (await browser.newContext({ viewport: { width: 360, height: 640 } })).newPage();
  await reader.goto(blog.url);
  await expect(reader.locator("#live-timeline article")).toHaveCount(3);
  await expect(reader.locator("#live-heading")).not.toBeInViewport();

  // Goals in quick succession, more than a page of them between two of the reader's checks.
  const goals = LIVE_PAGE_SIZE + 2;
  const now = Date.now();
  await db().liveEntry.createMany({
    data: Array.from({ length: goals }, (_, i) => ({
      articleId: blog.id, postedAt: new Date(now - (goals - i) * 1000), title: `Goal ${i + 1}`, bodyText: `Goal number ${i + 1}.`,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Goal number ${i + 1}.` }] }] },
    })),
  });
  await revalidate(page.request, [`live:${blog.id}`]);

  const button = reader.getByRole("button", { name: `${LIVE_PAGE_SIZE}+ new updates` });
  await expect(button).toBeVisible({ timeout: LIVE_POLL_MS + 3_000 });
  await button.click();
  await expect(reader.locator("#live-timeline article")).toHaveCount(LIVE_PAGE_SIZE);
  await expect(reader.locator("#live-timeline article").first()).toContainText(`Goal ${goals}`);
  await expect(reader.locator("#live-timeline article").last()).toContainText(`Goal ${goals - LIVE_PAGE_SIZE + 1}`);
  // The page afresh opens at its updates, not at its top, and later visits restore their place again.
  await expect(reader.locator("#live-heading")).toBeInViewport();
  await expect(reader.getByRole("heading", { level: 1 })).not.toBeInViewport();
  await expect.poll(() => reader.evaluate(() => history.scrollRestoration)).toBe("auto");
  await reader.context().close();
});

test("a new pinned entry is offered too, and the blog afresh shows it above the others", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const blog = await createLiveBlog({ headline: "Ferry strike: live", entries: 4 });
  created.push(blog.id);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(blog.url);
  await expect(reader.locator("#live-timeline article")).toHaveCount(4);
  await expect(reader.locator("#live-pinned")).toHaveCount(0);

  await db().liveEntry.create({
    data: {
      articleId: blog.id, postedAt: new Date(), title: "Where to find replacement buses", pinned: true, bodyText: "Buses leave from the North Quay car park.",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Buses leave from the North Quay car park." }] }] },
    },
  });
  await revalidate(page.request, [`live:${blog.id}`]);

  const button = reader.getByRole("button", { name: "1 new update" });
  await expect(button).toBeVisible({ timeout: LIVE_POLL_MS + 3_000 });
  await button.click();
  await expect(reader.locator("#live-pinned article")).toContainText("Where to find replacement buses");
  await expect(reader.locator("#live-timeline article")).toHaveCount(4);
  await reader.context().close();
});

test("a reader's page backs off while the updates fail, as the server's Retry-After asks, and stops once the blog is gone", async ({ browser }) => {
  const blog = await createLiveBlog({ headline: "Bridge closure: live", entries: 2 });
  created.push(blog.id);
  const reader = await (await browser.newContext()).newPage();
  // The page's clock, run forward by the test: minutes of polling in a moment.
  await reader.clock.install();
  let answer: "unavailable" | "gone" = "unavailable";
  let asked = 0;
  await reader.route("**/updates.json", async (route) => {
    asked++;
    if (answer === "gone") await route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ error: "No live blog here." }) });
    else await route.fulfill({ status: 503, headers: { "retry-after": "120" }, contentType: "application/json", body: JSON.stringify({ error: "The service is temporarily unavailable." }) });
  });
  await reader.goto(blog.url);
  await expect(reader.locator("#live-timeline article")).toHaveCount(2);
  // The clock is moved on to just past each round the page should make, and then the page takes in the answer
  // (and sets its next round): a round still waiting for its answer when the clock runs on would time out.
  const expectRounds = async (count: number) => {
    await expect.poll(() => asked).toBe(count);
    await reader.waitForTimeout(500);
  };

  await reader.clock.runFor(LIVE_POLL_MS + 100);
  await expectRounds(1);
  // Not every interval while the server is down: it asked for two minutes.
  await reader.clock.runFor(100_000);
  expect(asked).toBe(1);
  await reader.clock.runFor(20_000);
  await expectRounds(2);

  // The blog is taken down: the next round finds it gone, and then the page stops asking.
  answer = "gone";
  await reader.clock.runFor(120_000);
  await expectRounds(3);
  await reader.clock.runFor(30 * 60_000);
  expect(asked).toBe(3);
  await reader.context().close();
});

test("a permalink to an entry that has moved to an older page opens that page at the entry; older pages are not indexed", async ({ page, browser, baseURL }) => {
  // Two full pages and a few entries on a third.
  const blog = await createLiveBlog({ headline: "Regatta day: live", entries: 2 * LIVE_PAGE_SIZE + 5, keyEvents: [2] });
  created.push(blog.id);
  const oldest = blog.entryIds[2]!;
  await page.goto(`${blog.url}#entry-${oldest}`);
  await expect(page).toHaveURL(`${baseURL}${blog.url}/page/3#entry-${oldest}`);
  await expect(page.locator(`#entry-${oldest}`)).toBeInViewport();
  await expect(page.locator(`#entry-${oldest}`)).toContainText("Update 2");
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}${blog.url}/page/3`);

  // Without JavaScript: a key event on an older page links to its entry's look-up, which sends the reader to the
  // page holding it.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(blog.url);
  const keyEvents = plain.getByRole("navigation", { name: "Key events" });
  await expect(keyEvents.getByRole("link", { name: "Update 2" })).toHaveAttribute("href", `${blog.url}/entry/${oldest}`);
  // All its key events are listed: no link to a page of them.
  await expect(keyEvents.getByRole("link", { name: /key events/ })).toHaveCount(0);
  await keyEvents.getByRole("link", { name: "Update 2" }).click();
  await expect(plain).toHaveURL(`${baseURL}${blog.url}/page/3#entry-${oldest}`);
  await expect(plain.locator(`#entry-${oldest}`)).toBeInViewport();
  // On the page that holds it, the key event links within the page.
  await expect(keyEvents.getByRole("link", { name: "Update 2" })).toHaveAttribute("href", `#entry-${oldest}`);
  const newest = blog.entryIds.at(-1)!;
  const lookup = await plain.request.get(`${blog.url}/entry/${newest}`, { maxRedirects: 0 });
  expect(lookup.status()).toBe(307);
  expect(lookup.headers().location).toBe(`${blog.url}#entry-${newest}`);
  const pages = plain.getByRole("navigation", { name: "Pagination" });
  await plain.goto(blog.url);
  await expect(pages.getByRole("link", { name: "Older →" })).toHaveAttribute("href", `${blog.url}/page/2`);
  // Not an entry's id at all: not found, at once.
  expect((await plain.request.get(`${blog.url}/entry/not%20an%20id`, { maxRedirects: 0 })).status()).toBe(404);

  // The blog moves to a new address: a look-up kept from before (a key event's link on a stored page) follows it.
  const oldSlug = blog.url.split("/").at(-1)!;
  const newSlug = `${oldSlug}-moved`;
  await db().$transaction([
    db().article.update({ where: { id: blog.id }, data: { slug: newSlug } }),
    db().slugRedirect.create({ data: { fromSlug: oldSlug, articleId: blog.id } }),
  ]);
  await revalidate(page.request, [`article:${blog.id}`, `slug:${oldSlug}`, `slug:${newSlug}`]);
  const moved = await plain.request.get(`${blog.url}/entry/${oldest}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  const newUrl = blog.url.replace(/[^/]+$/, newSlug);
  expect(moved.headers().location).toBe(`${newUrl}/entry/${oldest}`);
  await plain.goto(`${blog.url}/entry/${oldest}`);
  await expect(plain).toHaveURL(`${baseURL}${newUrl}/page/3#entry-${oldest}`);
  await plain.context().close();
});

test("a blog with more key events than it lists links to all of them, each opening the blog at its entry", async ({ page, baseURL }) => {
  // Twelve key events among 2 full pages and a few entries: the oldest ones are on the third page.
  const keyEvents = Array.from({ length: 12 }, (_, i) => i * 2);
  const blog = await createLiveBlog({ headline: "Marathon day: live", entries: 2 * LIVE_PAGE_SIZE + 5, keyEvents });
  created.push(blog.id);
  await page.goto(blog.url);
  const listed = page.getByRole("navigation", { name: "Key events" });
  await expect(listed.getByRole("listitem")).toHaveCount(10);
  await expect(listed.getByRole("link").first()).toHaveText("Update 22");
  await listed.getByRole("link", { name: "All 12 key events" }).click();

  await expect(page).toHaveURL(`${baseURL}${blog.url}/key-events`);
  await expect(page.getByRole("heading", { level: 1, name: "Key events" })).toBeVisible();
  const all = page.getByRole("navigation", { name: "Key events" }).getByRole("link");
  await expect(all).toHaveText(keyEvents.toReversed().map((i) => `Update ${i}`));
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
  // Its own address as canonical: a canonical pointing elsewhere would contradict the noindex.
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${baseURL}${blog.url}/key-events`);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`key-events-${width}.png`), fullPage: true });
  }
  await all.getByText("Update 0", { exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}${blog.url}/page/3#entry-${blog.entryIds[0]}`);
  await expect(page.locator(`#entry-${blog.entryIds[0]}`)).toBeInViewport();

  // Under another section, the blog's key events are sent to its own address.
  const moved = await page.request.get(`/politics/${blog.slug}/key-events`, { maxRedirects: 0 });
  expect([301, 308]).toContain(moved.status());
  expect(firstLocation(moved)).toBe(`${blog.url}/key-events`);

  // A story has no key-events page.
  const story = await createArticle({ headline: "Marathon route announced", status: "PUBLISHED" });
  created.push(story.id);
  expect((await page.request.get(`${story.url}/key-events`)).status()).toBe(404);
});

test("search finds a word only an entry holds: the blog once, with the entry's time, title and words, and a link that opens the blog at that entry", async ({ page, baseURL }) => {
  const blog = await createLiveBlog({ headline: "Lifeboat day: live", entries: LIVE_PAGE_SIZE + 10 });
  created.push(blog.id);
  // An older entry (on the blog's second page) and a newer one both mention the word; the older one says more.
  const word = `kelpie${Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
  const mention = (id: string, title: string, text: string) =>
    db().liveEntry.update({ where: { id }, data: { title, bodyText: text, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } } });
  const older = blog.entryIds[3]!;
  await mention(older, `The ${word} crew is back`, `The ${word} crew brought all four sailors back to the harbour wall after three hours at sea, the coastguard said.`);
  await mention(blog.entryIds[LIVE_PAGE_SIZE + 8]!, "Crowds on the pier", `Someone in the crowd asks about the ${word} crew.`);
  await revalidate(page.request, [`article:${blog.id}`]);

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("heading", { name: `1 story matches “${word}”` })).toBeVisible();
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Lifeboat day: live" }) });
  await expect(result).toHaveCount(1);
  await expect(result.getByText("Live", { exact: true })).toBeVisible();
  const entryLink = result.getByRole("link", { name: `Update: The ${word} crew is back` });
  await expect(entryLink).toHaveAttribute("href", `${blog.url}/entry/${older}`);
  await expect(entryLink.locator("mark")).toHaveText(word);
  await expect(result.locator("p", { hasText: "four sailors" }).locator("mark")).toHaveText(word);
  // The result is dated by the update it was found in.
  const posted = await db().liveEntry.findUniqueOrThrow({ where: { id: older }, select: { postedAt: true } });
  await expect(result.locator("time")).toHaveAttribute("datetime", posted.postedAt.toISOString());
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`search-live-entry-${width}.png`), fullPage: true });
  }

  await entryLink.click();
  await expect(page).toHaveURL(`${baseURL}${blog.url}/page/2#entry-${older}`);
  await expect(page.locator(`#entry-${older}`)).toBeInViewport();
  await expect(page.locator(`#entry-${older}`)).toContainText("four sailors");
});

test("the front page and the section mark a live blog LIVE until its coverage ends; readers then see when it ended and are no longer polling", async ({ page, browser }) => {
  const blog = await createLiveBlog({ headline: "Ferry strike talks: live", entries: 3, section: "business", newestMinutesAgo: 0 });
  created.push(blog.id);
  // Written straight to the database: the listings are told, as the newsroom's publish would.
  await revalidate(page.request, ["home", "section:business"]);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/business");
  const card = () => reader.locator(":is(article, li)", { has: reader.getByRole("link", { name: "Ferry strike talks: live" }) }).first();
  await expect(card().getByText("Live", { exact: true })).toBeVisible();
  await reader.goto("/");
  await expect(card().getByText("Live", { exact: true })).toBeVisible();

  await signIn(page);
  await page.goto(`/admin/articles/${blog.id}/live`);
  await page.getByRole("form", { name: "Coverage" }).getByRole("button", { name: "End coverage" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End coverage" }).click();
  await expect(page.getByText(/Coverage ended \d/)).toBeVisible();
  await expect(page.getByRole("form", { name: "New entry" })).toHaveCount(0);

  await reader.goto("/business");
  await expect(reader.getByRole("link", { name: "Ferry strike talks: live" }).first()).toBeVisible();
  await expect(card().getByText("Live", { exact: true })).toHaveCount(0);
  const polls: string[] = [];
  reader.on("request", (request) => {
    if (request.url().endsWith("/updates.json")) polls.push(request.url());
  });
  await reader.goto(blog.url);
  await expect(reader.getByRole("note")).toContainText("Coverage of this live blog ended");
  await reader.waitForTimeout(LIVE_POLL_MS + 1_000);
  expect(polls).toEqual([]);
  await reader.context().close();
});

test("the updates readers poll are a cached, tagged answer", async ({ request }) => {
  const blog = await createLiveBlog({ headline: "Tram trial: live", entries: 2 });
  created.push(blog.id);
  const answer = await request.get(`${blog.url}/updates.json`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const body = (await answer.json()) as { live: boolean; entries: { id: string; html: string }[] };
  expect(body.live).toBe(true);
  expect(body.entries.map((e) => e.id)).toEqual([...blog.entryIds].reverse());
  expect(body.entries[0]!.html).toContain("Update 1");
  expect((await request.get(`/news/no-such-blog/updates.json`)).status()).toBe(404);
});

test("the live blog's JSON-LD parses, uses only schema.org types, and carries its entries and coverage times", async ({ page, baseURL }) => {
  const blog = await createLiveBlog({ headline: "Bridge inspection: live", entries: 25 });
  created.push(blog.id);
  // Made before the newest entry, so that the page's dateModified is the entry's (a later correction would move it).
  const latest = await db().liveEntry.findUniqueOrThrow({ where: { id: blog.entryIds[24]! } });
  await db().correction.create({ data: { articleId: blog.id, text: "An earlier entry gave the wrong bridge. It is the Canal Street bridge.", madeAt: new Date(latest.postedAt.getTime() - 60_000) } });
  await page.goto(blog.url);
  const data = await jsonLd(page);
  const posting = data.find((d) => d["@type"] === "LiveBlogPosting") as Record<string, unknown> & { liveBlogUpdate: Record<string, unknown>[] };
  expect(posting).toBeTruthy();
  expect(data.find((d) => d["@type"] === "NewsArticle")).toBeUndefined();
  expect(posting.coverageStartTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(posting.coverageEndTime).toBeUndefined();
  expect(posting.liveBlogUpdate).toHaveLength(10);
  const newest = await db().liveEntry.findUniqueOrThrow({ where: { id: blog.entryIds[24]! } });
  expect(posting.liveBlogUpdate[0]).toEqual({
    "@type": "BlogPosting",
    "@id": `${baseURL}${blog.url}#entry-${newest.id}`,
    url: `${baseURL}${blog.url}#entry-${newest.id}`,
    headline: "Update 24",
    datePublished: newest.postedAt.toISOString(),
    dateModified: newest.postedAt.toISOString(),
    articleBody: "Entry number 24 of the test live blog.",
    author: [expect.objectContaining({ "@type": "Person" })],
  });
  expect(posting.dateModified).toBe(newest.postedAt.toISOString());
  expect(posting.correction).toEqual([expect.objectContaining({ "@type": "CorrectionComment" })]);
  // Every type named anywhere in the page's structured data is one schema.org defines.
  const types = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key === "@type") types.add(String(item));
        else walk(item);
      }
    }
  };
  walk(data);
  const schemaOrg = ["LiveBlogPosting", "BlogPosting", "Person", "NewsMediaOrganization", "ImageObject", "WebPage", "CorrectionComment", "BreadcrumbList", "ListItem"];
  expect([...types].filter((t) => !schemaOrg.includes(t))).toEqual([]);
  expect(data.every((d) => d["@context"] === "https://schema.org")).toBe(true);
});
