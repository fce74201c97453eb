import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createArticle, db } from "./helpers/db";

/** The page's NewsArticle JSON-LD. */
async function newsArticle(page: Page): Promise<{ datePublished: string; dateModified: string }> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((t) => JSON.parse(t) as unknown).flat().find((d) => (d as { "@type"?: string })["@type"] === "NewsArticle") as never;
}

/** The news sitemap's <lastmod> for a story's address, or null when it is not listed. */
async function newsLastmod(page: Page, url: string): Promise<string | null> {
  const xml = await (await page.request.get("/news-sitemap.xml")).text();
  const entry = xml.split("<url>").find((u) => u.includes(`${url}</loc>`));
  return entry ? (/<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1] ?? null) : null;
}

test("a minor fix changes no time; a substantive update shows Updated with its note, moves dateModified and the news sitemap", async ({ page, browser }) => {
  const story = await createArticle({ headline: "Ferry timetable changes from Monday", status: "PUBLISHED", section: "news", publishedAt: new Date(Date.now() - 3 * 3_600_000) });
  const reader = await (await browser.newContext()).newPage();
  try {
    await reader.goto(story.url);
    const published = (await newsArticle(reader)).datePublished;
    await expect(reader.getByText(/^Updated/)).toHaveCount(0);

    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const choice = page.getByRole("group", { name: "This change is" });
    // A minor fix is what a save is unless the editor says otherwise.
    await expect(choice.getByLabel(/A minor fix/)).toBeChecked();
    await page.getByLabel("Standfirst").fill("The 7.10 sailing moves to 7.25.");
    await page.getByRole("button", { name: "Update live story" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();

    await reader.goto(story.url);
    await expect(reader.getByText("The 7.10 sailing moves to 7.25.")).toBeVisible();
    await expect(reader.getByText(/^Updated/)).toHaveCount(0);
    expect((await newsArticle(reader)).dateModified).toBe(published);
    expect(await newsLastmod(reader, story.url)).toBe(published);

    // A note with a minor fix is refused on its field.
    await page.getByLabel(/Public update note/).fill("This story was updated with the new times.");
    await page.getByRole("button", { name: "Update live story" }).click();
    await expect(page.locator("#updateNote-error")).toContainText("Substantive update");

    await choice.getByLabel(/A substantive update/).check();
    await page.getByLabel("Standfirst").fill("The 7.10 sailing moves to 7.25, and the last boat leaves at 22.40.");
    await page.getByRole("button", { name: "Update live story" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
    // The next save starts again from a minor fix, with no note.
    await expect(choice.getByLabel(/A minor fix/)).toBeChecked();
    await expect(page.getByLabel(/Public update note/)).toHaveValue("");

    await reader.goto(story.url);
    const note = reader.getByTestId("update-note");
    await expect(note).toContainText("This story was updated with the new times.");
    const modified = await note.locator("time").getAttribute("datetime");
    expect(modified).not.toBeNull();
    await expect(reader.locator("header").getByText(/^Updated/).first()).toBeVisible();
    const data = await newsArticle(reader);
    expect(data.datePublished).toBe(published);
    expect(new Date(data.dateModified).getTime()).toBeGreaterThan(new Date(published).getTime());
    expect(new Date(data.dateModified).getTime()).toBe(new Date(modified!).getTime());
    expect(await newsLastmod(reader, story.url)).toBe(data.dateModified);

    // The revisions say which save was which.
    await page.reload();
    const revisions = page.getByRole("region", { name: "Revisions" });
    await expect(revisions.getByText("substantive update")).toHaveCount(1);
    await expect(revisions.getByText("minor fix")).toHaveCount(1);
  } finally {
    await reader.context().close();
    await db().article.delete({ where: { id: story.id } });
  }
});
