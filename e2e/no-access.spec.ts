// A newsroom page someone's role may not see says so, in the newsroom's own frame, with a real 403.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles } from "./helpers/db";

test("an author opening someone else's live story is told they have no access to it, inside the newsroom, with a 403", async ({ page }) => {
  const story = await createArticle({ headline: "Ferry timetable changes for winter", status: "PUBLISHED" });
  const author = await createAccount("author");
  try {
    await signIn(page, author);
    const response = await page.goto(`/admin/articles/${story.id}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this story");
    // None of the story is shown, and the newsroom's navigation is still there.
    await expect(page.getByText(story.headline)).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Articles" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the articles" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();

    // Its revisions are refused the same way.
    const revision = await db().revision.create({ data: { articleId: story.id, version: 1, kind: "save", snapshot: { headline: story.headline } } });
    const revisionPage = await page.goto(`/admin/articles/${story.id}/revisions/${revision.id}`);
    expect(revisionPage?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this story");
  } finally {
    await deleteArticles([story.id]);
  }
});

test("pages a role does not include answer 403 with the newsroom around them; a missing story is still a 404", async ({ page }) => {
  const author = await createAccount("author");
  await signIn(page, author);
  for (const path of ["/admin/users", "/admin/sections", "/admin/tags", "/admin/authors"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("You don't have access to this page");
    await expect(page.getByRole("navigation", { name: "Admin" }), path).toBeVisible();
  }
  const missing = await page.goto("/admin/articles/no-such-story");
  expect(missing?.status()).toBe(404);
});
