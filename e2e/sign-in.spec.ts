import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, db } from "./helpers/db";

test("a browser that signed in before still signs in through the form while strangers have locked the account", async ({ page, browser, playwright, baseURL }) => {
  const account = await createAccount("author");
  const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": "198.51.100.61" } });
  const stranger = await browser.newContext();
  try {
    await signIn(page, account);
    const device = (await page.context().cookies()).find((c) => c.name.endsWith("better-auth.device"));
    expect(device, "the sign-in form leaves a device cookie").toBeTruthy();
    expect(device!.httpOnly).toBe(true);
    expect(device!.sameSite).toBe("Lax");
    expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 86_400_000);
    await page.context().clearCookies({ name: "better-auth.session_token" });

    let status = 0;
    for (let i = 0; i < 11 && status !== 429; i++) status = (await attacker.post("/api/auth/sign-in/email", { data: { email: account.email, password: `a-guess-${i}-xx` } })).status();
    expect(status).toBe(429);

    // Anyone else, with the right password, waits.
    const other = await stranger.newPage();
    await other.goto("/admin/login");
    await other.getByLabel("Email").fill(account.email);
    await other.getByLabel("Password").fill(account.password);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.locator("#login-error")).toContainText("Too many failed sign-ins");

    // This browser goes on working.
    await signIn(page, account);
  } finally {
    await Promise.all([attacker.dispose(), stranger.close()]);
    await db().loginThrottle.deleteMany({ where: { OR: [{ key: { contains: account.email } }, { key: { contains: account.id } }, { key: "address:198.51.100.61" }] } });
    await db().user.delete({ where: { id: account.id } });
  }
});
