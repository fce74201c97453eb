import { expect, test } from "@playwright/test";
import { articlesA } from "../prisma/seed-data/articles-a";
import { articlesB } from "../prisma/seed-data/articles-b";

const demo = [...articlesA, ...articlesB];

test("the production server serves the front page with seeded stories", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/The Ledger/);
  await expect(page.getByRole("link", { name: "The Ledger", exact: true })).toBeVisible();
  const lead = demo.filter((a) => a.featured).sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!;
  await expect(page.getByRole("region", { name: "Top story" }).getByRole("heading", { name: lead.headline })).toBeVisible();
  // Every section with stories has its block, headed by a link to the section.
  for (const name of ["News", "Politics", "Science", "Sport"]) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
});
