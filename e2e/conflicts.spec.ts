// Two editors save the same story: the second is shown both versions side by side and chooses per part;
// what they choose is saved on top of the first one's version, and retrying keeps one rejected revision.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles, paragraphs } from "./helpers/db";

const conflictRegion = (page: Page) => page.getByRole("region", { name: "Someone else saved this story first" });

test("a conflict resolved field by field: the live story shows the merge, and retries add no revision", async ({ browser }) => {
  const story = await createArticle({
    headline: `Harbour wall repairs ${Date.now()}`,
    standfirst: "Work starts in the spring.",
    status: "PUBLISHED",
    body: paragraphs("The harbour wall is to be repaired.", "The council will pay for it."),
  });
  const other = await createAccount("editor");
  const admin = await (await browser.newContext()).newPage();
  const editor = await (await browser.newContext()).newPage();
  const reader = await (await browser.newContext()).newPage();
  try {
    await signIn(admin);
    await signIn(editor, other);
    await admin.goto(`/admin/articles/${story.id}`);
    // A first save through the newsroom records the version both editors then start from.
    await admin.getByRole("button", { name: "Update live story" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
    await editor.goto(`/admin/articles/${story.id}`);

    // The admin changes the headline and the story; the editor, from the same version, the headline and the standfirst.
    await admin.getByLabel("Headline").fill("Harbour wall repairs start in March");
    await admin.locator(".ProseMirror p").last().click();
    await admin.keyboard.press("End");
    await admin.keyboard.type(" The bill is two million.");
    await admin.getByRole("button", { name: "Update live story" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();

    await editor.getByLabel("Headline").fill("Harbour wall to be mended");
    await editor.getByLabel("Standfirst").fill("Work starts in March and lasts six weeks.");
    for (let attempt = 0; attempt < 3; attempt++) {
      await editor.getByRole("button", { name: "Update live story" }).click();
      await expect(editor.getByRole("status").filter({ hasText: "Site Admin saved this article while you were editing" })).toBeVisible();
      await expect(conflictRegion(editor)).toBeVisible();
    }
    expect(await db().revision.count({ where: { articleId: story.id, kind: "conflict" } })).toBe(1);

    const choice = conflictRegion(editor);
    // Side by side, part by part; what only one of them changed is offered from that side.
    const headline = choice.getByRole("group", { name: /^Headline/ });
    await expect(headline).toContainText("Changed by both of you");
    await expect(headline).toContainText("Harbour wall repairs start in March");
    await expect(headline).toContainText("Harbour wall to be mended");
    await expect(choice.getByRole("group", { name: /^Standfirst/ }).getByLabel("Yours")).toBeChecked();
    const body = choice.getByRole("group", { name: /^Story/ });
    await expect(body).toContainText("Only they changed this");
    await expect(body.getByRole("list", { name: "The story in both versions, block by block" })).toContainText("The bill is two million.");
    await expect(body.getByLabel("Theirs (Site Admin)")).toBeChecked();
    await expect(choice).toContainText("The same in both: Address (slug), Section, Topics, Bylines");
    const axe = await new AxeBuilder({ page: editor }).include(`section[aria-labelledby]`).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Field by field: their headline and their story, my standfirst.
    await headline.getByLabel("Theirs (Site Admin)").check();
    await choice.getByRole("button", { name: "Save what I chose" }).click();
    await expect(conflictRegion(editor)).toHaveCount(0);
    await expect(editor.getByRole("status").filter({ hasText: /Saved what you chose as version \d+\./ })).toBeVisible();
    await expect(editor.getByLabel("Headline")).toHaveValue("Harbour wall repairs start in March");
    await expect(editor.getByLabel("Standfirst")).toHaveValue("Work starts in March and lasts six weeks.");
    await expect(editor.getByTestId("save-state")).not.toHaveText("Unsaved changes");

    await reader.goto(story.url);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Harbour wall repairs start in March");
    await expect(reader.getByText("Work starts in March and lasts six weeks.")).toBeVisible();
    await expect(reader.getByText("The bill is two million.")).toBeVisible();
    // One rejected revision for all three refused clicks; the merge is an ordinary save.
    const revisions = await db().revision.findMany({ where: { articleId: story.id }, select: { kind: true } });
    expect(revisions.filter((r) => r.kind === "conflict")).toHaveLength(1);
    // The three saves that went through: the admin's two and the merge.
    expect(revisions.filter((r) => r.kind !== "conflict")).toHaveLength(3);

    // Saving again from the merged version goes through: the editor is on the newest version.
    await editor.getByLabel("Standfirst").fill("Work starts in March and lasts seven weeks.");
    await editor.getByRole("button", { name: "Update live story" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
  } finally {
    await Promise.all([admin.context().close(), editor.context().close(), reader.context().close()]);
    await deleteArticles([story.id]);
  }
});

test("a draft's automatic save that loses the race leaves no revision, and keeping theirs loads their version", async ({ browser }) => {
  const story = await createArticle({ headline: `Library hours ${Date.now()}`, status: "DRAFT" });
  const other = await createAccount("editor");
  const admin = await (await browser.newContext()).newPage();
  const editor = await (await browser.newContext()).newPage();
  try {
    await signIn(admin);
    await signIn(editor, other);
    await admin.goto(`/admin/articles/${story.id}`);
    await editor.goto(`/admin/articles/${story.id}`);
    await admin.getByLabel("Headline").fill("Library opens on Sundays");
    await admin.getByRole("button", { name: "Save", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

    // The editor types and pauses: the automatic save is refused and the comparison opens.
    await editor.getByLabel("Standfirst").fill("From January.");
    await expect(conflictRegion(editor)).toBeVisible({ timeout: 15_000 });
    await expect(editor.getByRole("status").filter({ hasText: "not saved automatically" })).toBeVisible();
    expect(await db().revision.count({ where: { articleId: story.id, kind: "conflict" } })).toBe(0);

    await conflictRegion(editor).getByRole("button", { name: "Keep theirs" }).click();
    await expect(conflictRegion(editor)).toHaveCount(0);
    await expect(editor.getByLabel("Headline")).toHaveValue("Library opens on Sundays");
    await expect(editor.getByLabel("Standfirst")).toHaveValue("");
    await expect(editor.getByRole("status").filter({ hasText: "You have Site Admin's version now" })).toBeVisible();
    expect(await db().revision.count({ where: { articleId: story.id, kind: "conflict" } })).toBe(0);
  } finally {
    await Promise.all([admin.context().close(), editor.context().close()]);
    await deleteArticles([story.id]);
  }
});
