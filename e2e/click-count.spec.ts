// How much work a complete story takes: from "New article" to published with a headline, a standfirst, a body
// with a heading, a list, a quote, a link to one of our stories and a library image, a section, two bylines
// and two topics. Every click goes through one counter; the count is what the README reports.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles } from "./helpers/db";
import { addByline, addTopics, bylineList, clickCounter, insertLink, sectionField } from "./helpers/editor";

const MAX_CLICKS = 10;

test("a complete story takes at most ten clicks from New article to published, and readers get all of it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const writer = await createAccount("editor");
  const stamp = Date.now();
  // The story to link to, and the writer's previous story, which sets the section a new one starts in.
  const linked = await createArticle({ headline: `Quay lamp fund passes its target ${stamp}`, status: "PUBLISHED", section: "news" });
  const previous = await createArticle({ headline: `Earlier science story ${stamp}`, status: "DRAFT", section: "science" });
  await db().article.update({ where: { id: previous.id }, data: { createdById: writer.id } });
  const topic = `Lamp volunteers ${stamp}`;
  const headline = `North Quay lamps shine again ${stamp}`;
  const clicks = clickCounter();
  try {
    await signIn(page, writer);

    await clicks.click(page.getByRole("link", { name: "New article" }).first());
    await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();
    // The headline has the focus; Tab goes on to the address, the standfirst, the toolbar and the text.
    await expect(page.getByLabel("Headline")).toBeFocused();
    await page.keyboard.type(headline);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Forty lamps on the North Quay are lit again after a year of volunteer work.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const body = page.getByRole("textbox", { name: "Story body" });
    await expect(body).toBeFocused();
    const toolbar = page.getByRole("toolbar", { name: "Formatting" });

    await page.keyboard.type("The lamps were switched on at dusk.");
    await page.keyboard.press("Enter");
    await clicks.click(toolbar.getByRole("button", { name: "Heading", exact: true }));
    await page.keyboard.type("How it was done");
    await page.keyboard.press("Enter");
    await clicks.click(toolbar.getByRole("button", { name: "Bulleted list" }));
    await page.keyboard.type("New glass from the harbour workshop");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Wiring paid for by a street collection");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await page.keyboard.type("How the fund was raised");
    await page.keyboard.press("Shift+Home");
    const path = await insertLink(page, { words: "lamp fund passes", headline: linked.headline }, { click: clicks.click });
    expect(path).toBe(linked.url);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await clicks.click(toolbar.getByRole("button", { name: "Quote" }));
    await page.keyboard.type("It feels like the quay has its evenings back.");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await clicks.click(toolbar.getByRole("button", { name: "Image" }));
    const library = page.getByRole("dialog", { name: "Media library" });
    const firstImage = library.getByRole("listitem").first().getByRole("button");
    const alt = (await firstImage.getByRole("img").getAttribute("alt")) ?? "";
    await clicks.click(firstImage);
    await expect(library).toBeHidden();
    await expect(body.locator("img")).toHaveCount(1);

    // The section this writer used last, and their own byline, are already there.
    await expect(sectionField(page)).toHaveValue("Science");
    await expect(bylineList(page)).toHaveCount(1);
    await addByline(page, "Priya Raman", clicks.click);
    // From the byline field, Tab reaches the topics: no click needed.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Add a topic" })).toBeFocused();
    await addTopics(page, ["Harbour", topic], async () => {});

    await clicks.click(page.getByRole("button", { name: "Publish now" }));
    await expect(page.getByTestId("status")).toHaveText("published");
    console.log(`Clicks from New article to published: ${clicks.count}`);
    expect(clicks.count).toBeLessThanOrEqual(MAX_CLICKS);

    const story = await db().article.findFirstOrThrow({ where: { headline }, select: { slug: true } });
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/science/${story.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(reader.getByText("Forty lamps on the North Quay are lit again after a year of volunteer work.")).toBeVisible();
    const text = reader.locator(".article-body");
    await expect(text.getByRole("heading", { level: 2, name: "How it was done" })).toBeVisible();
    await expect(text.locator("li")).toHaveText(["New glass from the harbour workshop", "Wiring paid for by a street collection"]);
    await expect(text.getByRole("link", { name: "How the fund was raised" })).toHaveAttribute("href", linked.url);
    await expect(text.locator("blockquote")).toHaveText("It feels like the quay has its evenings back.");
    await expect(text.locator("figure img")).toHaveAttribute("alt", alt);
    await expect(reader.getByRole("link", { name: "Priya Raman" }).first()).toBeVisible();
    await expect(reader.getByRole("link", { name: writer.name }).first()).toBeVisible();
    const topics = reader.getByRole("navigation", { name: "Topics" });
    await expect(topics.getByRole("link", { name: "Harbour" })).toBeVisible();
    await expect(topics.getByRole("link", { name: topic })).toBeVisible();
    await reader.context().close();
  } finally {
    await deleteArticles((await db().article.findMany({ where: { headline: { in: [headline] } }, select: { id: true } })).map((a) => a.id).concat(linked.id, previous.id));
    await db().tag.deleteMany({ where: { name: topic } });
    await db().author.deleteMany({ where: { userId: writer.id } });
    await db().user.delete({ where: { id: writer.id } });
  }
});
