import "server-only";
// The audit log: one record per privileged action (who, from where, what, on
// which record, a short before/after). Services write the record in the same
// transaction as the change it describes, so a change never lands without its
// record and a refused change leaves none. Records are only ever added: the
// database refuses updates and deletes (see the audit_log migration), except
// the retention purge below, which names the date it may delete before.
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit";
import { env } from "@/lib/env";
import { storable } from "@/lib/validation/article";
import { canReadAudit, isSystemActor, type Actor, type SystemActor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { requestAddress } from "@/server/http/request-address";

/** A person, the system (the scheduler), an import, or nobody (a failed sign-in names no account). */
export type AuditActor = Actor | SystemActor | "import" | null;

export type AuditEntry = {
  actor: AuditActor;
  /** Known actions have a label in lib/audit.ts; others are shown as written. */
  action: AuditAction | (string & {});
  targetType?: string;
  targetId?: string;
  /** The target's name at the time (a headline, an e-mail): records outlive what they name. */
  targetLabel?: string;
  /** A short before → after. */
  summary?: string;
  /** The client's address; by default the current request's, as the front determined it. */
  address?: string | null;
};

type Client = Pick<Prisma.TransactionClient, "auditEvent">;

const clip = (text: string | undefined | null, max: number) => (text ? text.replace(/\s+/g, " ").trim().slice(0, max) : null);

function who(actor: AuditActor): { actorKind: string; actorId: string | null; actorName: string } {
  if (actor === "import") return { actorKind: "import", actorId: null, actorName: "import" };
  if (!actor) return { actorKind: "anonymous", actorId: null, actorName: "anonymous" };
  if (isSystemActor(actor)) return { actorKind: "system", actorId: null, actorName: actor.name };
  return { actorKind: "user", actorId: actor.id, actorName: actor.name };
}

export async function recordAudit(client: Client, entry: AuditEntry): Promise<void> {
  const address = entry.address !== undefined ? entry.address : await requestAddress();
  await client.auditEvent.create({ data: auditRow({ ...entry, address }) });
}

/** The record as stored, for a writer that inserts it in a statement of its own (the import's). */
export function auditRow(entry: AuditEntry & { address: string | null }) {
  return {
    ...who(entry.actor),
    address: clip(entry.address, 64),
    action: entry.action.slice(0, 64),
    targetType: clip(entry.targetType, 32),
    targetId: clip(entry.targetId, 64),
    targetLabel: clip(entry.targetLabel, 200),
    summary: clip(entry.summary, 500),
  };
}

/** "old" → "new", for summaries; null when nothing changed. */
export function beforeAfter(label: string, before: string | null | undefined, after: string | null | undefined): string | null {
  if ((before ?? "") === (after ?? "")) return null;
  return `${label}: ${before ? `“${before}”` : "none"} → ${after ? `“${after}”` : "none"}`;
}

/** Joins the non-empty parts of a summary. */
export function summarise(...parts: (string | null | undefined | false)[]): string | undefined {
  const text = parts.filter(Boolean).join("; ");
  return text || undefined;
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { actorId?: string; action?: string; target?: string; from?: Date; to?: Date; page: number };

export type AuditPage =
  | { ok: true; rows: Prisma.AuditEventGetPayload<object>[]; page: number; hasNext: boolean }
  | { ok: false; message: string };

/** One page of the log, newest first, for admins. `target` matches a target's id, type or name. */
export async function listAudit(actor: Actor | null, filter: AuditFilter): Promise<AuditPage> {
  if (!canReadAudit(actor)) return { ok: false, message: "Only admins can read the audit log." };
  const where: Prisma.AuditEventWhereInput = {};
  // From the address: a NUL would fail the query.
  filter = { ...filter, actorId: filter.actorId && storable(filter.actorId), action: filter.action && storable(filter.action), target: filter.target && storable(filter.target) };
  if (filter.actorId === "scheduler" || filter.actorId === "import" || filter.actorId === "anonymous") {
    where.actorKind = filter.actorId === "scheduler" ? "system" : filter.actorId;
  } else if (filter.actorId) where.actorId = filter.actorId;
  if (filter.action) where.action = filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action;
  if (filter.target) {
    where.OR = [
      { targetId: filter.target },
      { targetType: filter.target },
      { targetLabel: { contains: filter.target, mode: "insensitive" } },
    ];
  }
  if (filter.from || filter.to) where.at = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) };
  const page = Math.max(1, filter.page);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { ok: true, rows: rows.slice(0, AUDIT_PAGE_SIZE), page, hasNext: rows.length > AUDIT_PAGE_SIZE };
}

/**
 * Deletes records older than AUDIT_RETENTION_DAYS, as the system. The trigger lets a delete through only
 * when the transaction names a cut-off date and only for rows before it; the purge records itself.
 */
export async function purgeAuditLog(actor: SystemActor, now = new Date(), days = env.AUDIT_RETENTION_DAYS): Promise<number> {
  if (!days || !isSystemActor(actor)) return 0;
  const before = new Date(now.getTime() - days * 86_400_000);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('ledger.audit_purge_before', ${before.toISOString()}, true)`;
    const removed = await tx.auditEvent.deleteMany({ where: { at: { lt: before } } });
    if (removed.count) {
      await recordAudit(tx, { actor, action: "audit.purge", summary: `${removed.count} record(s) older than ${days} days (before ${before.toISOString().slice(0, 10)})`, address: null });
    }
    return removed.count;
  });
}
