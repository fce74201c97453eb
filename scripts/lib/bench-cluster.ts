// npm run bench -- --cluster: the production topology measured from outside.
//
// - Cache-miss article renders, one instance with the single-process memory
//   store and one with the Redis handler, side by side (misses alternate
//   between them in runs of 25), timed by the server (Server-Timing).
// - The same article page through Varnish and from disk through nginx
//   (gzip_static, the same gzip bytes), with wrk: browsers' Accept-Encoding:
//   gzip, 32 connections.
// - Edit to visible: an editor's change, expired on the first instance, timed
//   until it shows through Varnish and on each instance.
// - Each instance's peak memory.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Client } from "pg";
import { createClient } from "redis";
import { startCluster } from "./cluster";
import { projectRoot } from "./database";
import { REVALIDATE_SECRET, serverEnv, startServer, stopServer } from "./server-under-test";

type Wrk = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function peakRssMb(pid: number): number {
  try {
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}

/** Cache misses are timed in runs of this many on one instance, then as many on the other. */
const MISS_RUN = 25;

function need(command: string, packages: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`${command} was not found: the cluster benchmark needs ${packages} (apt-get install -y ${packages}).`);
  }
}

const ms = (value: string, unit: string) => Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);

/** wrk against one URL with browsers' Accept-Encoding. */
function wrk(url: string, seconds: number, connections: number): Wrk {
  const out = execFileSync(need("wrk", "wrk"), ["-t", "2", "-c", String(connections), "-d", `${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url], { encoding: "utf8" });
  const latency = (p: string) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    return m ? +ms(m[1]!, m[2]!).toFixed(2) : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)),
    p50: latency("50"),
    p99: latency("99"),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
  };
}

/** nginx serving `files` from a folder of its own on `port`, with gzip_static. */
function startNginx(dir: string, port: number): ChildProcess {
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    gzip_static on;
    etag on;
  }
}
`,
  );
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  return spawn(need("nginx", "nginx"), ["-c", conf], { stdio: "ignore" });
}

/** fetch, once more if a kept-alive connection was closed by the other side just as it was reused. */
async function get(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function until(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function serverTiming(url: string): Promise<number> {
  const response = await get(url, { headers: { "accept-encoding": "gzip" } });
  await response.arrayBuffer();
  const timing = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  if (response.status !== 200 || !timing) throw new Error(`${url} answered ${response.status} without Server-Timing`);
  return Number(timing[1]);
}

export async function benchCluster(options: { databaseUrl: string; articles: number; duration: number; connections: number; port: number; loadSeconds: number; kind: string }): Promise<void> {
  need("varnishd", "varnish varnish-modules");
  need("wrk", "wrk");
  need("nginx", "nginx");
  const { databaseUrl, port } = options;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const sample = (await client.query<{ id: string; path: string }>(
    `SELECT a.id, '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.status = 'PUBLISHED' ORDER BY random() LIMIT 560`,
  )).rows;
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const prefix = `ledger-bench-${Date.now().toString(36)}`;
  const env = serverEnv(databaseUrl, port);

  // 1. Cache misses: memory store and Redis handler side by side, 250 articles each, in alternating runs of 25.
  // Alternating at every request measured the two cores' caches more than the render: each process found
  // what the other had just evicted, and both medians rose by about 3 ms.
  const memory = await startServer({ ...env, PORT: String(port + 11) }, port + 11);
  const shared = await startServer({ ...env, PORT: String(port + 12), REDIS_URL: redisUrl, REDIS_PREFIX: prefix }, port + 12);
  const misses = { memory: [] as number[], redis: [] as number[] };
  try {
    for (const [i, story] of sample.slice(0, 500).entries()) {
      const run = Math.floor(i / MISS_RUN);
      const target = run % 2 === 0 ? { list: misses.memory, port: port + 11 } : { list: misses.redis, port: port + 12 };
      const timing = await serverTiming(`http://127.0.0.1:${target.port}${story.path}`);
      // Each instance's first run pays for compiling the render path.
      if (run >= 2) target.list.push(timing);
    }
  } finally {
    await stopServer(memory);
    await stopServer(shared);
  }
  for (const list of Object.values(misses)) list.sort((a, b) => a - b);

  // 2. The cluster.
  const cluster = await startCluster({ port, instances: 2, env: { ...env, REDIS_URL: redisUrl, REDIS_PREFIX: prefix }, onLog: () => {} });
  const work = mkdtempSync(path.join(os.tmpdir(), "ledger-bench-nginx-"));
  // nginx's workers drop to an unprivileged user, who must be able to read the page.
  chmodSync(work, 0o755);
  let nginx: ChildProcess | undefined;
  try {
    const article = sample[500]!.path;
    for (let i = 0; i < 3; i++) await (await get(cluster.url + article)).arrayBuffer();
    const html = await (await get(cluster.url + article)).text();
    mkdirSync(path.join(work, "www"), { recursive: true });
    writeFileSync(path.join(work, "www/article.html"), html);
    writeFileSync(path.join(work, "www/article.html.gz"), gzipSync(html));
    nginx = startNginx(work, port + 50);
    await until(`http://127.0.0.1:${port + 50}/article.html`);
    for (const p of ["/", "/news"]) for (let i = 0; i < 3; i++) await (await get(cluster.url + p)).arrayBuffer();

    // Three rounds, the targets taking turns, so that a slow moment of this shared host does not fall on one
    // of them alone; each figure is the median of its three runs.
    const targets = {
      nginx: `http://127.0.0.1:${port + 50}/article.html`,
      article: cluster.url + article,
      front: `${cluster.url}/`,
      section: `${cluster.url}/news`,
    };
    const runs: Record<keyof typeof targets, Wrk[]> = { nginx: [], article: [], front: [], section: [] };
    for (const url of Object.values(targets)) wrk(url, 2, options.connections);
    for (let round = 0; round < 3; round++) for (const [name, url] of Object.entries(targets)) runs[name as keyof typeof targets].push(wrk(url, options.duration, options.connections));
    const median = (list: Wrk[], field: "rps" | "p50" | "p99") => [...list].sort((a, b) => a[field] - b[field])[1]![field];
    const loads = Object.fromEntries(
      Object.entries(runs).map(([name, list]) => [name, { rps: median(list, "rps"), p50: median(list, "p50"), p99: median(list, "p99"), non2xx: list.reduce((n, l) => n + l.non2xx, 0), errors: list.reduce((n, l) => n + l.errors, 0), runs: list.map((l) => l.rps) }]),
    ) as Record<keyof typeof targets, Wrk & { runs: number[] }>;

    // 3. Edit to visible: 30 changes to stories readers have open, each expired on the first instance.
    const visible = { varnish: [] as number[], app1: [] as number[], app2: [] as number[] };
    const stamp = Date.now().toString(36);
    for (const [i, story] of sample.slice(510, 540).entries()) {
      for (const url of [cluster.url, ...cluster.instances.map((x) => x.url)]) await (await get(url + story.path)).arrayBuffer();
      const headline = `Benchmark edit ${stamp} ${i}`;
      await client.query(`UPDATE "Article" SET headline = $1, version = version + 1 WHERE id = $2`, [headline, story.id]);
      const response = await get(`${cluster.instances[0]!.url}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${REVALIDATE_SECRET}` },
        body: JSON.stringify({ tags: [`article:${story.id}`] }),
      });
      if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
      const started = performance.now();
      await Promise.all(
        ([["varnish", cluster.url], ["app1", cluster.instances[0]!.url], ["app2", cluster.instances[1]!.url]] as const).map(async ([name, url]) => {
          while (performance.now() - started < 10_000) {
            if ((await (await get(url + story.path)).text()).includes(headline)) return void visible[name].push(performance.now() - started);
            await new Promise((r) => setTimeout(r, 5));
          }
          throw new Error(`edit ${i} not visible on ${name} within 10 s`);
        }),
      );
    }
    for (const list of Object.values(visible)) list.sort((a, b) => a - b);
    const rss = cluster.instances.map((x) => (x.child?.pid ? peakRssMb(x.child.pid) : NaN));

    const summary = (sorted: number[]) => ({ median: +percentile(sorted, 50).toFixed(1), p95: +percentile(sorted, 95).toFixed(1), p99: +percentile(sorted, 99).toFixed(1), samples: sorted.length });
    const result = {
      date: new Date().toISOString(),
      topology: "Varnish in front of 2 instances, Redis, PostgreSQL",
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      config: { articles: options.articles, duration: options.duration, connections: options.connections, database: options.kind, articleHtmlBytes: html.length, articleGzipBytes: gzipSync(html).length },
      bulkLoadSeconds: options.loadSeconds,
      loads: Object.fromEntries(Object.entries(loads).map(([name, l]) => [name, { ...l, ratioToNginx: +(l.rps / loads.nginx.rps).toFixed(2) }])),
      cacheMissRenderMsAtServer: { memoryStore: summary(misses.memory), redisHandler: summary(misses.redis), redisAddedMedianMs: +(percentile(misses.redis, 50) - percentile(misses.memory, 50)).toFixed(1) },
      editToVisibleMs: { varnish: summary(visible.varnish), app1: summary(visible.app1), app2: summary(visible.app2) },
      instancePeakRssMb: rss,
    };

    console.log(`\nThe Ledger cluster benchmark: ${options.articles} articles, ${options.connections} connections, 3 × ${options.duration} s each (medians), Accept-Encoding: gzip`);
    console.log("page                        req/s    p50 ms   p99 ms  non-2xx  errors  vs nginx");
    for (const [name, l] of Object.entries(result.loads)) {
      const label = name === "nginx" ? "article, nginx from disk" : `${name}, through Varnish`;
      console.log(`${label.padEnd(26)} ${String(l.rps).padStart(7)} ${String(l.p50).padStart(9)} ${String(l.p99).padStart(8)} ${String(l.non2xx).padStart(8)} ${String(l.errors).padStart(7)}   ${l.ratioToNginx}`);
    }
    const m = result.cacheMissRenderMsAtServer;
    console.log(`cache-miss article render at the server, median (p95): memory store ${m.memoryStore.median} (${m.memoryStore.p95}) ms, Redis handler ${m.redisHandler.median} (${m.redisHandler.p95}) ms; the handler adds ${m.redisAddedMedianMs} ms`);
    const v = result.editToVisibleMs;
    console.log(`edit to visible, p50 / p99: Varnish ${v.varnish.median} / ${v.varnish.p99} ms, app1 ${v.app1.median} / ${v.app1.p99} ms, app2 ${v.app2.median} / ${v.app2.p99} ms`);
    console.log(`instance peak RSS: ${rss.join(" MB, ")} MB`);
    const dir = path.join(projectRoot, "bench-results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-cluster-${result.date.replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`written to ${path.relative(projectRoot, file)}`);
  } finally {
    nginx?.kill("SIGTERM");
    await cluster.stop();
    await client.end();
    rmSync(work, { recursive: true, force: true });
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) if (keys.length) await redis.del(keys);
    await redis.close();
  }
}
