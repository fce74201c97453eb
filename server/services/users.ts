import "server-only";
// Editor accounts, managed by admins: create (with a password or a one-time
// set-password link, e-mailed or shown once to the admin; each with its byline),
// change role, deactivate (their sessions end at once), reactivate, and turn
// off someone's two-factor sign-in when they have lost both their phone and
// their backup codes.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { NewUserInput } from "@/lib/validation/taxonomy";
import { auth } from "@/server/auth/auth";
import { deliverLinkMadeBy } from "@/server/auth/set-password-links";
import { canManageUsers, type Actor, type Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { ensureOwnByline } from "./bylines";
import { recordAudit } from "@/server/services/audit";
import { forgetTrustedBrowsers } from "./two-factor";

/** `link`: a set-password link the admin passes on (no mail was sent), shown once. */
export type UserResult = { ok: true; id: string; message: string; link?: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const refused = (actor: Actor | null): UserResult | null =>
  !actor ? { ok: false, message: "You are signed out. Sign in again." } : !canManageUsers(actor) ? { ok: false, message: "Only admins manage accounts." } : null;

export async function createUser(actor: Actor | null, input: NewUserInput, siteUrl: string): Promise<UserResult> {
  const no = refused(actor);
  if (no) return no;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: { email: ["An account with this email already exists."] } };
  }
  const id = randomUUID();
  const password = input.password ? await hashPassword(input.password) : null;
  // Every account can be a byline: its author profile comes with it.
  const byline = await db.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id,
        name: input.name,
        email: input.email,
        emailVerified: true,
        role: input.role,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
      },
    });
    const own = await ensureOwnByline(tx, { id, name: input.name, email: input.email, role: input.role }, actor!);
    await recordAudit(tx, {
      actor,
      action: "account.create",
      targetType: "account",
      targetId: id,
      targetLabel: input.email,
      summary: `${input.name}, ${input.role}, ${input.password ? "with a password" : "with a set-password link"}${own.linked ? `; carries the existing byline “${own.name}”` : ""}`,
    });
    return own;
  });
  const linked = byline.linked ? ` It carries the existing byline “${byline.name}”.` : "";
  if (input.password) return { ok: true, id, message: `Account created for ${input.email}.${linked}` };
  // better-auth makes the one-time token and hands the link to sendResetPassword, which e-mails it or gives it back here.
  const delivery = await deliverLinkMadeBy(actor!.name, () => auth.api.requestPasswordReset({ body: { email: input.email, redirectTo: `${siteUrl}/admin/set-password` } }));
  if (delivery.emailed) return { ok: true, id, message: `Account created. A set-password link was e-mailed to ${input.email}.${linked}` };
  if (!delivery.url) return { ok: true, id, message: `Account created, but no set-password link could be made. Give ${input.email} a password instead.${linked}` };
  const why = delivery.failure ? `The e-mail to ${input.email} could not be sent (${delivery.failure}). ` : "";
  return { ok: true, id, link: delivery.url, message: `Account created. ${why}Pass this one-time set-password link on to ${input.email}; it works for 24 hours and is shown only now.${linked}` };
}

type Tx = Prisma.TransactionClient;

/**
 * Taken first by every transaction that changes a role or deactivates an account, before it reads the account: two
 * admins demoting each other at the same moment are checked one after the other, and the second is refused.
 */
async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ledger.active-admins'))`;
}

/** Whether an active admin other than `userId` remains (asked under lockAdmins). */
async function anotherAdminRemains(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: "admin", id: { not: userId }, OR: [{ banned: false }, { banned: null }] } })) > 0;
}

const LAST_ADMIN = "This is the last admin; make someone else an admin first.";

export async function setRole(actor: Actor | null, userId: string, role: Role): Promise<UserResult> {
  const no = refused(actor);
  if (no) return no;
  return db.$transaction(async (tx): Promise<UserResult> => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) return { ok: false, message: "That account no longer exists." };
    if (user.role === role) return { ok: true, id: userId, message: `${user.email} is already ${role === "admin" || role === "editor" ? "an" : "a"} ${role}.` };
    if (user.role === "admin" && !(await anotherAdminRemains(tx, userId))) return { ok: false, message: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actor, action: "account.role", targetType: "account", targetId: userId, targetLabel: user.email, summary: `role: ${user.role} → ${role}` });
    return { ok: true, id: userId, message: `${user.email} is now ${role === "admin" || role === "editor" ? "an" : "a"} ${role}.` };
  });
}

export async function setActive(actor: Actor | null, userId: string, active: boolean): Promise<UserResult> {
  const no = refused(actor);
  if (no) return no;
  if (actor!.id === userId && !active) return { ok: false, message: "You cannot deactivate your own account." };
  return db.$transaction(async (tx): Promise<UserResult> => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) return { ok: false, message: "That account no longer exists." };
    if (!active && user.role === "admin" && !(await anotherAdminRemains(tx, userId))) return { ok: false, message: LAST_ADMIN };
    await tx.user.update({ where: { id: userId }, data: { banned: !active, banReason: active ? null : "Deactivated by an admin" } });
    // Sessions end at once: the session check reads the database on every request.
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor,
      action: active ? "account.reactivate" : "account.deactivate",
      targetType: "account",
      targetId: userId,
      targetLabel: user.email,
      summary: active ? undefined : "signed out everywhere",
    });
    return { ok: true, id: userId, message: active ? `${user.email} can sign in again.` : `${user.email} is deactivated and signed out everywhere.` };
  });
}

/**
 * For someone who lost their authenticator and their backup codes: their secret and codes are deleted and
 * their sessions end. If their role requires two-factor sign-in, their next sign-in sends them to set it up
 * again. Not for one's own account, which the account page turns off with the password and a code.
 */
export async function resetTwoFactor(actor: Actor | null, userId: string): Promise<UserResult> {
  const no = refused(actor);
  if (no) return no;
  if (actor!.id === userId) return { ok: false, message: "Turn your own two-factor sign-in off on your account page." };
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, message: "That account no longer exists." };
  await db.$transaction(async (tx) => {
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actor, action: "account.two-factor-reset", targetType: "account", targetId: userId, targetLabel: user.email, summary: "two-factor sign-in turned off by an admin; signed out everywhere" });
  });
  await forgetTrustedBrowsers(userId);
  return { ok: true, id: userId, message: `Two-factor sign-in is off for ${user.email}, who is signed out everywhere.` };
}
