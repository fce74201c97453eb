import "server-only";
// Failed sign-in limits, kept in the database so they survive restarts and
// hold across server processes: per account (an attacker trying passwords for
// one editor from many addresses) and per address (one address trying many
// accounts).
import { db } from "@/server/db";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
  perAccount: 10,
  perAddress: 20,
} as const;

export const throttleKeys = (email: string, address: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

/** Seconds until sign-in may be tried again, or 0 when it is allowed now. */
export async function retryAfterSeconds(keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts a failed attempt against the key; blocks it once it reaches `limit` within the window. */
export async function recordFailure(key: string, limit: number, now = new Date()): Promise<void> {
  const row = await db.loginThrottle.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.windowStart.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const blockedUntil = failures >= limit ? new Date(now.getTime() + THROTTLE.blockMs) : fresh ? null : row.blockedUntil;
  await db.loginThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now, blockedUntil },
    update: fresh ? { failures, windowStart: now, blockedUntil } : { failures: { increment: 1 }, blockedUntil },
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
}
