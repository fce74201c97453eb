import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@example.com", password: "change-me-now-2026" };

export async function signIn(page: Page, account: { email: string; password: string } = ADMIN) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
}
