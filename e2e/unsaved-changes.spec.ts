// Editors never lose a word: leaving with unsaved changes asks first, by every
// way out of the newsroom; a new story saves itself once it has words; and text
// that never reached the server is offered back when the story opens again.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createArticle, db, deleteArticles, type TestArticle } from "./helpers/db";

const TYPED = " Typed, not saved yet.";

/** A live story (live stories are never saved automatically, so what is typed stays unsaved), opened from the article list. */
async function openLiveStory(page: Page, name: string): Promise<TestArticle> {
  const article = await createArticle({ headline: `${name} ${Date.now()}`, status: "PUBLISHED", standfirst: "The saved standfirst." });
  await signIn(page);
  await page.getByRole("link", { name: article.headline }).click();
  await expect(page.getByLabel("Headline")).toHaveValue(article.headline);
  return article;
}

async function typeIntoStandfirst(page: Page) {
  await page.getByLabel("Standfirst").click();
  await page.keyboard.press("End");
  await page.keyboard.type(TYPED);
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
}

/** Presses Back, Forward or reload; a page that asks first holds the navigation, so its outcome is checked on the page instead. */
function press(navigation: Promise<unknown>) {
  navigation.catch(() => {});
}

const leaveDialog = (page: Page) => page.getByRole("dialog", { name: "Leave without saving?" });

async function stayThenLeave(page: Page, attempt: () => Promise<void>) {
  const dialog = leaveDialog(page);
  await attempt();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Standfirst")).toHaveValue(`The saved standfirst.${TYPED}`);
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
  // Escape is "Stay" too.
  await attempt();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Standfirst")).toHaveValue(`The saved standfirst.${TYPED}`);
  await attempt();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
}

test.describe("leaving with unsaved changes asks first", () => {
  for (const link of ["Articles", "View site"]) {
    test(`by the admin's "${link}" link: Stay keeps the text, Leave follows the link`, async ({ page }) => {
      const article = await openLiveStory(page, `Leave by ${link}`);
      try {
        await typeIntoStandfirst(page);
        await stayThenLeave(page, () => page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: link }).click());
        if (link === "Articles") await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
        else await expect(page).toHaveURL((url) => url.pathname === "/");
        expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).standfirst).toBe("The saved standfirst.");
      } finally {
        await deleteArticles([article.id]);
      }
    });
  }

  test("by the browser's Back button: Stay keeps the text, Leave goes back", async ({ page }) => {
    const article = await openLiveStory(page, "Leave by Back");
    try {
      await typeIntoStandfirst(page);
      await stayThenLeave(page, async () => press(page.goBack()));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("by the browser's Forward button: Stay keeps the text, Leave goes forward", async ({ page }) => {
    const article = await openLiveStory(page, "Leave by Forward");
    try {
      // Nothing unsaved yet: out to the list and back again without a question, so there is a page ahead.
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Articles" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
      await page.goBack();
      await expect(page.getByLabel("Headline")).toHaveValue(article.headline);
      await typeIntoStandfirst(page);
      await stayThenLeave(page, async () => press(page.goForward()));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("by signing out: Stay keeps the text and the session, Leave signs out", async ({ page }) => {
    const article = await openLiveStory(page, "Leave by signing out");
    try {
      await typeIntoStandfirst(page);
      await stayThenLeave(page, () => page.getByRole("button", { name: "Sign out" }).click());
      await expect(page).toHaveURL(/\/admin\/login/);
      await page.goto(`/admin/articles/${article.id}`);
      await expect(page).toHaveURL(/\/admin\/login/);
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("by closing or reloading the tab: the browser's own prompt, Stay keeps the text, Leave goes", async ({ page }) => {
    const article = await openLiveStory(page, "Leave by closing");
    const standfirst = page.getByLabel("Standfirst");
    try {
      await typeIntoStandfirst(page);

      const closing = page.waitForEvent("dialog");
      await page.close({ runBeforeUnload: true });
      const onClose = await closing;
      expect(onClose.type()).toBe("beforeunload");
      await onClose.dismiss();
      await expect(standfirst).toHaveValue(`The saved standfirst.${TYPED}`);

      const reloadAsked = page.waitForEvent("dialog");
      press(page.reload());
      const onReload = await reloadAsked;
      expect(onReload.type()).toBe("beforeunload");
      await onReload.dismiss();
      await expect(standfirst).toHaveValue(`The saved standfirst.${TYPED}`);

      const reloadLeaves = page.waitForEvent("dialog");
      const reloaded = page.reload();
      await (await reloadLeaves).accept();
      await reloaded;
      await expect(standfirst).toHaveValue("The saved standfirst.");
      // What was left unsaved is offered back.
      await expect(page.getByRole("alert").filter({ hasText: "were found in this browser" })).toBeVisible();

      await typeIntoStandfirst(page);
      const closeLeaves = page.waitForEvent("dialog");
      const closed = page.waitForEvent("close");
      await page.close({ runBeforeUnload: true });
      await (await closeLeaves).accept();
      await closed;
      expect(page.isClosed()).toBe(true);
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("with nothing unsaved, no way out asks", async ({ page }) => {
    const prompts: string[] = [];
    page.on("dialog", (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    const article = await openLiveStory(page, "Nothing to lose");
    try {
      const nav = page.getByRole("navigation", { name: "Admin" });
      await nav.getByRole("link", { name: "Articles" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
      await page.goBack();
      await expect(page.getByLabel("Headline")).toHaveValue(article.headline);
      await page.goForward();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles");
      await page.goBack();
      await expect(page.getByLabel("Headline")).toHaveValue(article.headline);
      await page.reload();
      await expect(page.getByLabel("Headline")).toHaveValue(article.headline);
      await nav.getByRole("link", { name: "View site" }).click();
      await expect(page).toHaveURL((url) => url.pathname === "/");
      await page.goBack();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/admin\/login/);
      expect(prompts).toEqual([]);
    } finally {
      await deleteArticles([article.id]);
    }
  });
});

test.describe("a new story saves itself", () => {
  test("once it has a headline and a body: the address becomes the story's own without a reload, and later saves update that one story", async ({ page }) => {
    const headline = `Harbour crane returns ${Date.now()}`;
    try {
      await signIn(page);
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "New article" }).click();
      await expect(page).toHaveURL(/\/admin\/articles\/new$/);
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.getByLabel("Headline").click();
      await page.keyboard.type(headline);
      const body = page.getByRole("textbox", { name: "Story body" });
      await body.click();
      await page.keyboard.type("The old crane is back on the quay.");

      await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/, { timeout: 15_000 });
      await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/);
      const id = new URL(page.url()).pathname.split("/").pop()!;
      // The same page, still in the editor's hands: no reload, the cursor where it was.
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await expect(body).toBeFocused();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit article");
      const first = await db().article.findMany({ where: { headline } });
      expect(first.map((a) => [a.id, a.status, a.bodyText])).toEqual([[id, "DRAFT", "The old crane is back on the quay."]]);

      await page.keyboard.type(" It lifted its first load at noon.");
      await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
      await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/, { timeout: 15_000 });
      const later = await db().article.findMany({ where: { headline } });
      expect(later.map((a) => [a.id, a.bodyText])).toEqual([[id, "The old crane is back on the quay. It lifted its first load at noon."]]);
      expect(later[0]!.version).toBeGreaterThan(first[0]!.version);
      await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      // Not a single conflict along the way.
      expect(await db().revision.count({ where: { articleId: id, kind: "conflict" } })).toBe(0);

      // A save by a button then shows the story's full page, with its message.
      await page.getByLabel("Standfirst").fill("Crowds watched from the harbour wall.");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit article");
      await expect(page.getByLabel("Standfirst")).toHaveValue("Crowds watched from the harbour wall.");
      expect(await db().article.count({ where: { headline } })).toBe(1);
    } finally {
      await db().article.deleteMany({ where: { headline } });
    }
  });

  test("with only a body, under a provisional address that the headline replaces; New article then starts another", async ({ page }) => {
    const words = `Notes from the lifeboat station ${Date.now()}`;
    let id = "";
    try {
      await signIn(page);
      await page.goto("/admin/articles/new");
      await page.getByRole("textbox", { name: "Story body" }).click();
      await page.keyboard.type(words);
      await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/, { timeout: 15_000 });
      id = new URL(page.url()).pathname.split("/").pop()!;
      const untitled = await db().article.findUniqueOrThrow({ where: { id } });
      expect([untitled.headline, untitled.bodyText, untitled.slug]).toEqual(["", words, expect.stringMatching(/^untitled-[0-9a-f]{8}$/)]);

      await page.getByLabel("Headline").fill(`Lifeboat station notes ${id}`);
      await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
      await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/, { timeout: 15_000 });
      expect((await db().article.findUniqueOrThrow({ where: { id } })).slug).toBe(`lifeboat-station-notes-${id}`);

      // "New article" again starts another story, empty, and leaves this one as it is.
      await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "New article" }).click();
      await expect(page).toHaveURL(/\/admin\/articles\/new$/);
      await expect(page.getByLabel("Headline")).toHaveValue("");
      await expect(page.getByRole("textbox", { name: "Story body" })).toHaveText("");
      await expect(page.getByTestId("save-state")).toHaveText("No changes");
      expect((await db().article.findUniqueOrThrow({ where: { id } })).headline).toBe(`Lifeboat station notes ${id}`);
    } finally {
      if (id) await deleteArticles([id]);
    }
  });
});

test.describe("text that never reached the server is offered back", () => {
  /** Types into the open editor with the newsroom unreachable, then kills the tab (no unload handlers run). */
  async function typeThenKill(page: Page, typed: { headline: string; standfirst: string; body: string }) {
    await page.route((url) => url.pathname.startsWith("/admin/articles/"), (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
    await page.getByLabel("Headline").fill(typed.headline);
    await page.getByLabel("Standfirst").fill(typed.standfirst);
    const body = page.getByRole("textbox", { name: "Story body" });
    await body.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(typed.body);
    // The automatic save fails, the editor is told, and the form stays as it was.
    await expect(page.getByRole("status").filter({ hasText: "Not saved: the newsroom cannot be reached." })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel("Headline")).toHaveValue(typed.headline);
    await page.close();
  }

  const banner = (page: Page) => page.getByRole("alert").filter({ hasText: /Unsaved changes from .+ were found in this browser/ });

  test("in a saved story: Restore puts the text back and it is saved", async ({ page, context }) => {
    const article = await createArticle({ headline: `Pier repairs ${Date.now()}`, status: "DRAFT", standfirst: "Saved standfirst." });
    const typed = { headline: `${article.headline}, delayed`, standfirst: "Typed standfirst.", body: " Typed body." };
    try {
      await signIn(page);
      await page.goto(`/admin/articles/${article.id}`);
      await typeThenKill(page, typed);

      const again = await context.newPage();
      await again.goto(`/admin/articles/${article.id}`);
      await expect(banner(again)).toBeVisible();
      await expect(again.getByLabel("Headline")).toHaveValue(article.headline);
      await banner(again).getByRole("button", { name: "Restore" }).click();
      await expect(banner(again)).toBeHidden();
      await expect(again.getByLabel("Headline")).toHaveValue(typed.headline);
      await expect(again.getByLabel("Standfirst")).toHaveValue(typed.standfirst);
      await expect(again.getByRole("textbox", { name: "Story body" })).toContainText(`${article.headline}. A test story written by the browser tests.${typed.body}`);
      await expect(again.getByLabel("Headline")).toBeFocused();
      await expect(again.getByTestId("save-state")).toHaveText(/All changes saved/, { timeout: 15_000 });
      const saved = await db().article.findUniqueOrThrow({ where: { id: article.id } });
      expect([saved.headline, saved.standfirst]).toEqual([typed.headline, typed.standfirst]);
      await again.reload();
      await expect(again.getByLabel("Headline")).toHaveValue(typed.headline);
      await expect(banner(again)).toHaveCount(0);
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("in a saved story: Discard drops the copy and keeps the saved text", async ({ page, context }) => {
    const article = await createArticle({ headline: `Tram depot ${Date.now()}`, status: "DRAFT", standfirst: "Saved standfirst." });
    try {
      await signIn(page);
      await page.goto(`/admin/articles/${article.id}`);
      await typeThenKill(page, { headline: `${article.headline}, typed`, standfirst: "Typed standfirst.", body: " Typed body." });

      const again = await context.newPage();
      await again.goto(`/admin/articles/${article.id}`);
      await banner(again).getByRole("button", { name: "Discard" }).click();
      await expect(banner(again)).toBeHidden();
      await expect(again.getByLabel("Headline")).toHaveValue(article.headline);
      await expect(again.getByLabel("Standfirst")).toHaveValue("Saved standfirst.");
      await expect(again.getByTestId("save-state")).toHaveText("No changes");
      await again.reload();
      await expect(again.getByLabel("Headline")).toHaveValue(article.headline);
      await expect(banner(again)).toHaveCount(0);
    } finally {
      await deleteArticles([article.id]);
    }
  });

  test("in a new story: Restore fills the form and the story is saved once", async ({ page, context }) => {
    const typed = { headline: `Ferry strike called off ${Date.now()}`, standfirst: "Typed standfirst.", body: "Typed body." };
    try {
      await signIn(page);
      await page.goto("/admin/articles/new");
      await typeThenKill(page, typed);
      expect(await db().article.count({ where: { headline: typed.headline } })).toBe(0);

      const again = await context.newPage();
      await again.goto("/admin/articles/new");
      await banner(again).getByRole("button", { name: "Restore" }).click();
      await expect(again.getByLabel("Headline")).toHaveValue(typed.headline);
      await expect(again.getByLabel("Standfirst")).toHaveValue(typed.standfirst);
      await expect(again.getByRole("textbox", { name: "Story body" })).toHaveText(typed.body);
      await expect(again).toHaveURL(/\/admin\/articles\/(?!new)\w+$/, { timeout: 15_000 });
      const rows = await db().article.findMany({ where: { headline: typed.headline } });
      expect(rows.map((a) => [a.standfirst, a.bodyText])).toEqual([[typed.standfirst, typed.body]]);
      // The copy went with the save: a new story starts empty.
      await again.goto("/admin/articles/new");
      await expect(again.getByLabel("Headline")).toHaveValue("");
      await expect(banner(again)).toHaveCount(0);
    } finally {
      await db().article.deleteMany({ where: { headline: typed.headline } });
    }
  });

  test("in a new story: Discard leaves an empty form and no story", async ({ page, context }) => {
    const typed = { headline: `Market hall reopens ${Date.now()}`, standfirst: "Typed standfirst.", body: "Typed body." };
    await signIn(page);
    await page.goto("/admin/articles/new");
    await typeThenKill(page, typed);

    const again = await context.newPage();
    await again.goto("/admin/articles/new");
    await banner(again).getByRole("button", { name: "Discard" }).click();
    await expect(banner(again)).toBeHidden();
    await expect(again.getByLabel("Headline")).toHaveValue("");
    await again.reload();
    await expect(banner(again)).toHaveCount(0);
    expect(await db().article.count({ where: { headline: typed.headline } })).toBe(0);
  });
});
