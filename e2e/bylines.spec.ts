// Every account can be a byline: an author created by an admin writes a story that carries their own
// byline, which they edit from their account page, and the editors see it on the submitted story.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { db, deleteArticles } from "./helpers/db";
import { pickSection } from "./helpers/editor";

test("a new author's story carries their own byline, edited from their account, and editors see it on the submitted story", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  const writer = await (await browser.newContext()).newPage();
  const stamp = Date.now();
  const name = `Wren Castellan ${stamp}`;
  const account = { email: `wren-${stamp}@example.com`, password: "a-fresh-password-7" };
  const headline = `Night ferry timetable returns ${stamp}`;
  try {
    await signIn(admin);
    await admin.goto("/admin/users");
    const form = admin.getByRole("form", { name: "New account" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Email").fill(account.email);
    await form.getByLabel("Role").selectOption("author");
    await form.getByLabel("Initial password (optional)").fill(account.password);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByRole("status")).toHaveText(`Account created for ${account.email}.`);

    await signIn(writer, account);
    await writer.goto("/admin/account");
    const byline = writer.getByRole("form", { name: "Your byline" });
    await expect(byline.getByLabel("Name under your stories")).toHaveValue(name);
    await byline.getByLabel("Job title").fill("Harbour reporter");
    await byline.getByRole("button", { name: "Save byline" }).click();
    await expect(byline.getByRole("status")).toHaveText("Your byline is saved.");

    await writer.goto("/admin/articles/new");
    // The writer's own byline is already there, and marked as theirs.
    const bylines = writer.getByRole("group", { name: "Bylines, in order" });
    await expect(bylines.getByRole("listitem")).toHaveCount(1);
    await expect(bylines.getByRole("listitem")).toContainText(`${name} (you)`);
    await writer.getByLabel("Headline").fill(headline);
    await writer.getByRole("textbox", { name: "Story body" }).click();
    await writer.keyboard.type("The late ferry to Gull Island runs again from Monday.");
    await pickSection(writer, "News");
    await writer.getByRole("button", { name: "Submit for review" }).click();
    await expect(writer.getByTestId("status")).toHaveText("in review");

    const story = await db().article.findFirstOrThrow({ where: { headline }, select: { id: true, authors: { select: { author: { select: { name: true, user: { select: { email: true } } } } } } } });
    expect(story.authors).toEqual([{ author: { name, user: { email: account.email } } }]);
    await admin.goto(`/preview/${story.id}`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(admin.getByRole("link", { name })).toBeVisible();
  } finally {
    await deleteArticles((await db().article.findMany({ where: { headline }, select: { id: true } })).map((a) => a.id));
    await Promise.all([admin.context().close(), writer.context().close()]);
  }
});
