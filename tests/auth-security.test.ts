// What an attacker of the newsroom's sign-in can and cannot do, over real HTTP
// through the production front, against better-auth and the database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { safeReturnPath } from "@/lib/return-path";
import { parseTrustedProxies, resolveClientAddress } from "@/server/http/client-address";
import type { Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { createUser, setActive } from "@/server/services/users";
import { serveAuth, type AuthServer } from "./helpers/auth-server";

const ORIGIN = "http://localhost:3000";
const run = randomUUID().slice(0, 8);
const READER_UA = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 run-${run}`;
let admin: Actor;
const created: string[] = [];
// Nothing trusted in front: the connecting socket is the client.
let direct: AuthServer;
// As behind Varnish on the same machine, with a private network of proxies too.
let proxied: AuthServer;

type Answer = { status: number; body: string; cookies: string[]; retryAfter: string | null };

async function post(server: AuthServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, "user-agent": READER_UA, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text(), cookies: response.headers.getSetCookie(), retryAfter: response.headers.get("retry-after") };
}

/** A signed-in session's cookie header for a sign-in answer. */
const sessionCookie = (answer: Answer) => answer.cookies.filter((c) => c.includes("session_token=")).map((c) => c.split(";")[0]).join("; ");
const deviceCookie = (answer: Answer) => answer.cookies.find((c) => /device=/.test(c));

async function newAccount(label: string, password: string): Promise<{ id: string; email: string }> {
  const email = `sec-${label}-${run}-${randomUUID().slice(0, 4)}@example.com`;
  const result = await createUser(admin, { name: `Sec ${label}`, email, role: "author", password }, ORIGIN);
  if (!result.ok) throw new Error(result.message);
  created.push(result.id);
  return { id: result.id, email };
}

const signIn = (server: AuthServer, email: string, password: string, headers: Record<string, string> = {}) => post(server, "/api/auth/sign-in/email", { email, password }, headers);

/** A client address of its own for each scenario, as a trusted proxy in front reports it. */
let nextAddress = 1;
const viaProxy = () => ({ "x-forwarded-for": `203.0.113.${nextAddress++}` });

beforeAll(async () => {
  const id = randomUUID();
  admin = { id, name: "Sec admin", email: `sec-admin-${run}@example.com`, role: "admin" };
  await db.user.create({ data: { id, name: admin.name, email: admin.email, role: "admin" } });
  direct = await serveAuth();
  proxied = await serveAuth({ trustedProxies: "127.0.0.1, 10.0.0.0/8" });
});

afterAll(async () => {
  await Promise.all([direct?.close(), proxied?.close()]);
  await db.user.deleteMany({ where: { email: { startsWith: "sec-" } } });
  const keys = [run, "address:127.0.0.1", "address:198.51.100.9", "address:198.51.100.10", "address:203.0.113.", ...created];
  await db.loginThrottle.deleteMany({ where: { OR: keys.map((key) => ({ key: { contains: key } })) } });
  await db.$disconnect();
});

describe("the address a limit counts", () => {
  it("counts failed sign-ins by the connecting address, whatever X-Forwarded-For or our own header a client sends", async () => {
    await db.loginThrottle.deleteMany({ where: { key: "address:127.0.0.1" } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const answer = await signIn(direct, `nobody-${i}-${run}@example.com`, "wrong-password-1", { "x-forwarded-for": `198.51.100.7, 10.0.${i}.1`, "x-ledger-client": `192.0.2.${i}` });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401), statuses.join(" ")).toBe(true);
    expect(statuses.at(-1), statuses.join(" ")).toBe(429);
    await db.loginThrottle.deleteMany({ where: { key: "address:127.0.0.1" } });
  });

  it("behind a trusted proxy, counts the nearest address in X-Forwarded-For that is not a trusted proxy", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const answer = await signIn(proxied, `nobody-${i}-${run}-p@example.com`, "wrong-password-1", { "x-forwarded-for": `198.51.100.9, 10.0.${i}.1` });
      statuses.push(answer.status);
    }
    expect(statuses.at(-1), statuses.join(" ")).toBe(429);
    // Another reader behind the same proxies is not blocked by that.
    expect((await signIn(proxied, `nobody-else-${run}@example.com`, "wrong-password-1", { "x-forwarded-for": "198.51.100.10, 10.0.0.1" })).status).toBe(401);
  });

  it("counts a reader's views by the connecting address, however X-Forwarded-For varies", async () => {
    const article = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    const views = async () => (await db.articleViewDay.findMany({ where: { articleId: article.id } })).reduce((sum, row) => sum + row.views, 0);
    const before = await views();
    for (let i = 0; i < 40; i++) {
      const answer = await post(direct, "/api/views", { articleId: article.id }, { "x-forwarded-for": `198.51.100.${i}`, "x-ledger-client": `192.0.2.${i}` });
      expect(answer.status).toBe(204);
    }
    expect((await views()) - before).toBe(1);
  });
});

describe("TRUSTED_PROXIES", () => {
  it("reads addresses and ranges of both families, and stops the server on what it cannot read", () => {
    const trusted = parseTrustedProxies(" 127.0.0.1, 10.0.0.0/8 ,2001:db8::/32 ");
    expect(resolveClientAddress("::ffff:127.0.0.1", "198.51.100.7, 2001:db8::5, 10.1.2.3", trusted)).toBe("198.51.100.7");
    expect(resolveClientAddress("192.0.2.1", "198.51.100.7", trusted), "an untrusted peer's X-Forwarded-For is never read").toBe("192.0.2.1");
    expect(resolveClientAddress("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "10.0.0.9", trusted), "all hops trusted: the request started inside").toBe("10.0.0.9");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", parseTrustedProxies("")), "nothing trusted").toBe("127.0.0.1");
    expect(() => parseTrustedProxies("127.0.0.1, varnish.local, 10.0.0.0/40")).toThrow(/varnish\.local, 10\.0\.0\.0\/40/);
  });
});

describe("set-password links", () => {
  it("are not made for anyone who asks: the public endpoint refuses with a readable message and logs no link", async () => {
    const spies = (["trace", "debug", "info", "warn", "error", "fatal"] as const).map((level) => vi.spyOn(log, level));
    const tokensBefore = await db.verification.count({ where: { identifier: { startsWith: "reset-password:" } } });
    let answer: Answer;
    try {
      answer = await post(direct, "/api/auth/request-password-reset", { email: "admin@example.com", redirectTo: `${ORIGIN}/admin/set-password` });
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect([403, 404]).toContain(answer.status);
    expect(JSON.parse(answer.body).message).toMatch(/admin/i);
    const logged = spies.flatMap((spy) => spy.mock.calls).map((call) => JSON.stringify(call)).join("\n");
    expect(logged).not.toMatch(/reset-password\//);
    expect(await db.verification.count({ where: { identifier: { startsWith: "reset-password:" } } })).toBe(tokensBefore);
  });

  it("made by an admin for a new account still work: the person sets a password and signs in", async () => {
    const email = `sec-invited-${run}@example.com`;
    // Without a mail server the admin is handed the link once, to pass on.
    const result = await createUser(admin, { name: "Invited", email, role: "author", password: undefined }, ORIGIN);
    if (!result.ok) throw new Error(result.message);
    created.push(result.id);
    const link = result.link;
    expect(link).toMatch(/\/api\/auth\/reset-password\//);
    const token = new URL(link!).pathname.split("/").pop()!;
    expect((await post(direct, "/api/auth/reset-password", { token, newPassword: "a-password-of-my-own" }, viaProxy())).status).toBe(200);
    expect((await signIn(proxied, email, "a-password-of-my-own", viaProxy())).status).toBe(200);
  });
});

describe("sign-in answers", () => {
  it("gives a deactivated account's right password the same answer as a wrong password", async () => {
    const user = await newAccount("gone", "the-right-password-1");
    expect((await setActive(admin, user.id, false)).ok).toBe(true);
    const address = viaProxy();
    const right = await signIn(proxied, user.email, "the-right-password-1", address);
    const wrong = await signIn(proxied, user.email, "a-wrong-password-1", address);
    expect(right.status).toBe(wrong.status);
    expect(right.body).toBe(wrong.body);
    expect(right.cookies.some((c) => c.includes("session_token=") && !/Max-Age=0/i.test(c))).toBe(false);
  });
});

describe("changing a password", () => {
  it("limits wrong current passwords like sign-in: 429 with Retry-After, even for the right one while blocked", async () => {
    const user = await newAccount("changer", "the-right-password-1");
    const address = viaProxy();
    const session = sessionCookie(await signIn(proxied, user.email, "the-right-password-1", address));
    expect(session).toContain("session_token=");
    const change = (currentPassword: string) => post(proxied, "/api/auth/change-password", { currentPassword, newPassword: "a-new-password-123" }, { ...address, cookie: session });
    const answers: Answer[] = [];
    for (let i = 0; i < 12; i++) answers.push(await change(`a-guess-${i}-xx`));
    const statuses = answers.map((a) => a.status);
    expect(statuses.slice(0, 10).every((s) => s === 400), statuses.join(" ")).toBe(true);
    expect(statuses.at(-1), statuses.join(" ")).toBe(429);
    expect(Number(answers.at(-1)!.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(answers.at(-1)!.body).message).toMatch(/try again in \d+ minute/i);
    expect((await change("the-right-password-1")).status).toBe(429);
  });
});

describe("a device that signed in before", () => {
  it("gets a signed, HttpOnly, SameSite=Lax, long-lived cookie, and keeps signing in while others have locked the account", async () => {
    const user = await newAccount("owner", "the-right-password-1");
    const home = viaProxy();
    const first = await signIn(proxied, user.email, "the-right-password-1", home);
    expect(first.status).toBe(200);
    const cookie = deviceCookie(first);
    expect(cookie, first.cookies.join("\n")).toBeTruthy();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // the site runs on http here
    expect(Number(cookie!.match(/Max-Age=(\d+)/i)?.[1])).toBeGreaterThanOrEqual(180 * 86_400);
    expect(cookie).toContain(user.id);

    // Someone else locks the account with eleven wrong passwords, and the right one no longer works for them.
    const attacker = viaProxy();
    const guesses: number[] = [];
    for (let i = 0; i < 11; i++) guesses.push((await signIn(proxied, user.email, `a-guess-${i}-xx`, attacker)).status);
    expect(guesses.at(-1), guesses.join(" ")).toBe(429);
    expect((await signIn(proxied, user.email, "the-right-password-1", attacker)).status).toBe(429);
    expect((await signIn(proxied, user.email, "the-right-password-1", home)).status, "a new device is locked out too").toBe(429);

    // The device that signed in before still can.
    const again = await signIn(proxied, user.email, "the-right-password-1", { ...home, cookie: cookie!.split(";")[0]! });
    expect(again.status).toBe(200);
    expect(sessionCookie(again)).toContain("session_token=");
  });

  it("counts the device's own failures, and a cookie that was altered or names another account does not help", async () => {
    const user = await newAccount("device", "the-right-password-1");
    const other = await newAccount("other", "the-other-password-1");
    const home = viaProxy();
    const cookie = deviceCookie(await signIn(proxied, user.email, "the-right-password-1", home))!.split(";")[0]!;
    const otherCookie = deviceCookie(await signIn(proxied, other.email, "the-other-password-1", viaProxy()))!.split(";")[0]!;
    const [attacker, otherAttacker] = [viaProxy(), viaProxy()];
    for (let i = 0; i < 11; i++) await signIn(proxied, user.email, `a-guess-${i}-xx`, attacker);
    for (let i = 0; i < 11; i++) await signIn(proxied, other.email, `a-guess-${i}-xx`, otherAttacker);

    // Altered: one character of the signed value changed.
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1))];
    const altered = `${name}=${encodeURIComponent(value.replace(user.id, other.id))}`;
    expect((await signIn(proxied, user.email, "the-right-password-1", { ...home, cookie: altered })).status).toBe(429);
    // Another account's device cookie.
    expect((await signIn(proxied, user.email, "the-right-password-1", { ...home, cookie: otherCookie })).status).toBe(429);
    expect((await signIn(proxied, other.email, "the-other-password-1", { ...home, cookie })).status).toBe(429);

    // The device guessing: limited after ten, and then even the right password waits.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn(proxied, user.email, `device-guess-${i}`, { ...home, cookie })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401), statuses.join(" ")).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await signIn(proxied, user.email, "the-right-password-1", { ...home, cookie })).status).toBe(429);
  });
});

describe("where sign-in returns to", () => {
  it("accepts only newsroom paths after normalising, and sends anything else to /admin", () => {
    const refused = [
      "/admin/..//evil.example",
      "//evil.example",
      "/\\evil.example",
      "/admin\\..\\..\\evil.example",
      "/admin/../x",
      "/admin/%2e%2e/%2e%2e//evil.example",
      "/admin/articles//evil.example",
      "https://evil.example/admin",
      "/administrator",
      "admin",
      "/admin/\t/evil.example",
      "",
    ];
    for (const next of refused) expect(safeReturnPath(next), next).toBe("/admin");
    expect(safeReturnPath(undefined)).toBe("/admin");
    expect(safeReturnPath("/admin")).toBe("/admin");
    expect(safeReturnPath("/admin/articles/abc123?status=DRAFT&q=tide")).toBe("/admin/articles/abc123?status=DRAFT&q=tide");
    expect(safeReturnPath("/admin/./users")).toBe("/admin/users");
    expect(safeReturnPath("/preview/abc123")).toBe("/preview/abc123");
  });
});
