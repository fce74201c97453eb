import "server-only";
// Editor accounts: better-auth with email and password, sessions stored in
// PostgreSQL through Prisma, and two-factor sign-in with an authenticator app
// (TOTP) or a backup code. Sign-up is closed: admins create accounts.
import { BASE_ERROR_CODES, betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { CLIENT_HEADER, clientAddress } from "@/server/http/client-address";
import { auditAccountEvent, auditFailedSignIn, auditSignIn } from "./audit-events";
import { deliverSetPasswordLink } from "./set-password-links";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, deviceAfterSignIn, deviceValue, parseDeviceValue, type Device } from "./device";
import { clearFailures, codeCheckKey, countAttempt, deviceKey, passwordCheckKey, retryAfterSeconds, THROTTLE, throttleKeys } from "./throttle";

const SIGN_IN = "/sign-in/email";
/** Endpoints that check a code from the authenticator app or a backup code: at sign-in, or for a signed-in session. */
const CODE_CHECKS = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code", "/two-factor/verify-otp"]);
/** Endpoints that check the signed-in person's current password. */
const PASSWORD_CHECKS = new Set(["/change-password", "/two-factor/enable", "/two-factor/disable", "/two-factor/generate-backup-codes"]);
/**
 * Endpoints only the server calls (server/services): refused over HTTP. Turning two-factor off and making new
 * backup codes take the password and a code there; the plugin's endpoints would take the password alone. The
 * secret is shown once, at enrolment; asking for it again would hand it to anyone holding a session and the password.
 */
const SERVER_ONLY: Record<string, { message: string; code: string }> = {
  "/request-password-reset": { message: "Set-password links are made by an admin of the newsroom: ask one for a new link.", code: "PASSWORD_RESET_BY_ADMIN_ONLY" },
  "/two-factor/enable": { message: "Set up two-factor sign-in on your account page.", code: "ACCOUNT_PAGE_ONLY" },
  "/two-factor/disable": { message: "Turn two-factor sign-in off on your account page: it asks for your password and a code.", code: "ACCOUNT_PAGE_ONLY" },
  "/two-factor/generate-backup-codes": { message: "Make new backup codes on your account page: it asks for your password and a code.", code: "ACCOUNT_PAGE_ONLY" },
  "/two-factor/get-totp-uri": { message: "The authenticator secret is shown once, while two-factor sign-in is set up.", code: "ACCOUNT_PAGE_ONLY" },
  // Unused by the newsroom's pages, and each a way round its rules: a password oracle for a borrowed session, a
  // name chosen by its bearer (the audit log and every "made by" show it), an account gone without its admins.
  "/verify-password": { message: "Not available.", code: "NOT_AVAILABLE" },
  "/update-user": { message: "Names are changed by an admin of the newsroom, or on your byline.", code: "ADMIN_ONLY" },
  "/change-email": { message: "E-mail addresses are changed by an admin of the newsroom.", code: "ADMIN_ONLY" },
  "/delete-user": { message: "Accounts are deactivated by an admin of the newsroom.", code: "ADMIN_ONLY" },
  "/update-session": { message: "Not available.", code: "NOT_AVAILABLE" },
};
/** The two-factor plugin's cookie naming a pending sign-in (better-auth's prefix is added). */
const TWO_FACTOR_CHALLENGE_COOKIE = "two_factor";
/** Authenticator codes taken at sign-in, per account: kept past the 90 seconds in which the plugin accepts one. */
const USED_CODE_PREFIX = "totp-used-";
const USED_CODE_MS = 2 * 60_000;

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

const addressKey = (ctx: HookContext) => throttleKeys("", clientAddress(ctx.headers)).address;

function tooMany(wait: number, what: string): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { message: `Too many ${what}. Try again in ${Math.ceil(wait / 60)} minute(s).`, code: "TOO_MANY_ATTEMPTS" },
    { "Retry-After": String(wait) },
  );
}

/** The device this request's cookie names, if its signature holds. */
async function deviceOf(ctx: HookContext): Promise<Device | null> {
  const { name } = ctx.context.createAuthCookie(DEVICE_COOKIE);
  return parseDeviceValue(await ctx.getSignedCookie(name, ctx.context.secret));
}

/** The device, when it signed in before to the account the request names. */
async function knownDeviceFor(ctx: HookContext, email: string): Promise<Device | null> {
  const device = await deviceOf(ctx);
  if (!device || !email) return null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user?.id === device.userId ? device : null;
}

/** The email of the account whose sign-in waits for a code (the plugin's signed challenge cookie), or "". */
async function challengedEmail(ctx: HookContext): Promise<string> {
  const userId = await challengedUserId(ctx);
  return userId ? emailOfUser(userId) : "";
}

const emailOfUser = async (id: string) => (await db.user.findUnique({ where: { id }, select: { email: true } }))?.email ?? "";

/** The account whose sign-in still owes its code (the two-factor plugin's signed cookie names it), or "". */
async function challengedUserId(ctx: HookContext): Promise<string> {
  const { name } = ctx.context.createAuthCookie(TWO_FACTOR_CHALLENGE_COOKIE);
  const identifier = await ctx.getSignedCookie(name, ctx.context.secret);
  if (!identifier) return "";
  const challenge = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return challenge && challenge.expiresAt >= new Date() ? challenge.value : "";
}

/**
 * At sign-in an authenticator code is taken once. The plugin accepts the codes of the previous, current and next
 * 30 seconds and remembers none, so a code watched over a shoulder, or relayed by a phishing page, would complete
 * a second pending sign-in for up to 90 seconds. The code is claimed before it is checked (an insert that fails
 * when it was claimed already), so two requests with one code cannot both pass; claims outlive the code's
 * validity and are then cleared. A signed-in session confirming a code on the account page already holds the
 * account, and is not limited so.
 */
async function claimSignInCode(ctx: HookContext, userId: string): Promise<void> {
  const code = (ctx.body as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return; // the plugin refuses it by itself
  const identifier = `${USED_CODE_PREFIX}${userId}`;
  const now = new Date();
  await db.verification.deleteMany({ where: { identifier, expiresAt: { lt: now } } });
  const claimed = await db.verification
    .create({ data: { id: `${identifier}-${code}`, identifier, value: code, expiresAt: new Date(now.getTime() + USED_CODE_MS) } })
    .then(() => true, () => false);
  if (!claimed) throw new APIError("UNAUTHORIZED", { message: "That code has just been used. Enter the next code your authenticator app shows.", code: "CODE_ALREADY_USED" });
}

/**
 * Counts a sign-in attempt (a password, or the code that follows it) before it is checked, so parallel
 * guesses cannot slip past; throws 429 when over.
 */
async function limitSignIn(ctx: HookContext, email: string): Promise<void> {
  const keys = throttleKeys(email, clientAddress(ctx.headers));
  const device = await knownDeviceFor(ctx, email);
  // A known device is held to its own limit instead of the account's, which anyone may have used up.
  const [own, limit] = device ? [deviceKey(device.userId, device.deviceId), THROTTLE.perDevice] : [keys.account, THROTTLE.perAccount];
  const wait = (await retryAfterSeconds([own, keys.address])) || (await countAttempt(own, limit));
  if (wait > 0) throw tooMany(wait, "failed sign-ins");
}

/**
 * After a password or a code at sign-in: a failure counts against the address; a session clears the
 * account's (or the known device's) count and remembers the device. A right password whose code is still
 * owed clears nothing (the plugin has taken the session back by now), so it cannot reset the count of wrong codes.
 */
async function settleSignIn(ctx: HookContext, { audited = true } = {}): Promise<void> {
  const returned = ctx.context.returned;
  if (returned instanceof APIError) {
    if (returned.statusCode === 429) return;
    await countAttempt(addressKey(ctx), THROTTLE.perAddress);
    const deactivated = returned.body?.code === BASE_ERROR_CODES.FAILED_TO_CREATE_SESSION.code;
    // A code is a sign-in attempt only while a sign-in waits for it (not at enrolment, from a session).
    const email = ctx.path === SIGN_IN ? emailOf(ctx.body) : await challengedEmail(ctx);
    if (ctx.path === SIGN_IN || email) {
      const reason = deactivated ? "the account is deactivated" : ctx.path === SIGN_IN ? "wrong e-mail or password" : "wrong two-factor code";
      await auditFailedSignIn(email, reason, ctx.headers);
    }
    // A deactivated account's right password (or code): answered like a wrong one, so the answer tells nothing about the account.
    if (deactivated) throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
    return;
  }
  const user = ctx.context.newSession?.user;
  if (!user) return;
  if (audited) await auditSignIn(user, ctx.headers, ctx.path === SIGN_IN ? undefined : "with a two-factor code");
  const known = await deviceOf(ctx);
  await clearFailures(known?.userId === user.id ? deviceKey(known.userId, known.deviceId) : throttleKeys(user.email, "").account);
  const cookie = ctx.context.createAuthCookie(DEVICE_COOKIE, { maxAge: DEVICE_MAX_AGE_SECONDS });
  await ctx.setSignedCookie(cookie.name, deviceValue(deviceAfterSignIn(user.id, known)), ctx.context.secret, cookie.attributes);
}

/** Counts a check against `key` (and refuses while the address is blocked); throws 429 when over. */
async function limitSignedIn(ctx: HookContext, key: string, limit: number, what: string): Promise<void> {
  const wait = (await retryAfterSeconds([key, addressKey(ctx)])) || (await countAttempt(key, limit));
  if (wait > 0) throw tooMany(wait, what);
}

/**
 * A code: at sign-in it counts like a password; from a signed-in session (enrolment, the account page) on its own
 * count. Returns the account whose sign-in it would complete ("" for a signed-in session or none).
 */
async function limitCode(ctx: HookContext): Promise<string> {
  const session = await getSessionFromCtx(ctx);
  if (session) {
    await limitSignedIn(ctx, codeCheckKey(session.user.id), THROTTLE.perCodeCheck, "wrong codes");
    return "";
  }
  const userId = await challengedUserId(ctx);
  const email = userId ? await emailOfUser(userId) : "";
  // Without a pending sign-in the endpoint refuses by itself; the failure still counts against the address.
  if (email) await limitSignIn(ctx, email);
  return userId;
}

async function settleCode(ctx: HookContext): Promise<void> {
  // A code sent from a signed-in session (confirming enrolment) is not a sign-in, though it renews the session.
  const fromSession = !!(await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret));
  await settleSignIn(ctx, { audited: !fromSession });
  if (ctx.context.returned instanceof APIError) return;
  const userId = ctx.context.newSession?.user.id ?? (await getSessionFromCtx(ctx))?.user.id;
  if (userId) await clearFailures(codeCheckKey(userId));
}

/** Wrong current passwords are limited per account like sign-ins (a borrowed session must not guess them). */
async function limitPasswordCheck(ctx: HookContext): Promise<void> {
  const session = await getSessionFromCtx(ctx);
  if (!session) return; // the endpoint answers 401 itself
  await limitSignedIn(ctx, passwordCheckKey(session.user.id), THROTTLE.perPasswordCheck, "wrong passwords");
}

async function settlePasswordCheck(ctx: HookContext): Promise<void> {
  const returned = ctx.context.returned;
  if (returned instanceof APIError) {
    if (returned.statusCode !== 429) await countAttempt(addressKey(ctx), THROTTLE.perAddress);
    return;
  }
  const user = ctx.context.newSession?.user ?? ctx.context.session?.user;
  if (!user) return;
  await clearFailures(passwordCheckKey(user.id));
  if (ctx.path === "/change-password") await auditAccountEvent(user, "auth.password-change", ctx.headers);
}

/**
 * The newsroom's limits on guessing, as a plugin listed after the two-factor plugin: plugins' after-hooks
 * run in order, so these see a sign-in whose code is still owed without a session.
 */
const guessingLimits = {
  id: "ledger-guessing-limits",
  hooks: {
    before: [
      {
        matcher: () => true,
        handler: createAuthMiddleware(async (ctx) => {
          const serverOnly = ctx.request ? SERVER_ONLY[ctx.path] : undefined;
          if (serverOnly) throw new APIError("NOT_FOUND", serverOnly);
          if (ctx.path === "/sign-out") {
            // Recorded before the session is gone, while it still says whose it was.
            const session = await getSessionFromCtx(ctx).catch(() => null);
            if (session) await auditAccountEvent(session.user, "auth.sign-out", ctx.headers);
          }
          if (ctx.path === SIGN_IN) await limitSignIn(ctx, emailOf(ctx.body));
          else if (CODE_CHECKS.has(ctx.path)) {
            const signingIn = await limitCode(ctx);
            if (signingIn && ctx.path === "/two-factor/verify-totp") await claimSignInCode(ctx, signingIn);
          }
          else if (PASSWORD_CHECKS.has(ctx.path)) await limitPasswordCheck(ctx);
        }),
      },
    ],
    after: [
      {
        matcher: () => true,
        handler: createAuthMiddleware(async (ctx) => {
          if (ctx.path === SIGN_IN) await settleSignIn(ctx);
          else if (CODE_CHECKS.has(ctx.path)) await settleCode(ctx);
          else if (PASSWORD_CHECKS.has(ctx.path)) await settlePasswordCheck(ctx);
        }),
      },
    ],
  },
} satisfies BetterAuthPlugin;

/** How long "trust this browser" skips the code, counted again from each sign-in on that browser (the plugin's rule). */
export const TRUST_DEVICE_DAYS = 30;

export const auth = betterAuth({
  baseURL: env.SITE_URL,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: 10,
    maxPasswordLength: 128,
    resetPasswordTokenExpiresIn: 60 * 60 * 24,
    // Only admins' account creation asks for one (a server call, with no request); the public endpoint is closed.
    // It is e-mailed when SMTP_URL is set, or else shown once to that admin (server/auth/set-password-links.ts).
    sendResetPassword: async ({ user, url }, request) => deliverSetPasswordLink(user, url, !!request),
    revokeSessionsOnPasswordReset: true,
    onPasswordReset: async ({ user }, request) => {
      await auditAccountEvent(user, "auth.password-set", request?.headers);
    },
  },
  user: {
    additionalFields: {
      role: { type: "string", input: false, required: false },
      banned: { type: "boolean", input: false, required: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
    // No cookie cache: every request checks the session row, so a deactivated user is out at once.
    cookieCache: { enabled: false },
  },
  // Our own database-backed limits (guessingLimits above) replace the in-memory default.
  rateLimit: { enabled: false },
  advanced: {
    useSecureCookies: env.SITE_URL.startsWith("https://"),
    // Sessions record the address the front determined, not a client-sent X-Forwarded-For.
    ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
  },
  databaseHooks: {
    session: {
      create: {
        // Deactivated accounts cannot start a session.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { banned: true } });
          if (!user || user.banned) return false;
        },
      },
    },
  },
  plugins: [
    twoFactor({
      issuer: env.SITE_NAME,
      trustDeviceMaxAge: TRUST_DEVICE_DAYS * 24 * 60 * 60,
      // server/auth/throttle.ts limits wrong codes per account, per known device and per address, with Retry-After.
      // The plugin's own per-account lockout would also shut out the account's known devices, which ours lets in.
      accountLockout: { enabled: false },
    }),
    guessingLimits,
    // Last: it hands every cookie the others set to Next's cookies() in server actions.
    nextCookies(),
  ],
});

export type AuthSession = typeof auth.$Infer.Session;
