import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./helpers/admin";
import { createAccount, db, uniqueSlug } from "./helpers/db";

test("an admin finds who changed a section in the audit log, filtered and linked to it", async ({ page }) => {
  await signIn(page);
  // A change made through the newsroom, recorded by the service that made it.
  const name = `Audit desk ${uniqueSlug("x").slice(2)}`;
  try {
    await page.goto("/admin/sections");
    const form = page.getByRole("form", { name: "New section" });
    await form.getByLabel("Name").fill(name);
    await form.getByRole("button", { name: "Add section" }).click();
    await expect(form.getByRole("status")).toHaveText("Section saved.");

    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    const newest = page.getByRole("list", { name: "Audit records" }).getByRole("listitem").first();
    await expect(newest).toContainText("Created a section");
    await expect(newest).toContainText(name);
    await expect(newest).toContainText("Site Admin");

    // Filters: the admin's own sign-ins, then a target that matches nothing.
    await page.getByLabel("Action").selectOption({ label: "Signed in" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=auth.sign-in/);
    const signIns = page.getByRole("list", { name: "Audit records" }).getByRole("listitem");
    await expect(signIns.first()).toContainText("Signed in");
    await expect(signIns.first()).toContainText(ADMIN.email);
    await page.getByLabel("Target").fill("nothing is called this");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No records match these filters.")).toBeVisible();

    // Each record links to what it names.
    await page.goto(`/admin/audit?target=${encodeURIComponent(name)}`);
    await page.getByRole("link", { name }).first().click();
    await expect(page).toHaveURL(/\/admin\/sections$/);
  } finally {
    await db().section.deleteMany({ where: { name } });
  }
});

test("editors neither see nor open the audit log", async ({ browser }) => {
  const editor = await createAccount("editor");
  const page = await (await browser.newContext()).newPage();
  try {
    await signIn(page, editor);
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this page");
    await expect(page.getByRole("heading", { name: "Audit log" })).toHaveCount(0);
    await expect(page.getByText("Signed in")).toHaveCount(0);
  } finally {
    await page.context().close();
  }
});
