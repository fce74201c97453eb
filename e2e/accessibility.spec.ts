import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/",
  "/news",
  "/news/ferrier-street-water-main-burst",
  // The seeded live blogs: one live (its "new updates" script running), one ended, and an older page of it.
  "/politics/budget-night-council-live",
  "/climate/storm-orla-calder-bay-live",
  "/climate/storm-orla-calder-bay-live/page/2",
  "/search?q=harbour",
  "/no-such-page",
];

for (const path of pages) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
  });
}

test("dark mode keeps the text readable", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  for (const path of ["/news/ferrier-street-water-main-burst", "/politics/budget-night-council-live", "/politics"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => v.nodes.length), path).toEqual([]);
  }
  await context.close();
});
