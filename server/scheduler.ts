import "server-only";
// Publishes scheduled articles when their time comes, inside the server
// process, with no one visiting the site. Several server processes may run
// it: FOR UPDATE SKIP LOCKED hands each due article to exactly one of them.
import { pruneThrottle } from "@/server/auth/throttle";
import { schedulerActor } from "@/server/auth/policies";
import { log } from "@/server/log";
import { publishScheduledArticles } from "@/server/services/articles";
import { purgeAuditLog } from "@/server/services/audit";

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 10_000);

/** Publishes every article whose scheduled time has passed, through the articles service as the system; returns the cache tags to refresh. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  const result = await publishScheduledArticles(schedulerActor, now);
  if (!result.ok) throw new Error(result.message);
  return result.tags;
}

/**
 * Asks this server, over loopback, to expire the tags (revalidation needs a request context). The route
 * expires them through Next's cache handlers, which record the expiry in the store every instance reads
 * and purge Varnish, so what this instance publishes is fresh on all of them.
 */
async function revalidate(tags: string[]): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET;
  if (tags.length === 0) return;
  if (!secret) throw new Error("REVALIDATE_SECRET is not set: published stories will not show until caches expire");
  const base = process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const response = await fetch(`${base}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
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
      if (unrefreshed.size) {
        const tags = [...unrefreshed];
        await revalidate(tags);
        tags.forEach((tag) => unrefreshed.delete(tag));
        log.info({ tags: tags.length }, "scheduler: refreshed cache tags after publishing");
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
