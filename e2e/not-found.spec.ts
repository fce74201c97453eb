import { expect, test } from "@playwright/test";

for (const path of ["/news/this-story-does-not-exist", "/no-such-section", "/a/b/c/d"]) {
  test(`${path} is a 404 with one masthead, a search box and the latest stories`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
    await expect(page.getByRole("link", { name: "The Ledger", exact: true })).toHaveCount(1);
    await expect(page.getByRole("searchbox")).toBeVisible();
    await expect(page.getByRole("region", { name: "Latest stories" }).getByRole("link").first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
}
