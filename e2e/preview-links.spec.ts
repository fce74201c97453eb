// Preview links and taken-down stories, as an editor and as a reader with no account would meet them.
import { expect, test, type Page } from "@playwright/test";
import { instantToWallTime } from "@/lib/dates-zone";
import { signIn } from "./helpers/admin";
import { createArticle, db, deleteArticles, paragraphs } from "./helpers/db";

const timeZone = process.env.SITE_TIME_ZONE ?? "Europe/London";

async function makeLink(page: Page, options: { notBefore?: string } = {}): Promise<string> {
  const panel = page.getByRole("region", { name: "Preview links" });
  const before = await panel.getByTestId("preview-link").count();
  await panel.getByLabel("Open for").selectOption({ label: "1 day" });
  if (options.notBefore) await panel.getByLabel(/Not before/).fill(options.notBefore);
  await panel.getByRole("button", { name: "Make link" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Link made" })).toBeVisible();
  await expect(panel.getByTestId("preview-link")).toHaveCount(before + 1);
  return panel.getByTestId("preview-link").first().getByLabel("Preview link", { exact: true }).inputValue();
}

test("an editor shares a draft; a reader with no account sees it marked as a preview, never stored or indexed, until the link is revoked", async ({ page, browser }) => {
  const story = await createArticle({
    headline: "Saltmarsh lagoon scheme wins its funding",
    status: "DRAFT",
    body: paragraphs("The regional fund agreed to pay for the lagoon walls on Thursday night.", "Work could begin in the spring."),
  });
  const reader = await browser.newContext();
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const url = await makeLink(page);
    expect(url).toMatch(/\/preview\/link\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    const path = new URL(url).pathname;

    const readerPage = await reader.newPage();
    const response = await readerPage.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["cache-control"]).toContain("private");
    expect(headers["x-robots-tag"]).toContain("noindex");
    await expect(readerPage.getByRole("note")).toContainText("Preview — not published");
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(story.headline);
    await expect(readerPage.getByText("The regional fund agreed to pay for the lagoon walls")).toBeVisible();
    await expect(readerPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex, nofollow/);

    // Opening it shares it with no one else: the story is in no feed, sitemap or search.
    for (const listing of ["/feed.xml", "/science/feed.xml", "/news-sitemap.xml", "/sitemap.xml", "/sitemaps/articles-1.xml", `/search?q=${encodeURIComponent("lagoon walls")}`]) {
      const body = await (await reader.request.get(listing)).text();
      expect(body, listing).not.toContain(story.slug);
    }
    // Its own address still answers as if it did not exist.
    expect((await reader.request.get(story.url)).status()).toBe(404);
    // Read only as a page: a POST (which would show the story without counting an opening) is refused.
    const posted = await reader.request.post(path, { headers: { "content-type": "text/plain" }, data: "x" });
    expect(posted.status()).toBe(405);
    expect(await posted.text()).not.toContain("lagoon walls");

    // The newsroom sees the opening.
    await page.reload();
    const item = page.getByRole("region", { name: "Preview links" }).getByTestId("preview-link").first();
    await expect(item.getByTestId("opens")).toHaveText("1");
    await expect(item).toContainText("Site Admin");
    await expect(item.getByText("Never", { exact: true })).toHaveCount(0);

    await item.getByRole("button", { name: "Revoke" }).click();
    await expect(item.getByRole("status").filter({ hasText: "Revoked" })).toBeVisible();
    await expect(item).toContainText("Revoked");
    const revoked = await readerPage.goto(path);
    expect(revoked?.status()).toBe(410);
    expect(revoked!.headers()["cache-control"]).toContain("no-store");
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText("This preview link has been withdrawn");
    await expect(readerPage.getByText(story.headline)).toHaveCount(0);

    // A token that was never issued is simply not found.
    expect((await reader.request.get(`/preview/link/${"a".repeat(22)}.${"b".repeat(43)}`)).status()).toBe(404);
  } finally {
    await reader.close();
    await deleteArticles([story.id]);
  }
});

test("a link under embargo tells a reader when it opens, and shows nothing of the story before then", async ({ page, browser }) => {
  const story = await createArticle({ headline: "Observatory to name its new telescope after a schoolteacher", status: "IN_REVIEW" });
  const reader = await browser.newContext();
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const opensAt = new Date(Date.now() + 3 * 86_400_000);
    const url = await makeLink(page, { notBefore: instantToWallTime(opensAt, timeZone) });
    await expect(page.getByRole("region", { name: "Preview links" }).getByTestId("preview-link").first()).toContainText("Embargoed");
    const readerPage = await reader.newPage();
    const response = await readerPage.goto(new URL(url).pathname);
    expect(response?.status()).toBe(403);
    expect(response!.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(readerPage.getByRole("heading", { level: 1 })).toContainText("This preview opens at");
    await expect(readerPage.getByText(story.headline)).toHaveCount(0);
  } finally {
    await reader.close();
    await deleteArticles([story.id]);
  }
});

test("a story taken down on schedule answers 410 Gone at its address, while an address that never held a story stays 404", async ({ browser }) => {
  test.setTimeout(120_000);
  const story = await createArticle({ headline: "Winter ferry timetable for the island routes", status: "PUBLISHED" });
  const reader = await browser.newContext();
  try {
    const readerPage = await reader.newPage();
    expect((await readerPage.goto(story.url))?.status()).toBe(200);
    // Due now: the scheduler (every few seconds in the test server) takes it down and expires its pages.
    await db().article.update({ where: { id: story.id }, data: { unpublishAt: new Date() } });
    await expect.poll(async () => (await reader.request.get(story.url)).status(), { timeout: 60_000 }).toBe(410);
    const gone = await readerPage.goto(story.url);
    expect(gone?.status()).toBe(410);
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText("This story is no longer available");
    await expect(readerPage.getByRole("link", { name: "Go to the front page" })).toBeVisible();
    expect((await db().article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("DRAFT");
    expect((await reader.request.get(`/${story.section}/never-a-story-${story.slug}`)).status()).toBe(404);
  } finally {
    await reader.close();
    await deleteArticles([story.id]);
  }
});
