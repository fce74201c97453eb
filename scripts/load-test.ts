// npm run test:load [-- --duration 60 --connections 64 --skip-build --cluster]
//
// Readers hammer article, front and section pages while an editor publishes
// 50 stories and edits 50 through the admin's write path (the article service
// the server action calls, then the same cache tags it refreshes). Passes
// when no reader got a 5xx, every write succeeded, every change was on its
// page within 1 s of the write returning, and all 100 are in the database.
//
// --cluster: the same against `npm run cluster`'s topology (Varnish in front
// of two instances sharing Redis): readers and checks go through Varnish, the
// editor's changes are expired on the first instance.
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Client } from "pg";
import { startCluster } from "./lib/cluster";
import { build, freshDatabase, prepareContent, REVALIDATE_SECRET, serverEnv, startServer, stopServer } from "./lib/server-under-test";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    port: { type: "string", default: "3310" },
    "skip-build": { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const WRITES = 50;
const VISIBLE_WITHIN_MS = 1000;

async function visibleWithin(url: string, text: string, limitMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs * 3) {
    const response = await fetch(base + url, { headers: { "accept-encoding": "gzip" } });
    if (response.status === 200 && (await response.text()).includes(text)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

async function main() {
  const db = await freshDatabase("ledger_load", 54399);
  let stop = async () => {};
  const failures: string[] = [];
  try {
    await prepareContent(db.url, 2000);
    const env = serverEnv(db.url, port);
    // This process writes through the app's own modules: point them at the same database first.
    Object.assign(process.env, { DATABASE_URL: db.url, REVALIDATE_SECRET, PG_POOL_MAX: "4" });
    if (!values["skip-build"]) build(env);
    // Where tags are expired: the server itself, or the first instance of the cluster (which purges Varnish).
    let writer = base;
    if (values.cluster) {
      const prefix = `ledger-load-${Date.now().toString(36)}`;
      const cluster = await startCluster({ port, instances: 2, env: { ...env, REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", REDIS_PREFIX: prefix }, onLog: () => {} });
      writer = cluster.instances[0]!.url;
      stop = () => cluster.stop();
      console.log(`Cluster: Varnish on ${base}, instances on ${cluster.instances.map((i) => i.port).join(" and ")}.`);
    } else {
      const server: ChildProcess = await startServer(env, port);
      stop = () => stopServer(server);
    }

    const { articleInput } = await import("@/lib/validation/article");
    const { saveArticle } = await import("@/server/services/articles");
    const { getArticleFormValues } = await import("@/server/data/admin-articles");
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const admin = (await client.query(`SELECT id, name, email FROM "user" WHERE role = 'admin' ORDER BY "createdAt" LIMIT 1`)).rows[0];
    const news = (await client.query(`SELECT id FROM "Section" WHERE slug = 'news'`)).rows[0].id as string;
    const reading = (await client.query(`SELECT a.id, a.slug, s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" DESC LIMIT 120`)).rows as { id: string; slug: string; section: string }[];
    const actor = { id: admin.id, name: admin.name, email: admin.email, role: "admin" as const };
    const revalidate = async (tags: string[]) => {
      const response = await fetch(`${writer}/api/revalidate`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${REVALIDATE_SECRET}` }, body: JSON.stringify({ tags }) });
      if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
    };
    // Warm the pages readers will load.
    for (const a of reading.slice(0, 60)) await (await fetch(`${base}/${a.section}/${a.slug}`, { headers: { "accept-encoding": "gzip" } })).arrayBuffer();
    // And the write path under load, a few times, as on a server that has been up for a while: the
    // first stories rendered after a start pay for loading code, JIT compilation and empty data caches.
    const readerRequests = [...reading.slice(0, 60).map((a) => `/${a.section}/${a.slug}`), "/", "/news"].map((path) => ({ method: "GET" as const, path }));
    // The readers run on a thread of their own (autocannon's workers): in the editor's thread, parsing
    // their responses delayed the checks below by up to a few hundred milliseconds under load, time
    // that was the client's, not the server's.
    // Browsers ask for gzip: a cache that keeps gzip and is asked for plain bytes would unpack every answer.
    const headers = { "accept-encoding": "gzip" };
    const warmupReaders = autocannon({ url: base, connections, duration: 8, requests: readerRequests, workers: 1, headers });
    for (let i = 0; i < 5; i++) {
      const warm = await saveArticle(actor, articleInput.parse({ headline: `Warm-up story ${i}`, slug: `warm-up-${Date.now().toString(36)}-${i}`, body: JSON.stringify({ type: "doc", content: [] }), sectionId: news, intent: "publish" }));
      if (!warm.ok) continue;
      await revalidate(warm.tags);
      await fetch(`${base}/news/${warm.slug}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    await warmupReaders;

    console.log(`Readers: ${connections} connections for ${duration} s; editor: ${WRITES} publishes and ${WRITES} edits meanwhile.`);
    const readers = autocannon({
      url: base,
      connections,
      duration,
      requests: readerRequests,
      workers: 1,
      headers,
    });

    const latencies: number[] = [];
    const byKind: Record<"publish" | "edit", number[]> = { publish: [], edit: [] };
    const stamp = Date.now().toString(36);
    const pause = Math.max(50, ((duration - 5) * 1000) / (WRITES * 2));
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Written during the load test." }] }] });
    for (let i = 0; i < WRITES; i++) {
      // Publish a new story.
      const headline = `Load story ${stamp} number ${i}`;
      const created = await saveArticle(actor, articleInput.parse({ headline, slug: `load-${stamp}-${i}`, body, sectionId: news, intent: "publish" }));
      if (!created.ok) {
        failures.push(`publish ${i}: ${created.message}`);
      } else {
        await revalidate(created.tags);
        const seen = await visibleWithin(`/news/${created.slug}`, headline, VISIBLE_WITHIN_MS);
        if (seen === null || seen > VISIBLE_WITHIN_MS) failures.push(`publish ${i} not visible within 1 s (${seen === null ? "never" : `${Math.round(seen)} ms`})`);
        if (seen !== null) {
          latencies.push(seen);
          byKind.publish.push(seen);
        }
      }
      await new Promise((r) => setTimeout(r, pause));

      // Edit a story readers are reading.
      const target = reading[i]!;
      // What the editor form would send: every current field, with a new headline.
      const current = (await getArticleFormValues(target.id))!;
      const edited = `Edited ${stamp} headline ${i}`;
      const fields = Object.fromEntries(Object.entries({ ...current, headline: edited, intent: "publish", body: JSON.stringify(current.body) }).filter(([, v]) => v !== null));
      const changed = await saveArticle(actor, articleInput.parse(fields));
      if (!changed.ok) {
        failures.push(`edit ${i}: ${changed.message}`);
      } else {
        await revalidate(changed.tags);
        const seen = await visibleWithin(`/${target.section}/${target.slug}`, edited, VISIBLE_WITHIN_MS);
        if (seen === null || seen > VISIBLE_WITHIN_MS) failures.push(`edit ${i} not visible within 1 s (${seen === null ? "never" : `${Math.round(seen)} ms`})`);
        if (seen !== null) {
          latencies.push(seen);
          byKind.edit.push(seen);
        }
      }
      await new Promise((r) => setTimeout(r, pause));
    }

    const result = await readers;
    const serverErrors = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => Number(code) >= 500).reduce((n, [, v]) => n + (v as { count: number }).count, 0);
    if (serverErrors > 0) failures.push(`${serverErrors} reader request(s) got a 5xx`);
    if (result.errors > 0) failures.push(`${result.errors} reader request(s) failed to connect or timed out`);
    const published = Number((await client.query(`SELECT count(*) FROM "Article" WHERE slug LIKE $1 AND status = 'PUBLISHED'`, [`load-${stamp}-%`])).rows[0].count);
    const editedRows = Number((await client.query(`SELECT count(*) FROM "Article" WHERE headline LIKE $1`, [`Edited ${stamp} headline %`])).rows[0].count);
    if (published !== WRITES) failures.push(`${published} of ${WRITES} published stories in the database`);
    if (editedRows !== WRITES) failures.push(`${editedRows} of ${WRITES} edits in the database`);
    await client.end();

    const at = (p: number, list = latencies) => {
      const sorted = [...list].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN);
    };
    console.log(`readers: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, 5xx ${serverErrors}, errors ${result.errors}`);
    console.log(`changes visible after the write returned: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1 - 1e-9)} ms`);
    for (const kind of ["publish", "edit"] as const) console.log(`  ${kind}: median ${at(0.5, byKind[kind])} ms, p95 ${at(0.95, byKind[kind])} ms, max ${at(1 - 1e-9, byKind[kind])} ms`);
    console.log(`database: ${published}/${WRITES} published, ${editedRows}/${WRITES} edited`);
    for (const failure of failures) console.log(`FAIL ${failure}`);
    const checks = 4;
    const failed = new Set(failures.map((f) => (f.includes("5xx") || f.includes("connect") ? "readers" : f.includes("database") ? "database" : f.includes("visible") ? "visible" : "writes"))).size;
    console.log(`load: ${checks - failed} passed, ${failed} failed`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await stop();
    // The app's own client (the writes went through it) lets go before the database is dropped.
    if (process.env.DATABASE_URL === db.url) await (await import("@/server/db")).db.$disconnect();
    await db.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
