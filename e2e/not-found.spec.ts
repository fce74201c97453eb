import { expect, test } from "@playwright/test";

for (const path of ["/news/this-story-does-not-exist", "/no-such-section", "/a/b/c/d"]) {
  test(`${path} is a styled 404 with the site's name, a search box and the way to the front page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
    await expect(page.getByRole("link", { name: "The Ledger", exact: true })).toHaveCount(1);
    await expect(page.getByRole("searchbox")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("link", { name: "front page" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("navigation", { name: "Sections", exact: true })).toBeVisible();
  });
}
