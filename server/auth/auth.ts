import "server-only";
// Editor accounts: better-auth with email and password, sessions stored in
// PostgreSQL through Prisma. Sign-up is closed: admins create accounts.
import { BASE_ERROR_CODES, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { CLIENT_HEADER, clientAddress } from "@/server/http/client-address";
import { auditAccountEvent, auditFailedSignIn, auditSignIn } from "./audit-events";
import { deliverSetPasswordLink } from "./set-password-links";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, deviceAfterSignIn, deviceValue, parseDeviceValue, type Device } from "./device";
import { clearFailures, countAttempt, deviceKey, passwordChangeKey, retryAfterSeconds, THROTTLE, throttleKeys } from "./throttle";

const SIGN_IN = "/sign-in/email";
const CHANGE_PASSWORD = "/change-password";
const REQUEST_PASSWORD_RESET = "/request-password-reset";
const SIGN_OUT = "/sign-out";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

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

/** Counts a sign-in attempt before the password is checked, so parallel guesses cannot slip past; throws 429 when over. */
async function limitSignIn(ctx: HookContext): Promise<void> {
  const email = emailOf(ctx.body);
  const keys = throttleKeys(email, clientAddress(ctx.headers));
  const device = await knownDeviceFor(ctx, email);
  // A known device is held to its own limit instead of the account's, which anyone may have used up.
  const [own, limit] = device ? [deviceKey(device.userId, device.deviceId), THROTTLE.perDevice] : [keys.account, THROTTLE.perAccount];
  const wait = (await retryAfterSeconds([own, keys.address])) || (await countAttempt(own, limit));
  if (wait > 0) throw tooMany(wait, "failed sign-ins");
}

async function settleSignIn(ctx: HookContext): Promise<void> {
  const email = emailOf(ctx.body);
  const keys = throttleKeys(email, clientAddress(ctx.headers));
  const returned = ctx.context.returned;
  if (returned instanceof APIError) {
    if (returned.statusCode === 429) return;
    await countAttempt(keys.address, THROTTLE.perAddress);
    const deactivated = returned.body?.code === BASE_ERROR_CODES.FAILED_TO_CREATE_SESSION.code;
    await auditFailedSignIn(email, deactivated ? "the account is deactivated" : "wrong e-mail or password", ctx.headers);
    // A deactivated account's right password: answered like a wrong one, so the answer tells nothing about the account.
    if (deactivated) throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
    return;
  }
  const user = ctx.context.newSession?.user;
  const userId = user?.id;
  if (!user || !userId) return;
  await auditSignIn(user, ctx.headers);
  const known = await deviceOf(ctx);
  await clearFailures(known?.userId === userId ? deviceKey(known.userId, known.deviceId) : keys.account);
  const cookie = ctx.context.createAuthCookie(DEVICE_COOKIE, { maxAge: DEVICE_MAX_AGE_SECONDS });
  await ctx.setSignedCookie(cookie.name, deviceValue(deviceAfterSignIn(userId, known)), ctx.context.secret, cookie.attributes);
}

/** Wrong current passwords are limited per account like sign-ins (a borrowed session must not guess them). */
async function limitPasswordChange(ctx: HookContext): Promise<void> {
  const session = await getSessionFromCtx(ctx);
  if (!session) return; // the endpoint answers 401 itself
  const wait = (await retryAfterSeconds([passwordChangeKey(session.user.id), throttleKeys("", clientAddress(ctx.headers)).address]))
    || (await countAttempt(passwordChangeKey(session.user.id), THROTTLE.perPasswordChange));
  if (wait > 0) throw tooMany(wait, "wrong passwords");
}

async function settlePasswordChange(ctx: HookContext): Promise<void> {
  const returned = ctx.context.returned;
  if (returned instanceof APIError) {
    if (returned.statusCode !== 429) await countAttempt(throttleKeys("", clientAddress(ctx.headers)).address, THROTTLE.perAddress);
    return;
  }
  const user = ctx.context.newSession?.user ?? ctx.context.session?.user;
  if (!user) return;
  await clearFailures(passwordChangeKey(user.id));
  await auditAccountEvent(user, "auth.password-change", ctx.headers);
}

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
  // Our own database-backed limits below replace the in-memory default.
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
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path === REQUEST_PASSWORD_RESET && ctx.request) {
        // Set-password links are made by admins (server/services/users.ts calls this endpoint from the server).
        throw new APIError("NOT_FOUND", {
          message: "Set-password links are made by an admin of the newsroom: ask one for a new link.",
          code: "PASSWORD_RESET_BY_ADMIN_ONLY",
        });
      }
      if (ctx.path === SIGN_OUT) {
        // Recorded before the session is gone, while it still says whose it was.
        const session = await getSessionFromCtx(ctx).catch(() => null);
        if (session) await auditAccountEvent(session.user, "auth.sign-out", ctx.headers);
      }
      if (ctx.path === SIGN_IN) await limitSignIn(ctx);
      else if (ctx.path === CHANGE_PASSWORD) await limitPasswordChange(ctx);
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path === SIGN_IN) await settleSignIn(ctx);
      else if (ctx.path === CHANGE_PASSWORD) await settlePasswordChange(ctx);
    }),
  },
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
