import "server-only";
// Newsroom security settings, kept in the Setting table and changed by admins: the roles whose people
// must sign in with a second factor. Enforced where the actor is looked up (server/auth/session.ts).
import { canManageUsers, ROLES, type Actor, type Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";

export const TWO_FACTOR_ROLES_KEY = "twoFactorRoles";

/** The roles that must use two-factor sign-in (none unless an admin chose some). */
export async function twoFactorRoles(): Promise<Role[]> {
  const row = await db.setting.findUnique({ where: { key: TWO_FACTOR_ROLES_KEY }, select: { value: true } });
  const value = row?.value;
  return Array.isArray(value) ? ROLES.filter((role) => value.includes(role)) : [];
}

export type SecurityResult = { ok: boolean; message: string };

export async function setTwoFactorRoles(actor: Actor | null, roles: readonly Role[]): Promise<SecurityResult> {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again." };
  if (!canManageUsers(actor)) return { ok: false, message: "Only admins change security settings." };
  const value = ROLES.filter((role) => roles.includes(role));
  const before = await twoFactorRoles();
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: TWO_FACTOR_ROLES_KEY }, create: { key: TWO_FACTOR_ROLES_KEY, value }, update: { value } });
    await recordAudit(tx, {
      actor,
      action: "settings.two-factor-roles",
      targetType: "settings",
      targetLabel: "Two-factor sign-in",
      summary: `required for: ${before.join(", ") || "no role"} → ${value.join(", ") || "no role"}`,
    });
  });
  return {
    ok: true,
    message: value.length ? `Two-factor sign-in is now required for: ${value.join(", ")}.` : "Two-factor sign-in is now optional for every role.",
  };
}

/** Per role: active accounts, and how many of them have two-factor sign-in on. */
export async function twoFactorByRole(): Promise<Record<Role, { accounts: number; enrolled: number }>> {
  const rows = await db.user.groupBy({ by: ["role", "twoFactorEnabled"], where: { OR: [{ banned: false }, { banned: null }] }, _count: { _all: true } });
  const counts = Object.fromEntries(ROLES.map((role) => [role, { accounts: 0, enrolled: 0 }])) as Record<Role, { accounts: number; enrolled: number }>;
  for (const row of rows) {
    counts[row.role].accounts += row._count._all;
    if (row.twoFactorEnabled) counts[row.role].enrolled += row._count._all;
  }
  return counts;
}
