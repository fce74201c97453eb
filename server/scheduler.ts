import "server-only";
// Publishes scheduled articles when their time comes, and takes live ones
// down when the time an editor set for that comes, inside the server
// process, with no one visiting the site. Several server processes may run
// it: FOR UPDATE SKIP LOCKED hands each due article to exactly one of them.
import { pruneThrottle } from "@/server/auth/throttle";
import { revalidateOverLoopback } from "@/server/revalidate";
import { schedulerActor } from "@/server/auth/policies";
import { log } from "@/server/log";
import { publishScheduledArticles, unpublishDueArticles as unpublishDue } from "@/server/services/articles";
import { purgeAuditLog } from "@/server/services/audit";

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 10_000);

/** Publishes every article whose scheduled time has passed, through the articles service as the system; returns the cache tags to refresh. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  const result = await publishScheduledArticles(schedulerActor, now);
  if (!result.ok) throw new Error(result.message);
  return result.tags;
}

/** Takes down every live story whose take-down time has passed, as the system; returns the cache tags to refresh. */
export async function unpublishDueArticles(now = new Date()): Promise<string[]> {
  const result = await unpublishDue(schedulerActor, now);
  if (!result.ok) throw new Error(result.message);
  return result.tags;
}

export function startScheduler(): void {
  const g = globalThis as unknown as { __scheduler?: NodeJS.Timeout };
  if (g.__scheduler) return;
  let running = false;
  let lastPrune = 0;
  // Tags whose refresh failed are kept and sent again on the next run.
  const unrefreshed = new Set<string>();
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const tag of await publishDueArticles()) unrefreshed.add(tag);
      // The same expiry and purge as the editor's Unpublish button: every page that showed the story.
      for (const tag of await unpublishDueArticles()) unrefreshed.add(tag);
      if (unrefreshed.size) {
        const tags = [...unrefreshed];
        await revalidateOverLoopback(tags);
        tags.forEach((tag) => unrefreshed.delete(tag));
        log.info({ tags: tags.length }, "scheduler: refreshed cache tags after publishing or unpublishing");
      }
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await pruneThrottle();
        const purged = await purgeAuditLog(schedulerActor);
        if (purged) log.info({ purged }, "scheduler: removed audit records past their retention");
      }
    } catch (error) {
      log.error({ err: error }, "scheduler: run failed; will retry");
    } finally {
      running = false;
    }
  };
  g.__scheduler = setInterval(tick, INTERVAL_MS);
  g.__scheduler.unref();
}
