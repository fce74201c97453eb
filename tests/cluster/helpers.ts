// A cluster for one test file: Varnish on `port`, two instances behind it, a
// Redis key prefix of its own, every log line kept for the assertions.
import { Client } from "pg";
import { inject } from "vitest";
import { startCluster, type Cluster } from "../../scripts/lib/cluster";
import { REVALIDATE_SECRET, serverEnv } from "../../scripts/lib/server-under-test";
import { dropKeys, redisUrl, uniquePrefix } from "../helpers/redis";

export type TestCluster = Cluster & { logs: string[]; prefix: string; close(): Promise<void> };

export async function startTestCluster(port: number, env: Record<string, string> = {}): Promise<TestCluster> {
  const prefix = uniquePrefix(`cluster-${port}`);
  const logs: string[] = [];
  const cluster = await startCluster({
    port,
    instances: 2,
    env: { ...serverEnv(inject("clusterDatabaseUrl"), port), REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, PG_POOL_MAX: "4", ...env },
    onLog: (instance, line) => logs.push(`${instance} ${line}`),
  });
  return {
    ...cluster,
    logs,
    prefix,
    async close() {
      await cluster.stop();
      await dropKeys(prefix);
    },
  };
}

export async function database(): Promise<Client> {
  const client = new Client({ connectionString: inject("clusterDatabaseUrl") });
  await client.connect();
  return client;
}

/** Expires tags the way the scheduler and scripts do: POST /api/revalidate on one instance. */
export async function revalidateOn(instanceUrl: string, tags: string[]): Promise<void> {
  const response = await fetch(`${instanceUrl}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${REVALIDATE_SECRET}` },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

/** Milliseconds until `url` shows `text` (polled every 20 ms), or null when it did not within `limitMs`. */
export async function visibleAfter(url: string, text: string, limitMs: number, init?: RequestInit): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const response = await fetch(url, init);
    if (response.status === 200 && (await response.text()).includes(text)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

/** Published stories with their page paths, oldest first (the ones least likely to be in any cache yet). */
export async function publishedStories(limit: number, offset = 0): Promise<{ id: string; slug: string; path: string; headline: string }[]> {
  const client = await database();
  try {
    const { rows } = await client.query(
      `SELECT a.id, a.slug, '/' || s.slug || '/' || a.slug AS path, a.headline FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
        WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" ASC OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
    return rows;
  } finally {
    await client.end();
  }
}
