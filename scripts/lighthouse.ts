// npm run lighthouse: Lighthouse's four scores for the reader pages, on phones and desktops, against a
// production build serving the demo content, in the Chromium the browser tests use. Each page is
// measured `--runs` times (3 by default) in a fresh browser and the median run is reported, as
// Lighthouse's own guidance suggests for its variable performance score. Writes
// bench-results/lighthouse.json; not part of `npm test` (it takes minutes).
//
//   npm run lighthouse [-- --runs 3] [--skip-build] [--port 3400]
//   npm run lighthouse -- --base https://example.org   (an instance already running, nothing started)
//   npm run lighthouse -- --only mobile --pages article,search   (some of the eight measures; "blank" adds an empty page)
// The median run's full report of each measure is kept beside it, in bench-results/lighthouse/.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type RunnerResult } from "lighthouse";
import { projectRoot } from "./lib/database";
import { build, freshDatabase, prepareContent, serverEnv, startServer, stopServer } from "./lib/server-under-test";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3400" },
    "skip-build": { type: "boolean", default: false },
    base: { type: "string" },
    only: { type: "string" },
    pages: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs));
const chromePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium";

const ALL_PAGES = [
  { key: "front", name: "front page", path: "/" },
  { key: "section", name: "section page", path: "/news" },
  { key: "article", name: "article with a hero image", path: "/news/ferrier-street-water-main-burst" },
  { key: "search", name: "search results", path: "/search?q=harbour" },
  { key: "live", name: "live blog, live", path: "/politics/budget-night-council-live" },
];
// An empty page of the same build (the framework's scripts, the fonts, the site's stylesheet and nothing
// else): the floor under the reader pages' figures. Measured only when named (--pages blank).
const BLANK = { key: "blank", name: "empty page", path: "/blank" };
const PAGES = values.pages ? [...ALL_PAGES, BLANK].filter((p) => values.pages!.split(",").includes(p.key)) : ALL_PAGES;
const FORM_FACTORS = (["mobile", "desktop"] as const).filter((f) => !values.only || values.only === f);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Scores = Record<(typeof CATEGORIES)[number], number>;
type Measure = { scores: Scores; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; scriptBytes: number; totalBytes: number; failing: string[]; report: string };

function measureOf(result: RunnerResult): Measure {
  const { lhr } = result;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
  // What cost points: audits in the four categories that did not pass, for the report.
  const failing = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return {
    scores,
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    cls: +audit("cumulative-layout-shift").toFixed(3),
    fcpMs: Math.round(audit("first-contentful-paint")),
    scriptBytes: summary.find((i) => i.resourceType === "script")?.transferSize ?? 0,
    totalBytes: summary.find((i) => i.resourceType === "total")?.transferSize ?? 0,
    failing,
    report: typeof result.report === "string" ? result.report : "",
  };
}

async function runOnce(url: string, formFactor: "mobile" | "desktop"): Promise<Measure> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
    const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return measureOf(result);
  } finally {
    await chrome.kill();
  }
}

/** The run whose performance score is the median (ties: the lower blocking time), with its other figures. */
function median(measures: Measure[]): Measure {
  const sorted = [...measures].sort((a, b) => a.scores.performance - b.scores.performance || b.tbtMs - a.tbtMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  let stop = async () => {};
  let base = values.base?.replace(/\/$/, "");
  if (!base) {
    const port = Number(values.port);
    const db = await freshDatabase("ledger_lighthouse", port + 1);
    console.log("Preparing a database with the demo content…");
    await prepareContent(db.url, 0);
    const env = serverEnv(db.url, port);
    if (!values["skip-build"]) build(env);
    const server = await startServer(env, port);
    base = `http://127.0.0.1:${port}`;
    stop = async () => {
      await stopServer(server);
      await db.stop();
    };
  }
  try {
    const results: { page: string; path: string; formFactor: string; median: Omit<Measure, "report">; performanceRuns: number[] }[] = [];
    const out = path.join(projectRoot, "bench-results");
    const reports = path.join(out, "lighthouse");
    mkdirSync(reports, { recursive: true });
    for (const formFactor of FORM_FACTORS) {
      for (const page of PAGES) {
        const url = base + page.path;
        await fetch(url); // rendered once before measuring: readers get cached pages
        const measures: Measure[] = [];
        for (let i = 0; i < runs; i++) measures.push(await runOnce(url, formFactor));
        const { report, ...best } = median(measures);
        writeFileSync(path.join(reports, `${page.key}-${formFactor}.json`), report);
        results.push({ page: page.name, path: page.path, formFactor, median: best, performanceRuns: measures.map((m) => m.scores.performance) });
        const s = best.scores;
        console.log(
          `${formFactor.padEnd(7)} ${page.name.padEnd(26)} ${s.performance}/${s.accessibility}/${s["best-practices"]}/${s.seo}` +
            `  FCP ${best.fcpMs} ms  LCP ${best.lcpMs} ms  TBT ${best.tbtMs} ms  CLS ${best.cls}  JS ${(best.scriptBytes / 1024).toFixed(1)} KB` +
            (best.failing.length ? `  short of 90: ${best.failing.join(", ")}` : ""),
        );
      }
    }
    const file = path.join(out, "lighthouse.json");
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), base, runs, chromium: chromePath, results }, null, 2));
    console.log(`Written to ${path.relative(projectRoot, file)}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
