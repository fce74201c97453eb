import "server-only";
// Publishes scheduled articles when their time comes, inside the server
// process, with no one visiting the site. Several server processes may run
// it: FOR UPDATE SKIP LOCKED hands each due article to exactly one of them.
import { db } from "@/server/db";
import { tagsForArticleChange } from "@/server/cache-tags";
import { pruneThrottle } from "@/server/auth/throttle";
import { log } from "@/server/log";

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 10_000);

/** Publishes every article whose scheduled time has passed; returns the cache tags to refresh. */
export async function publishDueArticles(now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Article" WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now}
      ORDER BY "scheduledAt" LIMIT 50 FOR UPDATE SKIP LOCKED`;
    const changed: string[] = [];
    for (const { id } of due) {
      const article = await tx.article.update({
        where: { id },
        data: { status: "PUBLISHED", version: { increment: 1 } },
        select: {
          id: true, slug: true, status: true, version: true, scheduledAt: true, firstPublishedAt: true, headline: true, standfirst: true, body: true,
          section: { select: { slug: true } }, tags: { select: { tag: { select: { slug: true } } } }, authors: { select: { author: { select: { slug: true } } } },
        },
      });
      // The story's time is the time it was scheduled for.
      await tx.article.update({ where: { id }, data: { publishedAt: article.scheduledAt, firstPublishedAt: article.firstPublishedAt ?? article.scheduledAt } });
      await tx.revision.create({
        data: { articleId: id, version: article.version, kind: "publish", snapshot: { headline: article.headline, standfirst: article.standfirst, body: article.body ?? {}, slug: article.slug, scheduled: true } },
      });
      changed.push(
        ...tagsForArticleChange(null, {
          id, slug: article.slug, status: article.status, section: article.section?.slug ?? null,
          tags: article.tags.map((t) => t.tag.slug), authors: article.authors.map((a) => a.author.slug),
        }),
      );
    }
    return [...new Set(changed)];
  });
}

/** Asks this server, over loopback, to expire the tags (revalidation needs a request context). */
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
