import "server-only";
// Who else has a story open in the editor. Each open tab sends a heartbeat
// (every PRESENCE.heartbeatMs) and a last one when it closes; a tab whose
// heartbeats stop (a crash, a lost connection) counts as gone after
// PRESENCE.staleMs. Kept in the database, which every instance shares.
// Editing stays optimistic: presence warns, the version check decides.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { presenceInput } from "@/lib/validation/presence";
import { articleAccess, canArticle, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";

export const PRESENCE = { heartbeatMs: 5_000, staleMs: 30_000 } as const;

export type Editing = { name: string; since: string; self: boolean; tookOverAt: string | null };
export type PresenceResult =
  | { ok: true; others: Editing[]; takenOverBy: { name: string; at: string } | null }
  | { ok: false; status: 400 | 401 | 403 | 404; message: string };

export async function heartbeat(actor: Actor | null, input: unknown, now = new Date()): Promise<PresenceResult> {
  if (!actor) return { ok: false, status: 401, message: "You are signed out. Sign in again." };
  const parsed = presenceInput.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: z.prettifyError(parsed.error) };
  const { articleId, tabId, leave, takeOver } = parsed.data;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { headline: true, createdById: true, status: true, authors: { select: { author: { select: { userId: true } } } } },
  });
  if (!article) return { ok: false, status: 404, message: "This story no longer exists." };
  if (!canArticle(actor, "edit", articleAccess(article))) return { ok: false, status: 403, message: "You don't have access to this story." };

  if (leave) {
    await db.editingPresence.deleteMany({ where: { tabId, userId: actor.id } });
    return { ok: true, others: [], takenOverBy: null };
  }
  const fresh = new Date(now.getTime() - PRESENCE.staleMs);
  const others = await nullWhenStoryDeleted(db.$transaction(async (tx) => {
    const mark = takeOver ? { tookOverAt: now } : {};
    // Only the tab's own person refreshes its row: a tab id sent by someone else changes nothing.
    const refreshed = await tx.editingPresence.updateMany({ where: { tabId, userId: actor.id, articleId }, data: { seenAt: now, ...mark } });
    if (refreshed.count === 0) {
      await tx.editingPresence.createMany({ data: [{ tabId, articleId, userId: actor.id, since: now, seenAt: now, ...mark }], skipDuplicates: true });
    }
    await tx.editingPresence.deleteMany({ where: { articleId, seenAt: { lt: fresh } } });
    const rows = await tx.editingPresence.findMany({
      where: { articleId, seenAt: { gte: fresh } },
      orderBy: { since: "asc" },
      select: { tabId: true, userId: true, since: true, tookOverAt: true, user: { select: { name: true } } },
    });
    if (takeOver) {
      const from = [...new Set(rows.filter((r) => r.userId !== actor.id).map((r) => r.user.name))];
      await recordAudit(tx, {
        actor,
        action: "article.take-over",
        targetType: "article",
        targetId: articleId,
        targetLabel: article.headline || "Untitled draft",
        summary: from.length ? `from ${from.join(", ")}` : "no one else had it open",
      });
    }
    return rows;
  }));
  if (!others) return { ok: false, status: 404, message: "This story no longer exists." };
  const isMine = (r: { tabId: string; userId: string }) => r.tabId === tabId && r.userId === actor.id;
  const mine = others.find(isMine);
  // The newest take-over by another tab after this one opened (or took over itself) is news to this tab.
  const started = Math.max(mine?.since.getTime() ?? 0, mine?.tookOverAt?.getTime() ?? 0);
  const taker = others
    .filter((r) => !isMine(r) && r.tookOverAt && r.tookOverAt.getTime() > started)
    .sort((a, b) => b.tookOverAt!.getTime() - a.tookOverAt!.getTime())[0];
  return {
    ok: true,
    others: others
      .filter((r) => !isMine(r))
      .map((r) => ({ name: r.user.name, since: r.since.toISOString(), self: r.userId === actor.id, tookOverAt: r.tookOverAt?.toISOString() ?? null })),
    takenOverBy: taker ? { name: taker.user.name, at: taker.tookOverAt!.toISOString() } : null,
  };
}

/** Null when the story was deleted between the look-up and the write (the row's foreign key refuses it). */
function nullWhenStoryDeleted<T>(write: Promise<T>): Promise<T | null> {
  return write.catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") return null;
    throw error;
  });
}
