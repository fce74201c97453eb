// What one click cannot take back asks first, in a dialog that says what will happen. Cancel has the
// focus, so Enter or Escape at once leaves everything as it was; the named button goes ahead.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles, uniqueSlug } from "./helpers/db";
import { testImage } from "./helpers/images";

/** Clicks `opener`, checks the dialog it opens (title, text, Cancel focused) and returns it. */
async function opens(page: Page, opener: Locator, title: string, says: string | RegExp): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(says);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  return dialog;
}

test("unpublishing a live story: Cancel (the default) keeps it live, Unpublish takes it off the site", async ({ page }) => {
  const story = await createArticle({ headline: `Harbour lamps relit ${Date.now()}`, status: "PUBLISHED" });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const unpublish = page.getByRole("button", { name: "Unpublish" });
    let dialog = await opens(page, unpublish, `Unpublish “${story.headline}”?`, "no longer available");
    // Enter on the focused Cancel.
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(unpublish).toBeFocused();
    await expect(page.getByTestId("status")).toHaveText("published");
    expect((await page.request.get(story.url)).status()).toBe(200);

    dialog = await opens(page, unpublish, `Unpublish “${story.headline}”?`, "no longer available");
    await dialog.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Unpublished: the story is a draft again." })).toBeVisible();
    await expect(page.getByTestId("status")).toHaveText("draft");
    expect((await page.request.get(story.url)).status()).toBe(410);
  } finally {
    await deleteArticles([story.id]);
  }
});

test("archiving: Escape keeps the story, Archive archives it", async ({ page }) => {
  const story = await createArticle({ headline: `Ferry pier survey notes ${Date.now()}`, status: "DRAFT" });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const archive = page.getByRole("button", { name: "Archive" });
    let dialog = await opens(page, archive, `Archive “${story.headline}”?`, "working lists");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("status")).toHaveText("draft");
    expect((await db().article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("DRAFT");

    dialog = await opens(page, archive, `Archive “${story.headline}”?`, "working lists");
    await dialog.getByRole("button", { name: "Archive" }).click();
    await expect(page.getByTestId("status")).toHaveText("archived");
    expect((await db().article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe("ARCHIVED");
  } finally {
    await deleteArticles([story.id]);
  }
});

test("restoring an old version of a live story: Cancel keeps the live text, Restore puts the old one live", async ({ page }) => {
  const story = await createArticle({ headline: `Tram depot reopens ${Date.now()}`, status: "PUBLISHED" });
  const old = `Tram depot to reopen in spring ${Date.now()}`;
  const revision = await db().revision.create({ data: { articleId: story.id, version: 1, kind: "save", snapshot: { headline: old } } });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}/revisions/${revision.id}`);
    const restore = page.getByRole("button", { name: "Restore this version" });
    let dialog = await opens(page, restore, `Restore version 1 of “${story.headline}”?`, "readers see this version's text");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    expect((await db().article.findUniqueOrThrow({ where: { id: story.id } })).headline).toBe(story.headline);

    dialog = await opens(page, restore, `Restore version 1 of “${story.headline}”?`, "readers see this version's text");
    await dialog.getByRole("button", { name: "Restore on the live story" }).click();
    await expect(page.getByLabel("Headline")).toHaveValue(old);
    const reader = await page.request.get(story.url);
    expect(await reader.text()).toContain(old);
  } finally {
    await deleteArticles([story.id]);
  }
});

test("merging topics: Cancel keeps both, Merge moves the stories and removes the first", async ({ page }) => {
  const from = await db().tag.create({ data: { slug: uniqueSlug("tide-tables"), name: `Tide tables ${Date.now()}` } });
  const into = await db().tag.create({ data: { slug: uniqueSlug("tides"), name: `Tides ${Date.now()}` } });
  const story = await createArticle({ headline: "Spring tides expected", status: "DRAFT" });
  await db().articleTag.create({ data: { articleId: story.id, tagId: from.id } });
  try {
    await signIn(page);
    await page.goto("/admin/tags");
    const form = page.getByRole("form", { name: `Merge topic ${from.name}` });
    await form.getByLabel("Merge into").selectOption({ label: into.name });
    const title = `Merge “${from.name}” into “${into.name}”?`;
    let dialog = await opens(page, form.getByRole("button", { name: "Merge" }), title, `Its 1 story is filed under “${into.name}” instead`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    expect(await db().tag.findUnique({ where: { id: from.id } })).not.toBeNull();

    dialog = await opens(page, form.getByRole("button", { name: "Merge" }), title, `/tag/${from.slug}`);
    await dialog.getByRole("button", { name: "Merge" }).click();
    await expect(page.getByRole("form", { name: `Merge topic ${from.name}` })).toHaveCount(0);
    expect(await db().tag.findUnique({ where: { id: from.id } })).toBeNull();
    expect(await db().articleTag.findMany({ where: { articleId: story.id }, select: { tagId: true } })).toEqual([{ tagId: into.id }]);
  } finally {
    await deleteArticles([story.id]);
    await db().tag.deleteMany({ where: { id: { in: [from.id, into.id] } } });
  }
});

test("deactivating an account: Cancel leaves it active, Deactivate signs it out", async ({ page }) => {
  const account = await createAccount("contributor");
  await signIn(page);
  await page.goto("/admin/users");
  const row = page.getByRole("listitem", { name: account.email });
  const title = `Deactivate ${account.name} (${account.email})?`;
  let dialog = await opens(page, row.getByRole("button", { name: "Deactivate" }), title, "signed out everywhere");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText("deactivated", { exact: true })).toHaveCount(0);
  expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).banned).not.toBe(true);

  dialog = await opens(page, row.getByRole("button", { name: "Deactivate" }), title, "signed out everywhere");
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("deactivated", { exact: true })).toBeVisible();
  expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).banned).toBe(true);
});

test("deleting an image: Cancel keeps it, Delete image removes it from the library", async ({ page }) => {
  await signIn(page);
  const alt = `Gulls over the breakwater ${Date.now()}`;
  const upload = await page.request.post("/api/media", { multipart: { file: { name: "gulls.png", mimeType: "image/png", buffer: await testImage() }, alt } });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  await page.goto(`/admin/media?edit=${id}`);
  const panel = page.getByRole("complementary", { name: "Edit image" });
  let dialog = await opens(page, panel.getByRole("button", { name: "Delete image" }), "Delete this image?", alt);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
  expect(await db().media.findUnique({ where: { id } })).not.toBeNull();

  dialog = await opens(page, panel.getByRole("button", { name: "Delete image" }), "Delete this image?", alt);
  await dialog.getByRole("button", { name: "Delete image" }).click();
  // The panel closes and the grid no longer shows it.
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/edit=/);
  await expect(page.getByRole("img", { name: alt })).toHaveCount(0);
  expect(await db().media.findUnique({ where: { id } })).toBeNull();
});
