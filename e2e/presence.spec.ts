import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db } from "./helpers/db";

test("two people on one story see each other, one takes over, and a closed tab disappears", async ({ browser }) => {
  const story = await createArticle({ headline: "Presence: the harbour lights vote", status: "DRAFT" });
  const editor = await createAccount("editor");
  const adminPage = await (await browser.newContext()).newPage();
  const editorPage = await (await browser.newContext()).newPage();
  try {
    await signIn(adminPage);
    await signIn(editorPage, editor);
    await adminPage.goto(`/admin/articles/${story.id}`);
    await editorPage.goto(`/admin/articles/${story.id}`);

    // The second to arrive sees the first at once; the first sees the second at its next heartbeat.
    await expect(editorPage.getByRole("status").filter({ hasText: "is editing this story" })).toContainText(/Site Admin is editing this story — since \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d/);
    await expect(adminPage.getByRole("status").filter({ hasText: "is editing this story" })).toContainText(`${editor.name} is editing this story`, { timeout: 15_000 });

    // Either may still edit; taking over tells the other.
    await editorPage.getByRole("button", { name: "Take over" }).click();
    await expect(editorPage.getByText("You took over: the others have been told.")).toBeVisible();
    await expect(adminPage.getByText(`${editor.name} took over this story at`)).toBeVisible({ timeout: 15_000 });

    // Closing the tab removes it from the other's bar.
    await editorPage.close();
    await expect(adminPage.getByText(`${editor.name} is editing this story`)).toHaveCount(0, { timeout: 15_000 });
  } finally {
    await adminPage.context().close();
    await editorPage.context().close();
    await db().article.delete({ where: { id: story.id } });
  }
});
