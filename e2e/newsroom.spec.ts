// The newsroom beyond writing: autosave, revisions, conflicts between two
// editors, accounts and roles, and hostile text that must stay inert.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles, paragraphs } from "./helpers/db";

test("a draft saves itself while the editor types, and says so", async ({ page }) => {
  const article = await createArticle({ headline: "Autosave draft", status: "DRAFT" });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${article.id}`);
    await expect(page.getByTestId("save-state")).toHaveText("No changes");
    await page.getByLabel("Standfirst").fill("Typed, never saved by hand.");
    await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
    await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/, { timeout: 15_000 });
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).standfirst).toBe("Typed, never saved by hand.");
    // The form keeps what was typed after a save, so the next save does not write old values back.
    await expect(page.getByLabel("Standfirst")).toHaveValue("Typed, never saved by hand.");
    await page.getByLabel("Headline").fill("Autosave draft, renamed");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    const saved = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect([saved.headline, saved.standfirst]).toEqual(["Autosave draft, renamed", "Typed, never saved by hand."]);
  } finally {
    await deleteArticles([article.id]);
  }
});

test("revisions show what changed and a restore brings the old text back", async ({ page }) => {
  const article = await createArticle({ headline: "Harbour dredging begins", status: "DRAFT", body: paragraphs("The first paragraph.", "The second paragraph.") });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${article.id}`);
    await page.getByLabel("Headline").fill("Harbour dredging delayed");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await page.getByLabel("Headline").fill("Harbour dredging cancelled");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await page.reload();
    const revisions = page.getByRole("region", { name: "Revisions" });
    await revisions.getByRole("link", { name: "Compare version 2 with the current one" }).click();
    await expect(page.getByRole("row", { name: /Headline/ })).toContainText("Harbour dredging delayed");
    await expect(page.getByRole("row", { name: /Headline/ })).toContainText("Harbour dredging cancelled");
    await page.getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByLabel("Headline")).toHaveValue("Harbour dredging delayed");
    await expect(page.getByRole("region", { name: "Revisions" }).getByText("restore")).toBeVisible();
  } finally {
    await deleteArticles([article.id]);
  }
});

test("when two editors save the same version, the second is refused with the first one's name and keeps its text", async ({ browser }) => {
  const article = await createArticle({ headline: "Two editors, one story", status: "DRAFT" });
  const other = await createAccount("editor");
  const first = await browser.newPage();
  const second = await browser.newPage({ storageState: undefined });
  try {
    await signIn(first);
    await signIn(second, other);
    await first.goto(`/admin/articles/${article.id}`);
    await second.goto(`/admin/articles/${article.id}`);
    await first.getByLabel("Headline").fill("Headline from the admin");
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await expect(first.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await second.getByLabel("Headline").fill("Headline from the second editor");
    await second.getByRole("button", { name: "Save", exact: true }).click();
    await expect(second.getByRole("status").filter({ hasText: "Site Admin saved this article while you were editing" })).toBeVisible();
    await expect(second.getByLabel("Headline")).toHaveValue("Headline from the second editor");
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe("Headline from the admin");
    const kept = await db().revision.findFirstOrThrow({ where: { articleId: article.id, kind: "conflict" } });
    expect((kept.snapshot as { headline: string }).headline).toBe("Headline from the second editor");
  } finally {
    await Promise.all([first.context().close(), second.context().close()]);
    await deleteArticles([article.id]);
  }
});

test("an author cannot publish or manage accounts, and a deactivated account is signed out at once", async ({ browser }) => {
  const author = await createAccount("author");
  const authorPage = await (await browser.newContext()).newPage();
  const adminPage = await (await browser.newContext()).newPage();
  try {
    await signIn(authorPage, author);
    await authorPage.goto("/admin/articles/new");
    await expect(authorPage.getByRole("button", { name: "Submit for review" })).toBeVisible();
    await expect(authorPage.getByRole("button", { name: "Publish now" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/sections", "/admin/tags", "/admin/authors"]) {
      await authorPage.goto(path);
      await expect(authorPage.getByRole("heading", { level: 1 }), path).toHaveText("You don't have access to this page");
    }

    await signIn(adminPage);
    await adminPage.goto("/admin/users");
    const row = adminPage.getByRole("listitem", { name: author.email });
    await row.getByRole("button", { name: "Deactivate" }).click();
    await adminPage.getByRole("dialog", { name: `Deactivate ${author.name} (${author.email})?` }).getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByText("deactivated", { exact: true })).toBeVisible();
    await authorPage.goto("/admin");
    await expect(authorPage).toHaveURL(/\/admin\/login/);
    await authorPage.getByLabel("Email").fill(author.email);
    await authorPage.getByLabel("Password").fill(author.password);
    await authorPage.getByRole("button", { name: "Sign in" }).click();
    await expect(authorPage.locator("#login-error")).toHaveText("That email and password do not match an active account.");
  } finally {
    await Promise.all([authorPage.context().close(), adminPage.context().close()]);
  }
});

test("an admin creates an account and changes its role", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/users");
  const email = `new-writer-${Date.now()}@example.com`;
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Name").fill("New Writer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByLabel("Initial password (optional)").fill("a-fresh-password-1");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText(`Account created for ${email}.`);
  const row = page.getByRole("listitem", { name: email });
  await row.getByRole("combobox", { name: "Role" }).selectOption("editor");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("form", { name: `Role of ${email}` }).getByRole("status")).toContainText("is now an editor");
  expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("editor");
});

test("script, event handlers and javascript: links typed into a story stay inert on the reader page", async ({ page }) => {
  const hostile = {
    headline: `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> Harbour ${Date.now()}`,
    standfirst: `<b onmouseover="window.__pwned=3">Hover me</b> "quotes" & ampersands`,
  };
  const media = await db().media.findFirstOrThrow({ where: { fileName: { startsWith: "demo-" } } });
  const article = await createArticle({
    ...hostile,
    status: "PUBLISHED",
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "<script>window.__pwned=4</script>" }] },
        { type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:window.__pwned=5" } }] }] },
        { type: "paragraph", attrs: { onclick: "window.__pwned=6" }, content: [{ type: "text", text: "para" }] },
        { type: "image", attrs: { src: `/media/${media.fileName}`, alt: "x\" onerror=\"window.__pwned=7", caption: "<img src=x onerror=window.__pwned=8>" } },
      ],
    },
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  try {
    await page.goto(article.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile.headline);
    await expect(page.getByText("Hover me")).toBeVisible();
    await page.getByText("Hover me").first().hover();
    await page.getByText("click", { exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator(".article-body a", { hasText: "click" })).toHaveCount(0);
    await expect(page.locator("[onclick], [onerror], [onmouseover]")).toHaveCount(0);
    await expect(page.locator(".article-body figcaption")).toContainText("<img src=x onerror=window.__pwned=8>");
    expect(dialogs).toEqual([]);
  } finally {
    await deleteArticles([article.id]);
  }
});

test("renaming a topic in the admin renames it on the reader site at once", async ({ page, browser }) => {
  const tag = await db().tag.create({ data: { slug: `e2e-topic-${Date.now()}`, name: "Quay lamps" } });
  const article = await createArticle({ headline: "Lamps story for a topic", status: "PUBLISHED" });
  await db().articleTag.create({ data: { articleId: article.id, tagId: tag.id } });
  const reader = await (await browser.newContext()).newPage();
  try {
    await reader.goto(`/tag/${tag.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Quay lamps");
    await signIn(page);
    await page.goto("/admin/tags");
    // Found by its hidden id: the form's label follows the topic's name, which is what changes.
    const form = page.getByRole("form", { name: /^Edit topic/ }).filter({ has: page.locator(`input[name="id"][value="${tag.id}"]`) });
    await form.getByLabel("Name").fill("Harbour lamps");
    await form.getByRole("button", { name: "Rename" }).click();
    await expect(form.getByRole("status")).toHaveText("Topic saved.");
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Harbour lamps");
    await reader.goto(article.url);
    await expect(reader.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Harbour lamps" })).toBeVisible();
  } finally {
    await reader.context().close();
    await deleteArticles([article.id]);
    await db().tag.delete({ where: { id: tag.id } });
  }
});

test("a new account set up by link, and a password changed later", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/admin/users");
  const email = `linked-${Date.now()}@example.com`;
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Name").fill("Linked Writer");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status").first()).toContainText("set-password link");
  // No mail server answers during this test: the link is shown to the admin, to pass on.
  const link = await form.getByLabel("Set-password link (shown only now)").inputValue();
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(link);
  await expect(newcomer).toHaveURL(/\/admin\/set-password\?token=/);
  await newcomer.getByLabel(/New password/).fill("my-own-password-42");
  await newcomer.getByRole("button", { name: "Set password" }).click();
  await expect(newcomer.getByRole("status")).toHaveText("Password set. You can sign in now.");
  await signIn(newcomer, { email, password: "my-own-password-42" });

  await newcomer.goto("/admin/account");
  const change = newcomer.getByRole("form", { name: "Change password" });
  await change.getByLabel("Current password").fill("not-my-password");
  await change.getByLabel(/New password/).fill("another-password-43");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByRole("status")).toContainText("That is not your current password.");
  // What was typed is still there after the error.
  await expect(change.getByLabel(/New password/)).toHaveValue("another-password-43");
  await change.getByLabel("Current password").fill("my-own-password-42");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByText("Password changed. Other devices were signed out.")).toBeVisible();
  await expect(newcomer).toHaveURL(/\/admin\/account\?password=changed$/);
  await newcomer.context().close();
  const again = await (await browser.newContext()).newPage();
  await signIn(again, { email, password: "another-password-43" });
  await again.context().close();
});
