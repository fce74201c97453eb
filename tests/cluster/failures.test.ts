// The cluster when its parts fail under readers: an instance killed, Redis
// cut away and back, every instance down.
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisUrl } from "../helpers/redis";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { database, publishedStories, revalidateOn, startTestCluster, visibleAfter, type TestCluster } from "./helpers";

type Readers = { statusCodeStats: Record<string, { count: number }>; errors: number; timeouts: number; requests: { total: number } };

/** Readers through Varnish for `seconds`: the front page, sections, and stories no one has read yet (cache misses). */
function readers(url: string, paths: string[], seconds: number): Promise<Readers> {
  return autocannon({
    url,
    connections: 16,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  }) as unknown as Promise<Readers>;
}

const failures = (result: Readers) => ({
  "5xx": Object.entries(result.statusCodeStats).filter(([code]) => Number(code) >= 500).reduce((n, [, v]) => n + v.count, 0),
  errors: result.errors,
  timeouts: result.timeouts,
});

describe("the cluster when parts fail", () => {
  let cluster: TestCluster;
  let relay: TcpProxy;

  beforeAll(async () => {
    // Redis through a relay the test can cut.
    const target = new URL(redisUrl());
    relay = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const through = new URL(redisUrl());
    through.port = String(relay.port);
    cluster = await startTestCluster(3520, { REDIS_URL: through.href });
  });

  afterAll(async () => {
    await cluster?.close();
    await relay?.close();
  });

  it("serves every reader while an instance is killed mid-render", async () => {
    const stories = await publishedStories(300, 100);
    const paths = ["/", "/news", "/world", ...stories.map((s) => s.path)];
    const load = readers(cluster.url, paths, 8);
    await new Promise((r) => setTimeout(r, 2500));
    cluster.instances[0]!.child!.kill("SIGKILL");
    const result = await load;
    expect(result.requests.total).toBeGreaterThan(100);
    expect(failures(result)).toEqual({ "5xx": 0, errors: 0, timeouts: 0 });
    await cluster.startInstance(0);
  });

  it("keeps serving and publishing while Redis is cut away, and the shared cache catches up when it is back", async () => {
    // Stories 400 to 539: the last test needs 550 and 551 never to have been asked for.
    const stories = await publishedStories(140, 400);
    const [edited] = await publishedStories(1, 7);
    const page = edited!.path;
    // The story is in the shared cache before Redis goes.
    await fetch(cluster.instances[1]!.url + page);
    expect((await fetch(cluster.instances[1]!.url + page)).headers.get("x-nextjs-cache")).toBe("HIT");

    const load = readers(cluster.url, ["/", "/news", ...stories.map((s) => s.path)], 10);
    await new Promise((r) => setTimeout(r, 2000));
    await relay.cut();
    // An edit while Redis is away: the instances render from the database, Varnish is purged all the same.
    const headline = `Tide gauge readings restored ${Date.now()}`;
    const db = await database();
    await db.query(`UPDATE "Article" SET headline = $1 WHERE id = $2`, [headline, edited!.id]);
    await revalidateOn(cluster.instances[0]!.url, [`article:${edited!.id}`, `slug:${edited!.slug}`]);
    expect(await visibleAfter(cluster.url + page, headline, 3000)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 3000));
    await relay.restore();
    const result = await load;
    expect(failures(result)).toEqual({ "5xx": 0, errors: 0, timeouts: 0 });

    // Back: the copy kept in Redis before the edit is never served again, by either instance.
    await expect.poll(() => cluster.logs.some((line) => line.includes("shared cache (Redis) answering again")), { timeout: 10_000 }).toBe(true);
    for (const instance of cluster.instances) {
      const html = await (await fetch(instance.url + page)).text();
      expect(html, instance.name).toContain(headline);
    }
    // And tag expiry works across instances again.
    const later = `Tide gauge back online ${Date.now()}`;
    await db.query(`UPDATE "Article" SET headline = $1 WHERE id = $2`, [later, edited!.id]);
    await db.end();
    await revalidateOn(cluster.instances[0]!.url, [`article:${edited!.id}`]);
    expect(await visibleAfter(cluster.instances[1]!.url + page, later, 1000)).not.toBeNull();
    expect(cluster.logs.filter((line) => line.includes("shared cache (Redis) unreachable")).length).toBeLessThanOrEqual(cluster.instances.length);
  });

  it("serves what it keeps when every instance is down, and the 503 page for the rest", async () => {
    // Nobody has asked for these yet (the tests above read stories 7 and 100 to 539).
    const [kept, missing] = await publishedStories(2, 550);
    await fetch(cluster.url + kept!.path);
    expect((await fetch(cluster.url + kept!.path)).headers.get("x-cache")).toBe("HIT");
    await Promise.all(cluster.instances.map((i) => new Promise<void>((resolve) => {
      if (!i.child) return resolve();
      i.child.once("exit", () => resolve());
      i.child.kill("SIGTERM");
    })));

    const response = await fetch(cluster.url + missing!.path);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("We will be back in a moment");
    const api = await fetch(`${cluster.url}/api/views`, { method: "POST", body: "{}" });
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: expect.stringMatching(/temporarily unavailable/) });

    // Kept pages are served for as long as Varnish keeps them, past their lifetime, once it knows no instance is up.
    await new Promise((r) => setTimeout(r, 3000));
    const stale = await fetch(cluster.url + kept!.path);
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain(kept!.headline.slice(0, 30));
    const front = await fetch(`${cluster.url}/`);
    expect([front.status, front.headers.get("x-cache")]).toEqual([200, "HIT"]);
  });
});
