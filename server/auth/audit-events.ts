import "server-only";
// Sign-ins, sign-outs and password changes in the audit log. Called from the auth hooks, which see every
// request to better-auth's endpoints, whether from our forms or sent to the API directly.
import { clientAddress } from "@/server/http/client-address";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { isRole, type Actor } from "./policies";

type Person = { id: string; name: string; email: string; role?: unknown };

function actorOf(user: Person): Actor | null {
  return isRole(user.role) ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

const addressOf = (headers: Headers | undefined) => clientAddress(headers);

export async function auditSignIn(user: Person, headers: Headers | undefined): Promise<void> {
  await recordAudit(db, { actor: actorOf(user), action: "auth.sign-in", targetType: "account", targetId: user.id, targetLabel: user.email, address: addressOf(headers) });
}

/** A refused sign-in. The e-mail is recorded as typed (it may name no account); the reason stays vague on purpose only towards the client. */
export async function auditFailedSignIn(email: string, reason: string, headers: Headers | undefined): Promise<void> {
  const account = email ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
  await recordAudit(db, {
    actor: null,
    action: "auth.sign-in-failed",
    targetType: "account",
    targetId: account?.id,
    targetLabel: email.slice(0, 200) || "(no e-mail)",
    summary: reason,
    address: addressOf(headers),
  });
}

export async function auditAccountEvent(user: Person, action: "auth.sign-out" | "auth.password-change" | "auth.password-set", headers: Headers | undefined): Promise<void> {
  await recordAudit(db, { actor: actorOf(user), action, targetType: "account", targetId: user.id, targetLabel: user.email, address: addressOf(headers) });
}
