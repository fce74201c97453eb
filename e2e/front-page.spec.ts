// Arranging the front page and a section front: an editor places and orders stories by keyboard and by
// drag, previews the draft, publishes it, and readers see it; a placed story that is unpublished leaves.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles, type TestArticle } from "./helpers/db";
import { TOP_STORIES } from "../lib/validation/arrangement";

const run = randomUUID().slice(0, 6);
// Older than the demo content's newest, so recency alone would never lead with them.
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function resetArrangements() {
  await db().arrangement.deleteMany({ where: { OR: [{ id: "home" }, { section: { slug: "science" } }] } });
}

test.beforeEach(resetArrangements);
test.afterEach(resetArrangements);

/** The list of stories to place, filtered to this run's stories. */
async function pool(page: Page): Promise<Locator> {
  const list = page.getByRole("region", { name: "Published stories" });
  await list.getByLabel("Find a story").fill(run);
  return list;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

const slot = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const headlines = (region: Locator) => region.getByRole("listitem").locator("p.font-serif").allTextContents();

test("an editor arranges the front page by keyboard and by drag, previews it, publishes it, and a reader sees it", async ({ page, browser }) => {
  const stories: TestArticle[] = [];
  for (const [index, name] of ["lead", "first", "second", "live"].entries()) {
    stories.push(await createArticle({ headline: `Arranged ${name} ${run}`, status: "PUBLISHED", publishedAt: daysAgo(20 + index) }));
  }
  const [lead, first, second, live] = stories as [TestArticle, TestArticle, TestArticle, TestArticle];
  const reader = await (await browser.newContext()).newPage();
  try {
    await reader.goto("/");
    await expect(reader.getByRole("region", { name: "Top story" })).not.toContainText(lead.headline);

    await signIn(page);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" }).click();
    await expect(page.getByRole("heading", { name: "Arrange: Front page" })).toBeVisible();
    const list = await pool(page);
    // The search finds them all (the list shows only the newest until it answers).
    for (const story of stories) await expect(list.getByRole("listitem").filter({ hasText: story.headline })).toBeVisible();

    // By keyboard: the slot chooser starts on Lead; Tab to "Add", Enter.
    await list.getByRole("listitem").filter({ hasText: lead.headline }).getByRole("combobox").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(slot(page, "Lead")).toContainText(lead.headline);
    const firstItem = list.getByRole("listitem").filter({ hasText: first.headline });
    await firstItem.getByRole("combobox").selectOption({ label: "Top stories" });
    await firstItem.getByRole("button", { name: "Add" }).press("Enter");

    // By drag: from the list into a slot.
    await list.getByRole("listitem").filter({ hasText: second.headline }).dragTo(slot(page, "Top stories").getByText("The rest is filled automatically."));
    // The list stays in view beside the slots (it is sticky); the slot is scrolled to first, as a person would.
    await slot(page, "Live now").scrollIntoViewIfNeeded();
    await list.getByRole("listitem").filter({ hasText: live.headline }).dragTo(slot(page, "Live now").getByText("Not shown while empty."));
    await expect.poll(() => headlines(slot(page, "Top stories"))).toEqual([first.headline, second.headline]);
    await expect(slot(page, "Live now")).toContainText(live.headline);

    // Reordering by keyboard: "Move up" keeps the focus on the story that moved.
    const secondPlaced = slot(page, "Top stories").getByRole("listitem").filter({ hasText: second.headline });
    await secondPlaced.getByRole("button", { name: "Move up" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => headlines(slot(page, "Top stories"))).toEqual([second.headline, first.headline]);
    await expect(secondPlaced.getByRole("button", { name: "Move down" })).toBeFocused();
    // And by drag, within the slot: the first story dropped onto the second goes back before it.
    await slot(page, "Top stories").getByRole("listitem").filter({ hasText: first.headline }).dragTo(secondPlaced);
    await expect.poll(() => headlines(slot(page, "Top stories"))).toEqual([first.headline, second.headline]);
    await expect(page.getByTestId("arrangement-state")).toHaveText("Unsaved changes");
    await expectNoSeriousViolations(page);

    // The preview shows the draft; readers still see the published front page.
    await page.getByRole("button", { name: "Save and preview" }).click();
    await expect(page).toHaveURL(/\/preview\/front$/);
    await expect(page.getByRole("note")).toContainText("Preview of the draft arrangement");
    await expect(page.getByRole("region", { name: "Top story" })).toContainText(lead.headline);
    await expect(page.getByRole("region", { name: "More top stories" }).getByRole("heading", { level: 2 }).first()).toHaveText(first.headline);
    await expect(page.getByRole("region", { name: "Live now" })).toContainText(live.headline);
    await reader.reload();
    await expect(reader.getByRole("region", { name: "Top story" })).not.toContainText(lead.headline);
    await expect(reader.getByRole("region", { name: "Live now" })).toHaveCount(0);

    await page.getByRole("link", { name: "Back to arranging" }).click();
    await expect(page.getByTestId("arrangement-state")).toContainText("not published yet");
    await expect.poll(() => headlines(slot(page, "Top stories"))).toEqual([first.headline, second.headline]);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published. Readers see this arrangement now." })).toBeVisible();

    await reader.reload();
    await expect(reader.getByRole("region", { name: "Top story" })).toContainText(lead.headline);
    await expect(reader.getByRole("region", { name: "More top stories" }).getByRole("heading", { level: 2 })).toHaveText([first.headline, second.headline, ...Array<RegExp>(TOP_STORIES - 2).fill(/.+/)]);
    await expect(reader.getByRole("region", { name: "Live now" }).getByRole("link")).toHaveText([live.headline]);
    const revision = await db().arrangementRevision.findFirstOrThrow({ where: { arrangementId: "home" }, include: { user: true } });
    expect(revision.user?.name).toBe("Site Admin");
  } finally {
    await reader.context().close();
    await deleteArticles(stories.map((s) => s.id));
  }
});

test("a placed story that is unpublished leaves the front page at once, and the editors see why", async ({ page, browser }) => {
  const placed = await createArticle({ headline: `Placed then pulled ${run}`, status: "PUBLISHED", publishedAt: daysAgo(30) });
  const reader = await (await browser.newContext()).newPage();
  try {
    await signIn(page);
    await page.goto("/admin/front-page");
    await (await pool(page)).getByRole("listitem").filter({ hasText: placed.headline }).getByRole("button", { name: "Add" }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
    await reader.goto("/");
    await expect(reader.getByRole("region", { name: "Top story" })).toContainText(placed.headline);

    await page.goto(`/admin/articles/${placed.id}`);
    await page.getByRole("button", { name: "Unpublish" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();

    await reader.reload();
    await expect(reader.getByRole("region", { name: "Top story" }).getByRole("heading", { level: 2 })).not.toHaveText(placed.headline);
    await expect(reader.getByText(placed.headline)).toHaveCount(0);

    await page.goto("/admin/front-page");
    await expect(slot(page, "Lead")).toContainText("No longer published");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(slot(page, "Lead")).toContainText(`“${placed.headline}” is a draft, so it cannot be placed in Lead.`);
  } finally {
    await reader.context().close();
    await deleteArticles([placed.id]);
  }
});

test("a section front's top stories: placed by an editor, first on the section's page for readers", async ({ page, browser }) => {
  const top = await createArticle({ headline: `Science top ${run}`, status: "PUBLISHED", section: "science", publishedAt: daysAgo(40) });
  const reader = await (await browser.newContext()).newPage();
  try {
    await signIn(page);
    await page.goto("/admin/front-page");
    await page.getByRole("navigation", { name: "Pages to arrange" }).getByRole("link", { name: "Science" }).click();
    await expect(page.getByRole("heading", { name: "Arrange: Science section front" })).toBeVisible();
    await (await pool(page)).getByRole("listitem").filter({ hasText: top.headline }).getByRole("button", { name: "Add" }).press("Enter");
    await page.getByRole("button", { name: "Save and preview" }).click();
    await expect(page).toHaveURL(/\/preview\/section\/science$/);
    await expect(page.getByRole("article").first()).toContainText(top.headline);
    await reader.goto("/science");
    await expect(reader.getByRole("article").first()).not.toContainText(top.headline);
    await page.getByRole("link", { name: "Back to arranging" }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("article").first()).toContainText(top.headline);
  } finally {
    await reader.context().close();
    await deleteArticles([top.id]);
  }
});

test("authors cannot arrange the front page or preview an arrangement", async ({ page }) => {
  const author = await createAccount("author");
  await signIn(page, author);
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Front page" })).toHaveCount(0);
  const response = await page.goto("/admin/front-page");
  expect(response?.status()).toBe(403);
  expect((await page.goto("/preview/front"))?.status()).toBe(404);
});
