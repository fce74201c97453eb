import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createArticle, db } from "./helpers/db";

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

    await reader.goto("/corrections");
    await expect(reader.getByRole("link", { name: story.headline })).toBeVisible();
    await expect(reader.getByText(text)).toBeVisible();
    const feed = await reader.request.get("/corrections/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    expect(await feed.text()).toContain(text);

    // Withdrawn: off the story, still listed as withdrawn.
    await page.getByRole("form", { name: /Withdraw the correction of/ }).getByRole("button", { name: "Withdraw" }).click();
    await expect(page.getByText(/withdrawn \d/)).toBeVisible();
    await reader.goto(story.url);
    await expect(reader.getByRole("complementary", { name: "Correction" })).toHaveCount(0);
    await reader.goto("/corrections");
    await expect(reader.locator("li", { hasText: text })).toContainText("Withdrawn");
  } finally {
    await reader.context().close();
    await db().article.delete({ where: { id: story.id } });
  }
});
