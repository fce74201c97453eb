// npm test: typecheck, lint, unit/integration tests (vitest), browser tests
// (Playwright, against a production build), fault tests, cluster tests and
// the load test (one server, then the cluster), each with its summary, then
// one closing line "N passed, N failed" over all of them.
//
// Uses DATABASE_URL when set; otherwise one embedded PGlite database serves
// every runner, so the suite passes on a machine without PostgreSQL. The
// cluster runners need PostgreSQL, Redis and Varnish.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findVarnishd } from "./lib/cluster";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { projectRoot } from "./lib/database";

/** One runner's counts, and the tests it failed by name so the end of a long log says which. */
type Tally = { name: string; passed: number; failed: number; skipped: number; ok: boolean; failures?: string[] };

const resultsDir = path.join(projectRoot, "test-results");
const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: projectRoot, env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Like run, and also hands back what the command printed. */
function runAndRead(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["inherit", "pipe", "inherit"], cwd: projectRoot, env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function check(name: string, command: string, args: string[]): Promise<Tally> {
  console.log(`\n▶ ${name}`);
  const ok = (await run(command, args)) === 0;
  console.log(`${name}: ${ok ? "passed" : "FAILED"}`);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok };
}

async function vitest(name: string, label: string, args: string[] = [], env: Record<string, string> = {}): Promise<Tally> {
  console.log(`\n▶ ${label}`);
  const out = path.join(resultsDir, `${name}.json`);
  rmSync(out, { force: true });
  const code = await run(bin("vitest"), ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${out}`], env);
  const json = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
  }>(out);
  if (!json) return { name, passed: 0, failed: 1, skipped: 0, ok: false, failures: [`${name}: no report (exit code ${code})`] };
  const failures: string[] = [];
  for (const file of json.testResults) {
    const where = path.relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((a) => a.status === "failed");
    for (const a of failedTests) failures.push(`${where} › ${a.fullName}`);
    // A file that fails before its tests run (an import error, a failing hook) has no failed test to name.
    if (failedTests.length === 0 && file.message) failures.push(`${where}: ${file.message.split("\n")[0]}`);
  }
  return { name, passed: json.numPassedTests, failed: json.numFailedTests || (code ? 1 : 0), skipped: json.numPendingTests + json.numTodoTests, ok: code === 0, failures };
}

type PwSuite = { title: string; suites?: PwSuite[]; specs?: { title: string; file: string; line: number; tests: { status: string }[] }[] };

async function playwright(): Promise<Tally> {
  console.log("\n▶ Playwright (Chromium, production build)");
  const out = path.join(resultsDir, "playwright.json");
  rmSync(out, { force: true });
  const code = await run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const json = readJson<{ suites: PwSuite[] }>(out);
  if (!json) return { name: "playwright", passed: 0, failed: 1, skipped: 0, ok: false, failures: [`playwright: no report (exit code ${code})`] };
  const tally = { name: "playwright", passed: 0, failed: 0, skipped: 0, ok: code === 0, failures: [] as string[] };
  const walk = (suite: PwSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status === "expected" || t.status === "flaky") tally.passed++;
        else if (t.status === "skipped") tally.skipped++;
        else {
          tally.failed++;
          tally.failures.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}`);
        }
      }
    }
    // The top-level suites are files, named already by spec.file.
    suite.suites?.forEach((s) => walk(s, [...titles, s.title]));
  };
  json.suites.forEach((s) => walk(s, []));
  if (!tally.ok && tally.failed === 0) tally.failed = 1;
  return tally;
}

/** Why the cluster runners cannot run here, or null when they can. */
function clusterMissing(embedded: boolean): string | null {
  if (embedded) return "it needs PostgreSQL (set DATABASE_URL)";
  if (!findVarnishd()) return "it needs Varnish (apt-get install -y varnish varnish-modules)";
  return null;
}

/** The load test's four checks (no 5xx, every write succeeded, every change visible within 1 s, all in the database). */
async function loadTest(name: string, embedded: boolean, cluster: boolean): Promise<Tally> {
  console.log(`\n▶ load test${cluster ? " through the cluster" : ""} (readers at 64 connections for 60 s while an editor publishes 50 stories and edits 50)`);
  // One embedded connection cannot serve 64 readers and an editor: the figures would mean nothing.
  const missing = embedded ? "it needs PostgreSQL (set DATABASE_URL)" : cluster ? clusterMissing(embedded) : null;
  if (missing) {
    console.log(`${name}: skipped, ${missing}`);
    return { name, passed: 0, failed: 0, skipped: 4, ok: true };
  }
  const { code, output } = await runAndRead("npm", ["run", "--silent", "test:load", "--", "--skip-build", ...(cluster ? ["--cluster"] : [])]);
  const counts = /load: (\d+) passed, (\d+) failed/.exec(output);
  if (!counts) return { name, passed: 0, failed: 1, skipped: 0, ok: false };
  return { name, passed: Number(counts[1]), failed: Number(counts[2]), skipped: 0, ok: code === 0 };
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  mkdirSync(resultsDir, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  let tempDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ledger-tests-"));
    console.log("No DATABASE_URL: running every suite on an embedded PostgreSQL (PGlite).");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pglite"), port: 54349 });
    process.env.DATABASE_URL = embedded.url;
    process.env.PG_POOL_MAX ??= "2";
  }
  process.env.MEDIA_DIR ??= path.join(tempDir ?? mkdtempSync(path.join(os.tmpdir(), "ledger-tests-")), "media");

  const tallies: Tally[] = [];
  try {
    tallies.push(await check("typecheck", "npm", ["run", "--silent", "typecheck"]));
    tallies.push(await check("lint", "npm", ["run", "--silent", "lint"]));
    tallies.push(await vitest("vitest", "vitest (unit and integration)"));
    tallies.push(await playwright());
    // The browser tests' build is reused: the fault tests bring their own database and stories.
    tallies.push(await vitest("faults", "fault tests (database outage, SIGKILL during saves, failing migration, abuse by anonymous clients)", ["--config", "vitest.faults.config.mts"], { SKIP_BUILD: "1" }));
    // Varnish in front of two instances sharing Redis, on the same build and a database of its own.
    const missing = clusterMissing(embedded !== undefined);
    if (missing) {
      console.log(`\n▶ cluster tests\ncluster tests: skipped, ${missing}`);
      tallies.push({ name: "cluster", passed: 0, failed: 0, skipped: 1, ok: true });
    } else {
      tallies.push(await vitest("cluster", "cluster tests (Varnish, two instances, Redis: freshness, an instance killed, Redis cut, every instance down)", ["--config", "vitest.cluster.config.mts"], { SKIP_BUILD: "1" }));
    }
    // The same build again, on a database of its own with 2,000 more stories: one server, then the cluster.
    tallies.push(await loadTest("load", embedded !== undefined, false));
    tallies.push(await loadTest("load-cluster", embedded !== undefined, true));
  } finally {
    await embedded?.stop();
    if (tempDir && existsSync(tempDir)) rmSync(tempDir, { recursive: true, force: true });
  }

  const failures = tallies.flatMap((t) => t.failures ?? (t.ok ? [] : [`${t.name}: failed`]));
  if (failures.length > 0) {
    console.log("\nFailed");
    for (const f of failures) console.log(`  ${f}`);
  }
  console.log("\nSummary");
  for (const t of tallies) console.log(`  ${t.name.padEnd(13)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && tallies.every((t) => t.ok) ? 0 : 1);
}

void main();
