// Two-factor sign-in as a person meets it: set up on the account page with the secret typed into an
// "app" (otplib here), signing in with a code, and a role that must use it sent to set it up first.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { generate } from "otplib";
import { ADMIN, signIn } from "./helpers/admin";
import { createAccount, db, uniqueSlug } from "./helpers/db";

type Account = Awaited<ReturnType<typeof createAccount>>;

async function expectAccessible(page: Page) {
  // After an action the page's <title> comes back with the refreshed page: checked once it is there.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/** Sets up two-factor sign-in on the account page, reading the secret as a person would type it into an app. */
async function enrol(page: Page, account: Account): Promise<{ secret: string; backupCodes: string[] }> {
  const setup = page.getByRole("form", { name: "Set up two-factor sign-in" });
  await setup.getByLabel("Current password").fill(account.password);
  await setup.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  // The QR code is drawn by our server and shown as a data: image, which the page's CSP allows.
  const qr = page.getByRole("img", { name: /QR code that adds .* to an authenticator app/ });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const secret = (await page.locator("#totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  await expectAccessible(page);
  const confirm = page.getByRole("form", { name: "Confirm two-factor sign-in" });
  await confirm.getByLabel("Enter the six-digit code the app shows now").fill(await generate({ secret }));
  await confirm.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByText("Store them now: they are shown only this once.")).toBeVisible();
  const backupCodes = await codes.allInnerTexts();
  await expectAccessible(page);
  await page.getByRole("button", { name: "I have stored my backup codes" }).click();
  await expect(page.getByText("On.", { exact: true })).toBeVisible();
  return { secret, backupCodes };
}

async function signInWithPassword(page: Page, account: { email: string; password: string }) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function removeAccount(account: Account) {
  await db().loginThrottle.deleteMany({ where: { OR: [{ key: { contains: account.email } }, { key: { contains: account.id } }] } });
  await db().verification.deleteMany({ where: { value: account.id } });
  await db().user.delete({ where: { id: account.id } });
}

test("sets up two-factor sign-in from the account page, then signs in with a code from the app", async ({ page }) => {
  const account = await createAccount("author");
  try {
    await signIn(page, account);
    await page.getByRole("link", { name: account.name }).click();
    await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
    const { secret, backupCodes } = await enrol(page, account);
    expect(backupCodes.every((c) => /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/.test(c))).toBe(true);
    await expect(page.getByText("10 unused backup codes left.")).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await signInWithPassword(page, account);
    // The second step: no session yet, only the code form.
    const code = page.getByLabel("Code", { exact: true });
    await expect(code).toBeVisible();
    await expect(page.getByText(`Two-factor sign-in is on for ${account.email}.`)).toBeVisible();
    expect((await page.context().cookies()).some((c) => c.name.endsWith("session_token"))).toBe(false);

    const current = await generate({ secret });
    await code.fill(current === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.locator("#login-error")).toContainText("That code is not right");
    await expectAccessible(page);

    await code.fill(await generate({ secret }));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();

    // A backup code works too.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await signInWithPassword(page, account);
    await page.getByLabel("Code", { exact: true }).fill(backupCodes[0]!);
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  } finally {
    await removeAccount(account);
  }
});

/** The build's id of the section form's server action. */
function saveSectionActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === "server/actions/taxonomy.ts" && v.exportedName === "saveSectionAction");
  if (!entry) throw new Error("saveSectionAction is not in the build's action manifest");
  return entry[0];
}

/** Calls the section form's action directly, as a crafted request would, with the page's cookies. */
async function saveSectionDirectly(page: Page, baseURL: string, name: string, slug: string) {
  // React's encoding: the form's fields under "_1_", then the arguments in "0" (last: the server reads them in order).
  const form = new FormData();
  for (const [field, value] of Object.entries({ name, slug, description: "", position: "900" })) form.set(`_1_${field}`, value);
  form.set("0", JSON.stringify([{}, "$K1"]));
  return page.request.post("/admin/sections", {
    headers: { "next-action": saveSectionActionId(), origin: baseURL, accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("a role that must use two-factor sign-in is sent to set it up before anything else, pages and actions alike", async ({ page, browser, baseURL }) => {
  const editor = await createAccount("editor");
  const before = (await db().setting.findUnique({ where: { key: "twoFactorRoles" } }))?.value;
  const slugs = [uniqueSlug("tfa-blocked"), uniqueSlug("tfa-allowed")];
  try {
    // An admin requires it for editors on the Security page.
    await signIn(page, ADMIN);
    await page.getByRole("link", { name: "Security" }).click();
    await page.getByRole("checkbox", { name: /^editor/ }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Two-factor sign-in is now required for: editor.")).toBeVisible();

    const editorPage = await newPage(browser);
    await signInWithPassword(editorPage, editor);
    await expect(editorPage).toHaveURL(/\/admin\/account$/);
    await expect(editorPage.getByRole("alert").filter({ hasText: "Set up two-factor sign-in to continue" })).toBeVisible();
    await expect(editorPage.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    for (const elsewhere of ["/admin", "/admin/articles/new", "/admin/sections", "/admin/media"]) {
      await editorPage.goto(elsewhere);
      await expect(editorPage, elsewhere).toHaveURL(/\/admin\/account$/);
    }

    // An action called directly is not carried out: it answers with the way to enrolment.
    const refused = await saveSectionDirectly(editorPage, baseURL!, "Blocked section", slugs[0]!);
    expect(refused.headers()["x-action-redirect"] ?? "").toContain("/admin/account");
    expect(await db().section.findUnique({ where: { slug: slugs[0] } })).toBeNull();
    // So is an upload.
    expect((await editorPage.request.post("/api/media", { headers: { origin: baseURL! }, multipart: { alt: "x" } })).status()).toBe(403);

    // Once set up, the newsroom opens, and the same call works.
    await enrol(editorPage, editor);
    await expect(editorPage.getByRole("navigation", { name: "Admin" })).toBeVisible();
    await editorPage.goto("/admin/sections");
    await expect(editorPage.getByRole("heading", { name: "Sections" })).toBeVisible();
    const allowed = await saveSectionDirectly(editorPage, baseURL!, "Allowed section", slugs[1]!);
    expect(allowed.status()).toBe(200);
    await expect.poll(() => db().section.count({ where: { slug: slugs[1] } })).toBe(1);
    await editorPage.context().close();
  } finally {
    if (Array.isArray(before)) await db().setting.update({ where: { key: "twoFactorRoles" }, data: { value: before } });
    else await db().setting.deleteMany({ where: { key: "twoFactorRoles" } });
    await db().section.deleteMany({ where: { slug: { in: slugs } } });
    await removeAccount(editor);
  }
});
