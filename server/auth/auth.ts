import "server-only";
// Editor accounts: better-auth with email and password, sessions stored in
// PostgreSQL through Prisma. Sign-up is closed: admins create accounts.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { CLIENT_HEADER, clientAddress } from "@/server/http/client-address";
import { clearFailures, countAttempt, retryAfterSeconds, THROTTLE, throttleKeys } from "./throttle";

const SIGN_IN = "/sign-in/email";

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
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
    // No mail transport is configured: the one-time link goes to the server log for the admin to pass on.
    sendResetPassword: async ({ user, url }) => {
      log.info({ email: user.email, url, validHours: 24 }, `set-password link for ${user.email} (valid 24 hours): ${url}`);
    },
    revokeSessionsOnPasswordReset: true,
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
      if (ctx.path !== SIGN_IN) return;
      const keys = throttleKeys(emailOf(ctx.body), clientAddress(ctx.headers));
      // Blocked already, or this attempt passes the account's limit (counted before the password is checked).
      const wait = (await retryAfterSeconds([keys.account, keys.address])) || (await countAttempt(keys.account, THROTTLE.perAccount));
      if (wait > 0) {
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`, code: "TOO_MANY_ATTEMPTS" },
          { "Retry-After": String(wait) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      const keys = throttleKeys(emailOf(ctx.body), clientAddress(ctx.headers));
      const returned = ctx.context.returned;
      if (returned instanceof APIError) {
        if (returned.statusCode !== 429) await countAttempt(keys.address, THROTTLE.perAddress);
      } else {
        await clearFailures(keys.account);
      }
    }),
  },
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
