import "server-only";
// Failed sign-in limits, kept in the database so they survive restarts and
// hold across server processes: per account (an attacker trying passwords or
// two-factor codes for one editor from many addresses), per address (one
// address trying many accounts), per known device (a browser that signed in to
// the account before, which the account's limit does not stop; see device.ts),
// and, for a signed-in session, per account for current passwords (change
// password, two-factor settings) and for codes (a borrowed session guessing
// the current password or a code).
import { db } from "@/server/db";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
  perAccount: 10,
  perAddress: 20,
  perDevice: 10,
  perPasswordCheck: 10,
  perCodeCheck: 10,
} as const;

export const throttleKeys = (email: string, address: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

export const deviceKey = (userId: string, deviceId: string) => `device:${userId}:${deviceId}`;
/** Wrong current passwords from a signed-in session: cleared only when the password was right. */
export const passwordCheckKey = (userId: string) => `password:${userId}`;
/** Wrong codes from a signed-in session: cleared only by a right code, so a right password never resets it. */
export const codeCheckKey = (userId: string) => `code:${userId}`;

/** Seconds until sign-in may be tried again, or 0 when it is allowed now. */
export async function retryAfterSeconds(keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts an attempt against the key in one statement (so parallel attempts
 * cannot all slip under the limit) and blocks the key once the count passes
 * `limit` within the window. Returns seconds to wait, or 0.
 */
export async function countAttempt(key: string, limit: number, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const blockUntil = new Date(now.getTime() + THROTTLE.blockMs);
  const [row] = await db.$queryRaw<{ failures: number; blockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart", "blockedUntil")
    VALUES (${key}, 1, ${now}::timestamptz AT TIME ZONE 'UTC', NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart}::timestamptz AT TIME ZONE 'UTC' THEN 1 ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart}::timestamptz AT TIME ZONE 'UTC' THEN ${now}::timestamptz AT TIME ZONE 'UTC' ELSE "LoginThrottle"."windowStart" END
    RETURNING failures, "blockedUntil"`;
  if (!row || row.failures <= limit) return 0;
  await db.loginThrottle.update({ where: { key }, data: { blockedUntil: blockUntil } });
  return Math.ceil(THROTTLE.blockMs / 1000);
}

export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

/** Drops counters whose window and block are long over. */
export async function pruneThrottle(now = new Date()): Promise<void> {
  const old = new Date(now.getTime() - THROTTLE.windowMs - THROTTLE.blockMs);
  await db.loginThrottle.deleteMany({ where: { windowStart: { lt: old }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] } });
}
