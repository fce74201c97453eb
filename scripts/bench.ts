// npm run bench [-- --articles 10000 --duration 10 --connections 32 --skip-build --cluster --keep-database]
// npm run bench -- --import [--posts 10000 --every-image 5]
//
// --import measures the WordPress importer instead (scripts/lib/bench-import.ts).
// --cluster measures `npm run cluster`'s topology instead (scripts/lib/bench-cluster.ts).
// --keep-database leaves the loaded database (ledger_bench, on PostgreSQL only) for the next run, which
// reuses it when it holds the articles asked for: loading 100,000 takes minutes.
//
// Builds the app, loads a dedicated database with synthetic articles, starts
// the production server and measures it over loopback with autocannon:
// requests/s and latency of a static file and the main pages, cache-miss
// render times, search latency, the server's peak memory and the JavaScript
// each page ships. Prints a table and writes bench-results/<time>.json.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { Client } from "pg";
import { benchCluster, peakRssMb, percentile } from "./lib/bench-cluster";
import { benchImport } from "./lib/bench-import";
import { migrationsDir, projectRoot } from "./lib/database";
import { applyMigrations, readMigrations } from "./lib/migrator";
import { build, freshDatabase, prepareContent, serverEnv, startServer, stopServer } from "./lib/server-under-test";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3300" },
    "skip-build": { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
    "keep-database": { type: "boolean", default: false },
    import: { type: "boolean", default: false },
    posts: { type: "string", default: "10000" },
    "every-image": { type: "string", default: "5" },
  },
});
const articles = Number(values.articles);
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const sampleFile = path.join(projectRoot, "public/bench-static-sample.html");

type Load = { name: string; path: string; rps: number; p50: number; p99: number; bytes: number; errors: number; non2xx: number };

async function load(name: string, urlPath: string | string[]): Promise<Load> {
  const paths = Array.isArray(urlPath) ? urlPath : [urlPath];
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: paths.map((p) => ({ method: "GET", path: p })),
    headers: { "accept-encoding": "gzip" },
  });
  return {
    name,
    path: paths.length > 1 ? `${paths[0]} (+${paths.length - 1} more)` : paths[0]!,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function jsBytes(urlPath: string) {
  const html = await (await fetch(base + urlPath)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let gzip = 0;
  for (const src of sources) gzip += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { scripts: sources.length, gzipBytes: gzip, inlineGzipBytes: gzipSync(Buffer.from(inline)).length };
}

/** The database an earlier run kept, when it holds at least `articles` synthetic articles. */
async function keptDatabase(name: string, articles: number): Promise<{ url: string; stop: () => Promise<void>; kind: string } | null> {
  if (!process.env.DATABASE_URL) return null;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.href });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Article" WHERE slug LIKE 'synthetic-%'`);
    if (rows[0].n < articles) {
      await client.end();
      return null;
    }
  } catch {
    await client.end().catch(() => {});
    return null;
  }
  try {
    // Migrations added since the database was loaded are applied, as `npm start` would. One that fails stops
    // the benchmark: falling back to a fresh database would drop the kept one.
    const { applied } = await applyMigrations(client, readMigrations(migrationsDir));
    if (applied.length) console.log(`Applied ${applied.length} newer migration(s) to the kept database.`);
    return { url: url.href, kind: "PostgreSQL", stop: async () => {} };
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (values.import) return benchImport({ posts: Number(values.posts), everyImage: Number(values["every-image"]) });
  const kept = values["keep-database"] ? await keptDatabase("ledger_bench", articles) : null;
  const db = kept ?? (await freshDatabase("ledger_bench", 54389));
  let server: ChildProcess | undefined;
  try {
    let loadSeconds = NaN;
    if (kept) console.log(`Reusing the database kept by an earlier run (${articles} synthetic articles or more).`);
    else {
      console.log(`Preparing a database with ${articles} synthetic articles…`);
      loadSeconds = await prepareContent(db.url, articles);
    }
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const sample = await client.query<{ section: string; slug: string }>(
      `SELECT s.slug AS section, a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.status = 'PUBLISHED' ORDER BY random() LIMIT 260`,
    );
    await client.end();

    const env = serverEnv(db.url, port);
    writeFileSync(sampleFile, "<!doctype html><title>placeholder</title>");
    if (!values["skip-build"]) build(env);
    if (values.cluster) {
      await benchCluster({ databaseUrl: db.url, articles, duration, connections, port, loadSeconds, kind: db.kind });
      return;
    }
    const urls = sample.rows.map((r) => `/${r.section}/${r.slug}`);
    const articlePath = urls[0]!;
    // The static file becomes a copy of a real article page (public files are read when the server
    // starts, so it restarts once); the first start also renders that article for the runs below.
    server = await startServer(env, port);
    const articleHtml = await (await fetch(base + articlePath)).text();
    const articleSize = articleHtml.length;
    writeFileSync(sampleFile, articleHtml);
    await stopServer(server);
    server = await startServer(env, port);
    const searchPath = "/search?q=harbour+council";
    for (const p of [articlePath, "/", "/news", searchPath, "/feed.xml", "/bench-static-sample.html"]) for (let i = 0; i < 3; i++) await fetch(base + p);

    // Cache misses, one at a time: 250 articles nobody has asked for yet. Each is timed by the server
    // (Server-Timing: arrival to response head, which for a page Next stores is the whole render) and
    // by this client (to the last byte, gunzipped). The first 50 after the start also pay for
    // compiling the render path, and are reported on their own; the 200 after them are the figure.
    const missesAfterStart = { server: [] as number[], client: [] as number[] };
    const misses = { server: [] as number[], client: [] as number[] };
    for (const [i, url] of urls.slice(10, 260).entries()) {
      const started = performance.now();
      const response = await fetch(base + url);
      await response.arrayBuffer();
      const into = i < 50 ? missesAfterStart : misses;
      into.client.push(performance.now() - started);
      const timing = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
      if (!timing) throw new Error(`${url} answered ${response.status} without Server-Timing`);
      into.server.push(Number(timing[1]));
    }
    for (const list of [misses.server, misses.client, missesAfterStart.server, missesAfterStart.client]) list.sort((a, b) => a - b);
    const summary = (sorted: number[]) => ({ median: +percentile(sorted, 50).toFixed(1), p95: +percentile(sorted, 95).toFixed(1), samples: sorted.length });

    // Search latency, sequential, varied queries.
    const words = ["harbour", "council budget", "flood warning", "museum", "rowing final", "\"treaty court\"", "solar -wind", "library", "ferry station", "climate"];
    const searches: number[] = [];
    for (let i = 0; i < 100; i++) {
      const started = performance.now();
      await (await fetch(`${base}/search?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}`)).arrayBuffer();
      searches.push(performance.now() - started);
    }
    searches.sort((a, b) => a - b);

    const loads: Load[] = [];
    loads.push(await load("static file", "/bench-static-sample.html"));
    loads.push(await load("article (warm)", articlePath));
    loads.push(await load("front page", "/"));
    loads.push(await load("section page", "/news"));
    loads.push(await load("search", words.map((w) => `/search?q=${encodeURIComponent(w)}`)));
    loads.push(await load("RSS feed", "/feed.xml"));
    const staticRps = loads[0]!.rps;

    const js = { article: await jsBytes(articlePath), front: await jsBytes("/"), blank: await jsBytes("/blank") };
    const rssMb = peakRssMb(server.pid!);
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      config: { articles, duration, connections, database: db.kind, articleHtmlBytes: articleSize },
      bulkLoadSeconds: loadSeconds,
      loads: loads.map((l) => ({ ...l, ratioToStatic: +(l.rps / staticRps).toFixed(2) })),
      cacheMissRenderMs: {
        server: summary(misses.server),
        client: summary(misses.client),
        firstAfterStart: { server: summary(missesAfterStart.server), client: summary(missesAfterStart.client) },
      },
      searchMs: summary(searches),
      serverPeakRssMb: rssMb,
      javascriptGzipBytes: js,
    };

    console.log(`\nThe Ledger benchmark: ${articles} articles, ${connections} connections, ${duration} s each, ${result.config.database}`);
    console.log("page                 req/s     p50 ms   p99 ms   bytes    errors  vs static");
    for (const l of result.loads) {
      console.log(`${l.name.padEnd(20)} ${String(l.rps).padStart(7)} ${String(l.p50).padStart(9)} ${String(l.p99).padStart(8)} ${String(l.bytes).padStart(8)} ${String(l.errors + l.non2xx).padStart(8)}   ${l.ratioToStatic}`);
    }
    const miss = result.cacheMissRenderMs;
    console.log(`cache-miss article render, ${miss.server.samples} articles: median ${miss.server.median} ms, p95 ${miss.server.p95} ms at the server (client: ${miss.client.median}, p95 ${miss.client.p95})`);
    console.log(`  the ${miss.firstAfterStart.server.samples} before them, first after the start: median ${miss.firstAfterStart.server.median} ms, p95 ${miss.firstAfterStart.server.p95} ms at the server (client: ${miss.firstAfterStart.client.median}, p95 ${miss.firstAfterStart.client.p95})`);
    console.log(`search: median ${result.searchMs.median} ms, p95 ${result.searchMs.p95} ms`);
    console.log(`server peak RSS: ${rssMb} MB`);
    console.log(`JS gzip: article ${js.article.gzipBytes} B, front ${js.front.gzipBytes} B, blank page ${js.blank.gzipBytes} B (article − blank = ${js.article.gzipBytes - js.blank.gzipBytes} B)`);
    console.log(`bulk load of ${articles} articles: ${loadSeconds.toFixed(1)} s`);
    const dir = path.join(projectRoot, "bench-results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${result.date.replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`written to ${path.relative(projectRoot, file)}`);
  } finally {
    await stopServer(server);
    rmSync(sampleFile, { force: true });
    if (!values["keep-database"]) await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  rmSync(sampleFile, { force: true });
  process.exit(1);
});
