// Two-factor sign-in against the real auth server (better-auth and its two-factor plugin behind the
// production front, over HTTP) and the account page's services, with real codes from otplib.
import { randomUUID } from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/policies";
import { CLIENT_HEADER } from "@/server/http/client-address";
import { signedInFrom } from "@/server/auth/session";
import { db } from "@/server/db";
import { setTwoFactorRoles, twoFactorRoles } from "@/server/services/security";
import { confirmEnrolment, disableTwoFactor, regenerateBackupCodes, startEnrolment } from "@/server/services/two-factor";
import { createUser, resetTwoFactor } from "@/server/services/users";
import { serveAuth, type AuthServer } from "./helpers/auth-server";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "the-right-password-1";
const run = randomUUID().slice(0, 8);
let admin: Actor;
let server: AuthServer;
let rolesBefore: Awaited<ReturnType<typeof twoFactorRoles>>;

/** A browser: the cookies the server set, sent back on every request, from one client address. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly address: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** The headers a server action sees for this browser's request (the front names the client address). */
  headers(): Headers {
    return new Headers({ cookie: this.cookieHeader, origin: ORIGIN, [CLIENT_HEADER]: this.address });
  }

  async post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> | null; retryAfter: string | null }> {
    const response = await fetch(server.url + path, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": this.address, ...(this.cookies.size ? { cookie: this.cookieHeader } : {}) },
      body: JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const name = pair!.slice(0, pair!.indexOf("="));
      const value = pair!.slice(pair!.indexOf("=") + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null, retryAfter: response.headers.get("retry-after") };
  }

  has(cookie: string): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith(cookie));
  }

  async session(): Promise<{ user: { id: string; email: string } } | null> {
    const response = await fetch(`${server.url}/api/auth/get-session`, { headers: { cookie: this.cookieHeader, origin: ORIGIN } });
    return (await response.json()) as { user: { id: string; email: string } } | null;
  }

  signIn(email: string, password = PASSWORD) {
    return this.post("/api/auth/sign-in/email", { email, password });
  }
}

/** A client address of its own for each browser, as a trusted proxy in front reports it. */
let nextAddress = 1;
const browser = () => new Browser(`198.18.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250 + 1}`);

const code = (secret: string) => generate({ secret });

/**
 * A code to complete a sign-in with: each taken once (server/auth/auth.ts), so each sign-in of an account within
 * one 30-second step is given another of the three codes the server accepts then (this step's, the next, the last).
 */
const handedOut = new Map<string, Set<string>>();
async function signInCode(secret: string): Promise<string> {
  const given = handedOut.get(secret) ?? new Set<string>();
  handedOut.set(secret, given);
  const now = Math.floor(Date.now() / 1000);
  for (const shift of [0, 30, -30]) {
    const candidate = await generate({ secret, epoch: now + shift });
    if (!given.has(candidate)) {
      given.add(candidate);
      return candidate;
    }
  }
  throw new Error("more sign-ins with a code in one 30-second step than the server accepts codes for");
}

/** A six-digit code that is not valid now, nor in the windows either side that the server also accepts. */
async function wrongCode(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set(await Promise.all([-60, -30, 0, 30, 60].map((shift) => generate({ secret, epoch: now + shift }))));
  for (let candidate = 100_000; ; candidate += 7_919) if (!valid.has(String(candidate))) return String(candidate);
}

async function newAccount(label: string, role: Actor["role"] = "author"): Promise<{ id: string; email: string }> {
  const email = `tfa-${label}-${run}-${randomUUID().slice(0, 4)}@example.com`;
  const result = await createUser(admin, { name: `TFA ${label}`, email, role, password: PASSWORD }, ORIGIN);
  if (!result.ok) throw new Error(result.message);
  return { id: result.id, email };
}

/** An account with two-factor sign-in on, set up over HTTP; its secret and backup codes. */
async function enrolledAccount(label: string, role: Actor["role"] = "author") {
  const account = await newAccount(label, role);
  // Set up as the account page does it (the plugin's enable endpoint is closed over HTTP).
  const setup = browser();
  expect((await setup.signIn(account.email)).status).toBe(200);
  const started = await startEnrolment(setup.headers(), PASSWORD);
  if (!started.ok) throw new Error(started.message);
  const confirmed = await confirmEnrolment(setup.headers(), await code(started.secret));
  if (!confirmed.ok) throw new Error(confirmed.message);
  // Confirming replaced the session; this browser signs in again, now with a code.
  const b = await signInWithCode(browser(), account.email, started.secret);
  return { ...account, secret: started.secret, backupCodes: confirmed.backupCodes, browser: b };
}

const twoFactorOf = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId }, select: { twoFactorEnabled: true, twoFactor: { select: { verified: true } } } });

beforeAll(async () => {
  const id = randomUUID();
  admin = { id, name: "TFA admin", email: `tfa-admin-${run}@example.com`, role: "admin" };
  await db.user.create({ data: { id, name: admin.name, email: admin.email, role: "admin" } });
  rolesBefore = await twoFactorRoles();
  server = await serveAuth({ trustedProxies: "127.0.0.1" });
});

afterAll(async () => {
  await server?.close();
  await setTwoFactorRoles(admin, rolesBefore);
  const users = await db.user.findMany({ where: { email: { startsWith: "tfa-" } }, select: { id: true, email: true } });
  await db.loginThrottle.deleteMany({
    where: { OR: [{ key: { startsWith: "address:198.18." } }, ...users.flatMap((u) => [{ key: { contains: u.id } }, { key: { contains: u.email } }])] },
  });
  await db.verification.deleteMany({ where: { value: { in: users.map((u) => u.id) } } });
  await db.user.deleteMany({ where: { id: { in: users.map((u) => u.id) } } });
  await db.$disconnect();
});

describe("setting up two-factor sign-in", () => {
  it("takes the password, shows the secret as a QR code drawn here and as text, and turns on only with a right first code", async () => {
    const account = await newAccount("enrol");
    const b = browser();
    expect((await b.signIn(account.email)).status).toBe(200);

    const wrongPassword = await startEnrolment(b.headers(), "not-my-password");
    expect(wrongPassword).toMatchObject({ ok: false, field: "password" });

    const started = await startEnrolment(b.headers(), PASSWORD);
    if (!started.ok) throw new Error(started.message);
    expect(started.secret).toMatch(/^[A-Z2-7]{32,}$/);
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.qrCode.split(",")[1]!, "base64").toString()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Not in force until confirmed: the password alone still signs in.
    expect(await twoFactorOf(account.id)).toEqual({ twoFactorEnabled: false, twoFactor: { verified: false } });
    const meanwhile = browser();
    expect((await meanwhile.signIn(account.email)).json).not.toHaveProperty("twoFactorRedirect");
    expect(await meanwhile.session()).not.toBeNull();

    const wrong = await confirmEnrolment(b.headers(), await wrongCode(started.secret));
    expect(wrong).toMatchObject({ ok: false, field: "code" });
    expect((await twoFactorOf(account.id)).twoFactorEnabled).toBe(false);

    const confirmed = await confirmEnrolment(b.headers(), await code(started.secret));
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(confirmed.backupCodes).toHaveLength(10);
    for (const backup of confirmed.backupCodes) expect(backup).toMatch(/^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/);
    expect(await twoFactorOf(account.id)).toEqual({ twoFactorEnabled: true, twoFactor: { verified: true } });
    expect(await db.auditEvent.count({ where: { targetId: account.id, action: "auth.two-factor-enable" } })).toBe(1);

    // The backup codes are handed out once: confirming again shows nothing.
    const again = await signInWithCode(browser(), account.email, started.secret);
    expect(await confirmEnrolment(again.headers(), await code(started.secret))).toMatchObject({ ok: false, message: expect.stringMatching(/already on/) });
  });
});

/** Signs in with the password and then the current code; the browser holds the session. */
async function signInWithCode(b: Browser, email: string, secret: string): Promise<Browser> {
  expect((await b.signIn(email)).json).toMatchObject({ twoFactorRedirect: true });
  expect((await b.post("/api/auth/two-factor/verify-totp", { code: await signInCode(secret) })).status).toBe(200);
  return b;
}

describe("signing in", () => {
  it("asks for a code after the right password: no session until then, a wrong code refused, the right one signs in", async () => {
    const account = await enrolledAccount("signin");
    const b = browser();
    const first = await b.signIn(account.email);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
    expect(b.has("session_token")).toBe(false);
    expect(b.has("two_factor")).toBe(true);
    expect(await b.session()).toBeNull();

    const wrong = await b.post("/api/auth/two-factor/verify-totp", { code: await wrongCode(account.secret) });
    expect(wrong.status).toBe(401);
    expect(await b.session()).toBeNull();

    const right = await b.post("/api/auth/two-factor/verify-totp", { code: await signInCode(account.secret) });
    expect(right.status).toBe(200);
    expect((await b.session())?.user.email).toBe(account.email);
    expect(b.has("device"), "a full sign-in remembers the device, as with passwords").toBe(true);

    // The audit log: the sign-in before enrolment; confirming the first code is no sign-in, nor is the password
    // alone once a code is owed; the wrong code and the sign-in with the right one are.
    const records = await db.auditEvent.findMany({ where: { targetId: account.id, action: { startsWith: "auth." } }, orderBy: { id: "asc" } });
    expect(records.map((r) => [r.action, r.summary])).toEqual([
      ["auth.sign-in", null],
      ["auth.two-factor-enable", null],
      ["auth.sign-in", "with a two-factor code"],
      ["auth.sign-in-failed", "wrong two-factor code"],
      ["auth.sign-in", "with a two-factor code"],
    ]);
  });

  it("takes each code once: the same code, watched or relayed, does not complete a second sign-in", async () => {
    const account = await enrolledAccount("replay");
    const typed = await signInCode(account.secret);
    const owner = browser();
    expect((await owner.signIn(account.email)).json).toMatchObject({ twoFactorRedirect: true });
    expect((await owner.post("/api/auth/two-factor/verify-totp", { code: typed })).status).toBe(200);
    const other = browser();
    expect((await other.signIn(account.email)).json).toMatchObject({ twoFactorRedirect: true });
    const replayed = await other.post("/api/auth/two-factor/verify-totp", { code: typed });
    expect(replayed.status).toBe(401);
    expect(String(replayed.json!.message)).toMatch(/just been used/);
    expect(await other.session()).toBeNull();
    expect((await owner.session())?.user.email).toBe(account.email);
  });

  it("counts wrong codes like wrong passwords, per account: 429 with Retry-After and a readable message, even for the right code", async () => {
    const account = await enrolledAccount("throttle");
    const b = browser();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<Browser["post"]>> | undefined;
    // Each password (a new sign-in once the plugin has taken five codes for one) and each code counts.
    for (let attempt = 0; attempt < 14 && last?.status !== 429; ) {
      last = await b.signIn(account.email);
      statuses.push(last.status);
      attempt++;
      for (let i = 0; i < 5 && last.status !== 429; i++, attempt++) {
        last = await b.post("/api/auth/two-factor/verify-totp", { code: await wrongCode(account.secret) });
        statuses.push(last.status);
      }
    }
    expect(statuses.filter((s) => s !== 429), statuses.join(" ")).toHaveLength(10);
    expect(statuses.at(-1), statuses.join(" ")).toBe(429);
    expect(Number(last!.retryAfter)).toBeGreaterThan(0);
    expect(String(last!.json!.message)).toMatch(/too many failed sign-ins\. try again in \d+ minute/i);
    // The right code waits too, and so does the right password from another address.
    expect((await b.post("/api/auth/two-factor/verify-totp", { code: await code(account.secret) })).status).toBe(429);
    expect((await browser().signIn(account.email)).status).toBe(429);
    expect(await b.session()).toBeNull();
  });

  it("counts wrong codes per address too, and a right password does not reset the count of wrong codes", async () => {
    const account = await enrolledAccount("address");
    const attacker = browser();
    // The right password (stolen, say) keeps getting new chances at the code; each chance counts.
    for (let i = 0; i < 3; i++) {
      expect((await attacker.signIn(account.email)).status).toBe(200);
      for (let j = 0; j < 2; j++) expect((await attacker.post("/api/auth/two-factor/verify-totp", { code: await wrongCode(account.secret) })).status).toBe(401);
    }
    expect(await db.loginThrottle.findUnique({ where: { key: `account:${account.email}` } })).toMatchObject({ failures: 9 });

    // Every refused code counts against the address too: past twenty, a sign-in from there waits, right code or not.
    const other = await enrolledAccount("address-other");
    const guesser = browser();
    expect((await guesser.signIn(other.email)).status).toBe(200);
    const pending = new Map(guesser.cookies);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await new Browser(guesser.address).post("/api/auth/two-factor/verify-totp", { code: "123456" })).status);
    expect(statuses.every((s) => s === 401), statuses.join(" ")).toBe(true);
    guesser.cookies = pending;
    const blocked = await guesser.post("/api/auth/two-factor/verify-totp", { code: await code(other.secret) });
    expect(blocked.status).toBe(429);
    expect(String(blocked.json!.message)).toMatch(/too many failed sign-ins/i);
    const elsewhere = await signInWithCode(browser(), other.email, other.secret);
    expect((await elsewhere.session())?.user.email, "another address is not blocked by that").toBe(other.email);
  });

  it("takes a backup code in place of a code, once", async () => {
    const account = await enrolledAccount("backup");
    const [first, second] = account.backupCodes;
    const b = browser();
    expect((await b.signIn(account.email)).status).toBe(200);
    expect((await b.post("/api/auth/two-factor/verify-backup-code", { code: first })).status).toBe(200);
    expect((await b.session())?.user.email).toBe(account.email);

    const c = browser();
    expect((await c.signIn(account.email)).status).toBe(200);
    expect((await c.post("/api/auth/two-factor/verify-backup-code", { code: first })).status, "a used backup code").toBe(401);
    expect(await c.session()).toBeNull();
    expect((await c.post("/api/auth/two-factor/verify-backup-code", { code: second })).status).toBe(200);
    expect((await c.session())?.user.email).toBe(account.email);
  });

  it("skips the code on a browser trusted for it, and forgets every trusted browser when two-factor sign-in is turned off", async () => {
    const account = await enrolledAccount("trust");
    const b = browser();
    expect((await b.signIn(account.email)).status).toBe(200);
    expect((await b.post("/api/auth/two-factor/verify-totp", { code: await signInCode(account.secret), trustDevice: true })).status).toBe(200);
    expect(b.has("trust_device")).toBe(true);
    b.cookies.delete([...b.cookies.keys()].find((name) => name.endsWith("session_token"))!);
    const trusted = await b.signIn(account.email);
    expect(trusted.json).not.toHaveProperty("twoFactorRedirect");
    expect((await b.session())?.user.email).toBe(account.email);
    expect((await browser().signIn(account.email)).json, "only that browser").toMatchObject({ twoFactorRedirect: true });

    const off = await disableTwoFactor(account.browser.headers(), { password: PASSWORD, code: await code(account.secret) });
    expect(off).toEqual({ ok: true });
    expect(await db.verification.count({ where: { identifier: { startsWith: "trust-device-" }, value: account.id } })).toBe(0);
  });
});

describe("turning it off and new backup codes", () => {
  it("are refused over HTTP, where the plugin would take the password alone (and enrolment would skip the account page)", async () => {
    const account = await enrolledAccount("closed");
    for (const path of ["/api/auth/two-factor/enable", "/api/auth/two-factor/disable", "/api/auth/two-factor/generate-backup-codes", "/api/auth/two-factor/get-totp-uri"]) {
      const answer = await account.browser.post(path, { password: PASSWORD });
      expect(answer.status, path).toBe(404);
      expect(String(answer.json!.message), path).toMatch(/account page|shown once/);
    }
    expect((await twoFactorOf(account.id)).twoFactorEnabled).toBe(true);
  });

  it("a signed-in session cannot guess the password, rename itself, change its e-mail or delete its account over HTTP", async () => {
    const account = await enrolledAccount("no-side-doors");
    const before = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { name: true, email: true } });
    for (const [path, body] of [
      ["/api/auth/verify-password", { password: PASSWORD }],
      ["/api/auth/update-user", { name: "Editor-in-Chief" }],
      ["/api/auth/change-email", { newEmail: "someone-else@example.com" }],
      ["/api/auth/delete-user", { password: PASSWORD }],
    ] as const) {
      expect((await account.browser.post(path, body)).status, path).toBe(404);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { name: true, email: true } })).toEqual(before);
  });

  it("turning off needs the password and a code", async () => {
    const account = await enrolledAccount("disable");
    const headers = account.browser.headers();
    expect(await disableTwoFactor(headers, { password: PASSWORD, code: await wrongCode(account.secret) })).toMatchObject({ ok: false, field: "code" });
    expect(await disableTwoFactor(headers, { password: "not-my-password", code: await code(account.secret) })).toMatchObject({ ok: false, field: "password" });
    expect(await disableTwoFactor(headers, { password: PASSWORD, code: "" })).toMatchObject({ ok: false, field: "code" });
    expect((await twoFactorOf(account.id)).twoFactorEnabled).toBe(true);

    expect(await disableTwoFactor(headers, { password: PASSWORD, code: await code(account.secret) })).toEqual({ ok: true });
    expect(await twoFactorOf(account.id)).toEqual({ twoFactorEnabled: false, twoFactor: null });
    const b = browser();
    expect((await b.signIn(account.email)).json).not.toHaveProperty("twoFactorRedirect");
    expect((await b.session())?.user.email).toBe(account.email);
  });

  it("turning off takes a backup code instead of the app's code (a lost phone)", async () => {
    const account = await enrolledAccount("lost-phone");
    expect(await disableTwoFactor(account.browser.headers(), { password: PASSWORD, code: account.backupCodes[3]! })).toEqual({ ok: true });
    expect((await twoFactorOf(account.id)).twoFactorEnabled).toBe(false);
  });

  it("new backup codes need the password and a code, and end the old ones", async () => {
    const account = await enrolledAccount("regenerate");
    const headers = account.browser.headers();
    expect(await regenerateBackupCodes(headers, { password: PASSWORD, code: await wrongCode(account.secret) })).toMatchObject({ ok: false, field: "code" });
    expect(await regenerateBackupCodes(headers, { password: "not-my-password", code: await code(account.secret) })).toMatchObject({ ok: false, field: "password" });
    const made = await regenerateBackupCodes(headers, { password: PASSWORD, code: await code(account.secret) });
    if (!made.ok) throw new Error(made.message);
    expect(made.backupCodes).toHaveLength(10);
    expect(made.backupCodes.some((c) => account.backupCodes.includes(c))).toBe(false);

    const b = browser();
    expect((await b.signIn(account.email)).status).toBe(200);
    expect((await b.post("/api/auth/two-factor/verify-backup-code", { code: account.backupCodes[0] })).status, "an old code").toBe(401);
    expect((await b.post("/api/auth/two-factor/verify-backup-code", { code: made.backupCodes[0] })).status).toBe(200);
  });

  it("limits wrong codes from a signed-in session on their own count: then even the right code waits", async () => {
    const account = await enrolledAccount("session-guess");
    const headers = account.browser.headers();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await disableTwoFactor(headers, { password: PASSWORD, code: await wrongCode(account.secret) }));
    expect(answers.slice(0, 10).every((a) => !a.ok && a.field === "code"), JSON.stringify(answers)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/too many wrong codes\. try again in \d+ minute/i) });
    expect(await disableTwoFactor(headers, { password: PASSWORD, code: await code(account.secret) })).toMatchObject({ ok: false, message: expect.stringMatching(/too many/i) });
    expect((await twoFactorOf(account.id)).twoFactorEnabled).toBe(true);
  });

  it("an admin can turn it off for someone who lost phone and backup codes, and signs them out", async () => {
    const account = await enrolledAccount("admin-reset");
    const editor = { id: account.id, name: "x", email: account.email, role: "editor" as const };
    expect(await resetTwoFactor(editor, account.id)).toMatchObject({ ok: false });
    expect(await resetTwoFactor(admin, admin.id)).toMatchObject({ ok: false });
    expect(await resetTwoFactor(admin, account.id)).toMatchObject({ ok: true });
    expect(await account.browser.session()).toBeNull();
    expect(await twoFactorOf(account.id)).toEqual({ twoFactorEnabled: false, twoFactor: null });
    const b = browser();
    expect((await b.signIn(account.email)).json).not.toHaveProperty("twoFactorRedirect");
  });
});

describe("roles that must use two-factor sign-in", () => {
  it("are chosen by admins, and send people in them who have not set it up to enrolment", async () => {
    const editorAccount = await newAccount("required", "editor");
    const authorAccount = await newAccount("optional", "author");
    const editorActor: Actor = { id: editorAccount.id, name: "TFA required", email: editorAccount.email, role: "editor" };
    expect(await setTwoFactorRoles(editorActor, ["editor"])).toMatchObject({ ok: false });
    expect(await setTwoFactorRoles(null, ["editor"])).toMatchObject({ ok: false });
    expect(await setTwoFactorRoles(admin, ["editor"])).toMatchObject({ ok: true });
    expect(await twoFactorRoles()).toEqual(["editor"]);

    const editor = browser();
    expect((await editor.signIn(editorAccount.email)).status).toBe(200);
    expect(await signedInFrom(editor.headers())).toMatchObject({ actor: { id: editorAccount.id, role: "editor" }, twoFactorEnabled: false, mustEnrol: true });
    const author = browser();
    expect((await author.signIn(authorAccount.email)).status).toBe(200);
    expect(await signedInFrom(author.headers())).toMatchObject({ mustEnrol: false });

    // Setting it up lifts the requirement.
    const started = await startEnrolment(editor.headers(), PASSWORD);
    if (!started.ok) throw new Error(started.message);
    expect(await signedInFrom(editor.headers()), "not before the first code").toMatchObject({ mustEnrol: true });
    expect((await confirmEnrolment(editor.headers(), await code(started.secret))).ok).toBe(true);
    const after = await signInWithCode(browser(), editorAccount.email, started.secret);
    expect(await signedInFrom(after.headers())).toMatchObject({ twoFactorEnabled: true, mustEnrol: false });

    // Turning it off again (or an admin doing so) puts the person back in front of enrolment.
    expect((await disableTwoFactor(after.headers(), { password: PASSWORD, code: await code(started.secret) })).ok).toBe(true);
    const again = browser();
    expect((await again.signIn(editorAccount.email)).status).toBe(200);
    expect(await signedInFrom(again.headers())).toMatchObject({ mustEnrol: true });

    expect(await setTwoFactorRoles(admin, [])).toMatchObject({ ok: true });
    expect(await signedInFrom(again.headers())).toMatchObject({ mustEnrol: false });
  });
});
