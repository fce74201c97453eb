// Set-password links reach people: e-mailed through the server SMTP_URL names (a real SMTP server,
// started here), or shown to the admin once when the mail cannot go. Either way the link sets a
// password the newcomer then signs in with.
import { expect, test, type Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { smtpPort } from "../playwright.config";
import { signIn } from "./helpers/admin";

type Delivered = { to: string[]; raw: string };

/** A mail catcher on the port the server sends to; it keeps every message it is given. */
async function startCatcher(): Promise<{ inbox: Delivered[]; close: () => Promise<void> }> {
  const inbox: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(smtpPort, "127.0.0.1", () => resolve());
  });
  return { inbox, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The message's text, with quoted-printable soft breaks and escapes undone. */
function decodeBody(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(raw)) return body;
  return body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function createAccountWithoutPassword(admin: Page, name: string, email: string) {
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "New account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByRole("button", { name: "Create account" }).click();
  return form;
}

async function setPasswordAndSignIn(page: Page, link: string, email: string, password: string) {
  await page.goto(link);
  await expect(page).toHaveURL(/\/admin\/set-password\?token=/);
  await page.getByLabel(/New password/).fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status")).toHaveText("Password set. You can sign in now.");
  await signIn(page, { email, password });
}

test("a new account's set-password link is e-mailed; following it sets a password to sign in with, once", async ({ page, browser }) => {
  const catcher = await startCatcher();
  const newcomer = await (await browser.newContext()).newPage();
  const stranger = await (await browser.newContext()).newPage();
  try {
    await signIn(page);
    const email = `invited-${Date.now()}@example.com`;
    const form = await createAccountWithoutPassword(page, "Invited Writer", email);
    await expect(form.getByRole("status")).toHaveText(`Account created. A set-password link was e-mailed to ${email}.`);
    // Nothing secret is left on the admin's screen.
    await expect(form.getByLabel("Set-password link (shown only now)")).toHaveCount(0);

    await expect.poll(() => catcher.inbox.filter((m) => m.to.includes(email)).length).toBe(1);
    const mail = catcher.inbox.find((m) => m.to.includes(email))!;
    expect(mail.raw).toMatch(/^Subject: Your .+ newsroom account$/m);
    const text = decodeBody(mail.raw);
    expect(text).toContain("Hello Invited Writer,");
    expect(text).toContain(`You sign in as ${email}.`);
    const link = text.match(/https?:\/\/\S+\/api\/auth\/reset-password\/\S+/)?.[0];
    expect(link).toBeTruthy();

    await setPasswordAndSignIn(newcomer, link!, email, "a-password-from-mail-1");
    // The link works once.
    await stranger.goto(link!);
    await expect(stranger.getByText("This link has expired or was already used. Ask an admin for a new one.")).toBeVisible();
    await expect(stranger.getByLabel(/New password/)).toHaveCount(0);
  } finally {
    await Promise.all([newcomer.context().close(), stranger.context().close()]);
    await catcher.close();
  }
});

test("when the mail cannot go, the admin is told why and shown the link once to pass on", async ({ page, browser }) => {
  // No catcher: nothing answers on the mail port.
  await signIn(page);
  const email = `handed-${Date.now()}@example.com`;
  const form = await createAccountWithoutPassword(page, "Handed Writer", email);
  // The first status is the answer to the form; the copy button has its own ("Copied").
  await expect(form.getByRole("status").first()).toContainText(`The e-mail to ${email} could not be sent`);
  await expect(form.getByRole("status").first()).toContainText("it works for 24 hours and is shown only now");
  const field = form.getByLabel("Set-password link (shown only now)");
  const link = await field.inputValue();
  expect(link).toMatch(/\/api\/auth\/reset-password\//);
  await expect(form.getByRole("button", { name: "Copy link" })).toBeVisible();
  // Shown once: the page loaded again does not have it.
  await page.reload();
  await expect(page.getByLabel("Set-password link (shown only now)")).toHaveCount(0);

  const newcomer = await (await browser.newContext()).newPage();
  await setPasswordAndSignIn(newcomer, link, email, "a-password-handed-over-3");
  await newcomer.context().close();
});
