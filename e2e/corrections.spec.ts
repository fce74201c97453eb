import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createArticle, db } from "./helpers/db";
import { revalidate } from "./helpers/site";

test("an editor corrects a live story: readers see the note, the corrections page and feed list it, search engines get it", async ({ page, browser }) => {
  const story = await createArticle({ headline: "Harbour lights vote set for Thursday", status: "PUBLISHED" });
  const text = "An earlier version of this story said the vote was on Wednesday. It is on Thursday.";
  const reader = await (await browser.newContext()).newPage();
  try {
    // The reader has the page before the correction (it is cached from here on).
    await reader.goto(story.url);
    await expect(reader.getByRole("heading", { name: "Correction" })).toHaveCount(0);

    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const form = page.getByRole("form", { name: "New correction" });
    await form.getByLabel("New correction").fill(text);
    await form.getByRole("button", { name: "Publish correction" }).click();
    await expect(form.getByRole("status")).toHaveText("Correction published.");

    // Shown at once on the story, with its date, and in its NewsArticle.
    await reader.goto(story.url);
    const note = reader.getByRole("complementary", { name: "Correction" });
    await expect(note).toContainText(text);
    await expect(note.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const article = jsonLd.map((t) => JSON.parse(t) as unknown).flat().find((d) => (d as { "@type"?: string })["@type"] === "NewsArticle") as { correction?: { "@type": string; text: string }[] };
    expect(article.correction).toEqual([expect.objectContaining({ "@type": "CorrectionComment", text })]);
    // The page changed: search engines are told when (dateModified, the sitemap's lastmod), as readers are by the
    // note's date; the "Updated" line stays for substantive updates.
    const correctedAt = await note.locator("time").getAttribute("datetime");
    expect((article as { dateModified?: string }).dateModified).toBe(correctedAt);
    await expect(reader.getByText(/^Updated /)).toHaveCount(0);
    const sitemap = await (await reader.request.get("/sitemaps/articles-1.xml")).text();
    expect(sitemap).toMatch(new RegExp(`${story.url}</loc><lastmod>${correctedAt}</lastmod>`));

    await reader.goto("/corrections");
    await expect(reader.getByRole("link", { name: story.headline })).toBeVisible();
    await expect(reader.getByText(text)).toBeVisible();
    const feed = await reader.request.get("/corrections/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    expect(await feed.text()).toContain(text);

    // The story renamed: the corrections page names it as it is now (it is stored under the story's tag too).
    await db().article.update({ where: { id: story.id }, data: { headline: "Harbour lights vote moved to Thursday" } });
    await revalidate(page.request, [`article:${story.id}`]);
    await reader.goto("/corrections");
    await expect(reader.getByRole("link", { name: "Harbour lights vote moved to Thursday" })).toBeVisible();

    // Withdrawn: off the story, still listed as withdrawn.
    await page.getByRole("form", { name: /Withdraw the correction of/ }).getByRole("button", { name: "Withdraw" }).click();
    await expect(page.getByText(/withdrawn \d/)).toBeVisible();
    await reader.goto(story.url);
    await expect(reader.getByRole("complementary", { name: "Correction" })).toHaveCount(0);
    await reader.goto("/corrections");
    await expect(reader.locator("li", { hasText: text })).toContainText("Withdrawn");
    // Feed readers, which show an item once, are told of the withdrawal in an item of its own.
    const after = await (await reader.request.get("/corrections/feed.xml")).text();
    expect(after).toContain("<title>Correction withdrawn: Harbour lights vote moved to Thursday</title>");
  } finally {
    await reader.context().close();
    await db().article.delete({ where: { id: story.id } });
  }
});

test("the corrections page's first page lives at /corrections; a page past the last is not found", async ({ request }) => {
  const first = await request.get("/corrections/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe("/corrections");
  expect((await request.get("/corrections/page/9999")).status()).toBe(404);
  expect((await request.get("/corrections/page/two")).status()).toBe(404);
});
