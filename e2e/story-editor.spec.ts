// The story editor's tools: the toolbar (names, shortcuts, pressed state, undo and redo), the word count, the
// placeholders, the link dialog with its suggestions of our own stories, the searchable section, byline and
// topic fields, and scheduling in the site's time zone.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createArticle, db, deleteArticles } from "./helpers/db";
import { addByline, addTopics, bylineList, bylineField, insertLink, pickSection, sectionField, topicField, topicList } from "./helpers/editor";

const SITE_ZONE = "Europe/London";

async function newStory(page: Page) {
  await signIn(page);
  await page.goto("/admin/articles/new");
  const body = page.getByRole("textbox", { name: "Story body" });
  await expect(page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" })).toBeVisible();
  return body;
}

test("the toolbar names each button with its shortcut, shows what is on, and undoes and redoes", async ({ page }) => {
  const body = await newStory(page);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  const titles: Record<string, string> = {
    Undo: "Undo (Ctrl+Z)", Redo: "Redo (Ctrl+Shift+Z)", Heading: "Heading (Ctrl+Alt+2)", Subheading: "Subheading (Ctrl+Alt+3)", Bold: "Bold (Ctrl+B)",
    Italic: "Italic (Ctrl+I)", Link: "Link (Ctrl+K)", "Bulleted list": "Bulleted list (Ctrl+Shift+8)", "Numbered list": "Numbered list (Ctrl+Shift+7)",
    Quote: "Quote (Ctrl+Shift+B)", Separator: "Separator", Image: "Image from the media library",
  };
  for (const [name, title] of Object.entries(titles)) {
    const button = toolbar.getByRole("button", { name, exact: true });
    await expect(button).toHaveAttribute("title", title);
    // An icon drawn in the page, no text and nothing loaded from elsewhere.
    await expect(button.locator("svg")).toHaveCount(1);
  }
  // Empty fields say what goes in them.
  await expect(page.getByLabel("Headline")).toHaveAttribute("placeholder", /.+/);
  await expect(page.getByLabel("Standfirst")).toHaveAttribute("placeholder", /.+/);
  await expect(body.locator("p").first()).toHaveAttribute("data-placeholder", "Write the story…");
  const count = page.getByText(/\d+ words? · \d+ min read/);
  await expect(count).toHaveText("0 words · 1 min read");

  await body.click();
  await page.keyboard.type("Forty lamps along the North Quay");
  await expect(count).toHaveText("6 words · 1 min read");
  await page.keyboard.press("ControlOrMeta+a");
  const bold = toolbar.getByRole("button", { name: "Bold" });
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await expect(body.locator("strong")).toHaveText("Forty lamps along the North Quay");

  await toolbar.getByRole("button", { name: "Undo" }).click();
  await expect(body.locator("strong")).toHaveCount(0);
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await toolbar.getByRole("button", { name: "Redo" }).click();
  await expect(body.locator("strong")).toHaveCount(1);

  // The word count follows the text and gives the reading time.
  await page.keyboard.press("End");
  await page.keyboard.insertText(` ${"word ".repeat(460)}`);
  await expect(count).toHaveText("466 words · 2 min read");

  // The toolbar is one stop for Tab; the arrow keys move along it.
  await page.getByLabel("Standfirst").focus();
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: "Heading", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Subheading" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(body).toBeFocused();
});

test("the link dialog suggests our stories by headline, flags a path that leads nowhere, and removes a link", async ({ page }) => {
  const story = await createArticle({ headline: `Ferry timetable restored for winter ${Date.now()}`, status: "PUBLISHED", section: "news" });
  const draft = await createArticle({ headline: `Ferry timetable draft ${Date.now()}`, status: "DRAFT", section: "news" });
  try {
    const body = await newStory(page);
    await body.click();
    await page.keyboard.type("Read about the ferries");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("ControlOrMeta+k");
    const dialog = page.getByRole("dialog", { name: "Insert link" });
    await expect(dialog.getByLabel("Text")).toHaveValue("Read about the ferries");
    await dialog.getByRole("combobox").fill("timetable restored winter");
    // Published stories only: the draft with a similar headline is not offered.
    await expect(dialog.getByRole("option")).toHaveCount(1);
    await expect(dialog.getByRole("option")).toContainText(story.headline);
    await expect(dialog.getByRole("option")).toContainText(story.url);
    await dialog.getByRole("option").click();
    await expect(dialog.getByRole("combobox")).toHaveValue(story.url);
    await dialog.getByRole("button", { name: "Insert link" }).click();
    await expect(dialog).toBeHidden();
    await expect(body.getByRole("link", { name: "Read about the ferries" })).toHaveAttribute("href", story.url);

    // A site path that matches no story is flagged first, and goes in only when asked again.
    await page.keyboard.press("End");
    await page.keyboard.type(" and the old pier");
    await page.keyboard.press("Shift+ArrowLeft");
    for (let i = 0; i < 7; i++) await page.keyboard.press("Shift+ArrowLeft");
    await page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Link" }).click();
    await dialog.getByRole("combobox").fill("/news/no-such-story-here");
    await dialog.getByRole("button", { name: "Insert link" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("No published story is at /news/no-such-story-here. Check the address, or press “Insert anyway”.");
    await expect(body.getByRole("link", { name: "old pier" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Insert anyway" }).click();
    await expect(body.getByRole("link", { name: "old pier" })).toHaveAttribute("href", "/news/no-such-story-here");

    // Inside a link, the dialog edits it and can remove it.
    await body.getByRole("link", { name: "Read about the ferries" }).click();
    await expect(page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Link" })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ControlOrMeta+k");
    const edit = page.getByRole("dialog", { name: "Edit link" });
    await expect(edit.getByRole("combobox")).toHaveValue(story.url);
    await edit.getByRole("button", { name: "Remove link" }).click();
    await expect(body.getByRole("link", { name: "Read about the ferries" })).toHaveCount(0);
    await expect(body).toContainText("Read about the ferries");
    // The dialog hands the focus back to the text, where the writer goes on typing.
    await expect(body).toBeFocused();

    // An address typed in full goes in as typed (the shared step the other specs use).
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("The operator");
    await page.keyboard.press("Shift+Home");
    await insertLink(page, { address: "https://example.org/ferries" });
    await expect(body.getByRole("link", { name: "The operator" })).toHaveAttribute("href", "https://example.org/ferries");
  } finally {
    await deleteArticles([story.id, draft.id]);
  }
});

test("section, bylines and topics are searchable fields worked from the keyboard, and the body is saved without empty list items", async ({ page }) => {
  const topic = `Night ferries ${Date.now()}`;
  const headline = `Combobox story ${Date.now()}`;
  try {
    const body = await newStory(page);
    await page.getByLabel("Headline").fill(headline);
    const section = sectionField(page);
    await section.focus();
    await page.keyboard.press("ArrowDown");
    await expect(section).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.type("clim");
    await expect(page.getByRole("listbox", { name: "Sections" }).getByRole("option")).toHaveText(["Climate"]);
    await page.keyboard.press("Enter");
    await expect(section).toHaveValue("Climate");
    await expect(section).toHaveAttribute("aria-expanded", "false");
    // Enter picked; it did not send the form.
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    await pickSection(page, "Sport");

    // The writer's own byline is there; another is added by name, and Escape closes the list.
    await expect(bylineList(page)).toHaveCount(1);
    await bylineField(page).fill("ines");
    await expect(page.getByRole("listbox", { name: "Bylines" }).getByRole("option").first()).toHaveText("Ines Carvalho");
    await page.keyboard.press("Escape");
    await expect(bylineField(page)).toHaveAttribute("aria-expanded", "false");
    await addByline(page, "Ines Carvalho");
    await expect(bylineList(page)).toHaveCount(2);
    // Chosen bylines are not offered again.
    await bylineField(page).fill("ines");
    await expect(page.getByRole("listbox", { name: "Bylines" }).getByRole("option")).toHaveCount(0);
    await bylineField(page).fill("");
    await page.keyboard.press("Escape");

    await addTopics(page, ["Transport", topic]);
    await expect(topicList(page)).toHaveText([/^Transport/, new RegExp(`^${topic}`)]);
    await page.getByRole("button", { name: "Remove topic Transport" }).click();
    await expect(topicList(page)).toHaveCount(1);
    await topicField(page).fill("transp");
    // The first match is highlighted; the arrow keys move to "Add new topic" and back.
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option", { name: "Add new topic “transp”" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("option", { name: "Transport" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(topicList(page)).toHaveCount(2);

    // A list ended with Enter leaves an empty item in the editor; the saved story has none.
    await body.click();
    await page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bulleted list" }).click();
    await page.keyboard.type("First point");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    const saved = await db().article.findFirstOrThrow({ where: { headline }, select: { body: true, section: { select: { name: true } }, tags: { select: { tag: { select: { name: true } } } }, authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } } } });
    expect(saved.section?.name).toBe("Sport");
    expect(saved.tags.map((t) => t.tag.name).sort()).toEqual([topic, "Transport"].sort());
    expect(saved.authors.map((a) => a.author.name)).toContain("Ines Carvalho");
    const list = (saved.body as { content: { type: string; content?: unknown[] }[] }).content.find((node) => node.type === "bulletList");
    expect(list?.content).toHaveLength(1);
  } finally {
    await deleteArticles((await db().article.findMany({ where: { headline }, select: { id: true } })).map((a) => a.id));
    await db().tag.deleteMany({ where: { name: { in: [topic, "transp"] } } });
  }
});

test("a story is scheduled in the site's time, the editor says when it goes live, and the preview shows that date", async ({ page }) => {
  const story = await createArticle({ headline: `Pier reopening ${Date.now()}`, status: "DRAFT", section: "news" });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    // Two days ahead at 18:00, site time.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: SITE_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + 2 * 86_400_000));
    const field = page.getByLabel("Publish at (site time)");
    await expect(field).toHaveAttribute("type", "datetime-local");
    await field.fill(`${day}T18:00`);
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    const expected = `${date} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]} ${year}, 18:00`;
    // Whatever the browser's own display of the field, the hint gives the time the newsroom's way.
    await expect(page.locator("#scheduledAt-hint")).toHaveText(`${expected}, Europe/London time`);
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.getByTestId("status")).toHaveText("scheduled");
    await expect(page.getByTestId("goes-live")).toHaveText(`Goes live ${expected}`);
    await page.reload();
    await expect(page.getByTestId("goes-live")).toHaveText(`Goes live ${expected}`);
    await expect(page.getByRole("region", { name: "Revisions" })).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/);

    // The article list gives the same time, in the same form.
    await page.goto(`/admin?q=${encodeURIComponent(story.headline)}`);
    await expect(page.getByRole("row", { name: new RegExp(story.headline) })).toContainText(expected);

    const row = await db().article.findUniqueOrThrow({ where: { id: story.id }, select: { scheduledAt: true } });
    await page.goto(`/preview/${story.id}`);
    await expect(page.locator("article time").first()).toHaveAttribute("datetime", row.scheduledAt!.toISOString());
  } finally {
    await deleteArticles([story.id]);
  }
});

test("a live blog is not offered a publication time", async ({ page }) => {
  await newStory(page);
  await expect(page.getByLabel("Publish at (site time)")).toBeVisible();
  await page.getByLabel("Kind").selectOption("LIVE_BLOG");
  await expect(page.getByLabel("Publish at (site time)")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule" })).toHaveCount(0);
  await expect(page.getByText("A live blog opens when you publish it; each entry carries its own time.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish now" })).toBeVisible();
  await page.getByLabel("Kind").selectOption("STORY");
  await expect(page.getByLabel("Publish at (site time)")).toBeVisible();
});
