// Revisions beside the editor: any two versions compared with the story rendered as readers see it, and an
// old version loaded into the editor as unsaved changes that reach readers only when the editor saves.
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./helpers/admin";
import { createArticle, db, deleteArticles } from "./helpers/db";
import type { Prisma } from "@/generated/prisma/client";

const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string) => ({ type: "text", text: value });
const link = (label: string, href: string) => ({ type: "text", text: label, marks: [{ type: "link", attrs: { href } }] });

test("compare two versions, see the inserted heading and the changed link, load the old one, save, and readers get it", async ({ page }) => {
  const stamp = Date.now();
  const oldHeadline = `Ferry timetable published ${stamp}`;
  const newHeadline = `Ferry timetable changes again ${stamp}`;
  const oldBody = { type: "doc", content: [paragraph(text("The operator posted the times on "), link("its website", "https://example.org/ferry-times-2025"), text("."))] };
  const newBody = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("What changes in spring")] },
      paragraph(text("The operator posted the times on "), link("its website", "https://example.org/ferry-times-2026"), text(".")),
    ],
  };
  const story = await createArticle({ headline: newHeadline, status: "PUBLISHED", body: newBody as never });
  const admin = await db().user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true } });
  const base = await db().article.findUniqueOrThrow({ where: { id: story.id }, select: { sectionId: true, standfirst: true, authors: { select: { authorId: true } } } });
  const snapshot = (headline: string, body: unknown) =>
    ({ headline, body, slug: story.slug, standfirst: base.standfirst, sectionId: base.sectionId, tags: [], authorIds: base.authors.map((a) => a.authorId) }) as unknown as Prisma.InputJsonObject;
  const first = await db().revision.create({ data: { articleId: story.id, version: 1, kind: "publish", userId: admin.id, snapshot: snapshot(oldHeadline, oldBody), createdAt: new Date(stamp - 60_000) } });
  const second = await db().revision.create({ data: { articleId: story.id, version: 2, kind: "minor-fix", userId: admin.id, snapshot: snapshot(newHeadline, newBody) } });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);

    // The panel beside the editor lists the versions newest first, with who saved them and what kind of save.
    const panel = page.getByRole("region", { name: "Revisions" });
    await expect(panel.getByRole("listitem")).toHaveCount(2);
    await expect(panel.getByRole("listitem").first()).toContainText("v2");
    await expect(panel.getByRole("listitem").first()).toContainText("minor fix");
    await expect(panel.getByRole("listitem").last()).toContainText("published");
    await expect(panel.getByRole("listitem").last()).toContainText("Site Admin");

    // Version 1 against the current one, then picked as A and B explicitly.
    await panel.getByRole("link", { name: "Compare version 1 with the current one" }).click();
    await expect(page.getByRole("heading", { name: "Compare versions" })).toBeVisible();
    await page.getByLabel("Version A (older)").selectOption(first.id);
    await page.getByLabel("Version B (newer)").selectOption(second.id);
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(new RegExp(`a=${first.id}&b=${second.id}`));

    const headlineRow = page.getByRole("row", { name: /Headline/ });
    await expect(headlineRow.getByRole("deletion")).toHaveText("published");
    await expect(headlineRow.getByRole("insertion")).toHaveText("changes again");

    // The story is rendered: the new heading is a heading, marked inserted; the link's old and new addresses both show.
    const body = page.getByTestId("body-diff");
    await expect(body.getByRole("insertion").getByRole("heading", { level: 2, name: "What changes in spring" })).toBeVisible();
    await expect(body.getByRole("deletion").getByRole("link", { name: "its website" })).toHaveAttribute("href", "https://example.org/ferry-times-2025");
    await expect(body.getByRole("insertion").getByRole("link", { name: "its website" })).toHaveAttribute("href", "https://example.org/ferry-times-2026");
    await expect(body.getByText("The operator posted the times on")).toBeVisible();

    // Loading version 1 puts it in the editor as unsaved changes; nothing is written yet.
    await page.getByRole("link", { name: "Load version 1 into the editor" }).click();
    await expect(page.getByLabel("Headline")).toHaveValue(oldHeadline);
    await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
    await expect(page.getByRole("status").filter({ hasText: "Version 1" })).toContainText("is in the editor");
    await expect(page.locator(".ProseMirror")).not.toContainText("What changes in spring");
    expect((await db().article.findUniqueOrThrow({ where: { id: story.id } })).headline).toBe(newHeadline);
    expect((await page.request.get(story.url).then((r) => r.text()))).toContain(newHeadline);

    await page.getByRole("button", { name: "Update live story" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
    await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/);

    const reader = await page.request.get(story.url);
    const html = await reader.text();
    expect(html).toContain(oldHeadline);
    expect(html).toContain("https://example.org/ferry-times-2025");
    expect(html).not.toContain("What changes in spring");
    // The save is a revision of its own, at the top of the list.
    await page.reload();
    await expect(page.getByRole("region", { name: "Revisions" }).getByRole("listitem")).toHaveCount(3);
  } finally {
    await deleteArticles([story.id]);
  }
});

test("a version that is not this story's is refused with a readable page, and the editor says it could not load it", async ({ page }) => {
  const story = await createArticle({ headline: `Pier repairs ${Date.now()}`, status: "DRAFT" });
  try {
    await signIn(page);
    const missing = await page.goto(`/admin/articles/${story.id}/revisions?a=no-such-version`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "That version is not in this story's revisions" })).toBeVisible();
    const odd = await page.goto(`/admin/articles/${story.id}/revisions?a=${"x".repeat(300)}`);
    expect(odd?.status()).toBe(404);

    await page.goto(`/admin/articles/${story.id}?load=no-such-version`);
    await expect(page.getByRole("alert").filter({ hasText: "That version cannot be loaded" })).toBeVisible();
    await expect(page.getByLabel("Headline")).toHaveValue(story.headline);
    await expect(page.getByTestId("save-state")).toHaveText("No changes");
  } finally {
    await deleteArticles([story.id]);
  }
});
