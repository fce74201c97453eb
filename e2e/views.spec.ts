import { expect, test } from "@playwright/test";
import { createArticle, db, deleteArticles } from "./helpers/db";

const READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

async function viewsOf(articleId: string): Promise<number> {
  const rows = await db().articleViewDay.findMany({ where: { articleId } });
  return rows.reduce((sum, r) => sum + r.views, 0);
}

test("the view beacon counts a reader once, and ignores bots, repeats and bad input", async ({ playwright, baseURL }) => {
  const article = await createArticle({ headline: "A story to count views on", status: "PUBLISHED" });
  const draft = await createArticle({ headline: "A draft that cannot be viewed", status: "DRAFT" });
  try {
    const reader = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "user-agent": READER_UA, "x-forwarded-for": "203.0.113.7" } });
    expect((await reader.post("/api/views", { data: { articleId: article.id } })).status()).toBe(204);
    expect(await viewsOf(article.id)).toBe(1);
    await reader.post("/api/views", { data: { articleId: article.id } });
    expect(await viewsOf(article.id), "a repeat within half an hour counts once").toBe(1);

    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "user-agent": READER_UA, "x-forwarded-for": "203.0.113.8" } });
    await other.post("/api/views", { data: { articleId: article.id } });
    expect(await viewsOf(article.id)).toBe(2);

    const bot = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" } });
    expect((await bot.post("/api/views", { data: { articleId: article.id } })).status()).toBe(204);
    expect(await viewsOf(article.id)).toBe(2);

    await other.post("/api/views", { data: { articleId: draft.id } });
    expect(await viewsOf(draft.id), "drafts are never counted").toBe(0);

    expect((await reader.post("/api/views", { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(400);
    expect((await reader.post("/api/views", { data: { articleId: "../../etc" } })).status()).toBe(400);
    expect((await reader.post("/api/views", { data: { articleId: "x".repeat(5000) } })).status()).toBe(413);
    await Promise.all([reader.dispose(), other.dispose(), bot.dispose()]);
  } finally {
    await deleteArticles([article.id, draft.id]);
  }
});

test("opening an article sends the beacon after the page has loaded", async ({ page }) => {
  const beacon = page.waitForResponse((res) => res.url().endsWith("/api/views") && res.request().method() === "POST");
  await page.goto("/news/ferrier-street-water-main-burst");
  // 204 means the body was a well-formed {"articleId": …}; malformed ones get 400.
  expect((await beacon).status()).toBe(204);
});
