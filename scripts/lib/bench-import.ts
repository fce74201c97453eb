// npm run bench -- --import [--posts 10000] [--every-image 5]
//
// The WordPress importer on an archive-sized export: a made-up file of `posts` posts with a featured image
// for every `everyImage`-th (2,000 images for 10,000 posts), imported into a fresh database by the
// command an operator runs, then imported again (which must change nothing). Prints posts per second and
// the importer's peak memory for both runs, and writes them to bench-results/.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/prisma";
import { seed } from "../../prisma/seed";
import { migrate } from "../migrate";
import { peakRssMb } from "./bench-cluster";
import { projectRoot } from "./database";
import { freshDatabase } from "./server-under-test";
import { writeWordPressSample } from "./wordpress-sample";

type Run = { seconds: number; postsPerSecond: number; peakRssMb: number; counts: Record<string, number>; exitCode: number | null };

/** Runs the import command as a child process, sampling its peak resident memory until it exits. */
function importOnce(env: NodeJS.ProcessEnv, file: string, uploads: string, report: string): Promise<{ seconds: number; peakRssMb: number; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/import-wordpress.ts", file, "--uploads", uploads, "--report", report], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, peakRssMb(child.pid!) || 0)), 100);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(sample);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak, exitCode: code });
    });
  });
}

export async function benchImport(options: { posts: number; everyImage: number }): Promise<void> {
  const { posts, everyImage } = options;
  const work = path.join(os.tmpdir(), `ledger-bench-import-${Date.now()}`);
  const file = path.join(work, "export.xml");
  const uploads = path.join(work, "uploads");
  mkdirSync(uploads, { recursive: true });
  const db = await freshDatabase("ledger_bench_import", 54391);
  try {
    console.log(`Writing a WordPress export of ${posts} posts…`);
    const sample = await writeWordPressSample({ posts, file, uploadsDir: uploads, everyImage });
    await migrate(db.url, () => {});
    const prisma = createPrismaClient(db.url, 1);
    await seed(prisma, { mediaDir: path.join(work, "media") });
    await prisma.$disconnect();
    // No running site to refresh: INTERNAL_URL and REVALIDATE_SECRET are left out.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, MEDIA_DIR: path.join(work, "media"), LOG_LEVEL: "warn" };
    delete env.INTERNAL_URL;
    delete env.REVALIDATE_SECRET;
    const runs: Run[] = [];
    for (const name of ["first", "again"]) {
      console.log(`Importing (${name} run)…`);
      const report = path.join(work, `report-${name}.json`);
      const result = await importOnce(env, file, uploads, report);
      if (result.exitCode && result.exitCode !== 1) throw new Error(`The import command exited with ${result.exitCode}.`);
      const parsed = JSON.parse(readFileSync(report, "utf8")) as { counts: Record<string, number> };
      runs.push({ ...result, seconds: +result.seconds.toFixed(1), postsPerSecond: Math.round(posts / result.seconds), counts: parsed.counts });
    }
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => +l.toFixed(1)) },
      config: { posts, images: sample.images, exportMb: +(statSync(file).size / 2 ** 20).toFixed(1), database: db.kind },
      runs: { first: runs[0], again: runs[1] },
    };
    console.log(`\nWordPress import: ${posts} posts, ${sample.images} images, a ${result.config.exportMb} MB export, ${db.kind}`);
    for (const [name, run] of Object.entries(result.runs)) {
      console.log(`  ${name.padEnd(6)} ${String(run!.seconds).padStart(7)} s  ${String(run!.postsPerSecond).padStart(5)} posts/s  peak RSS ${run!.peakRssMb} MB  ${JSON.stringify(run!.counts)}${run!.exitCode ? `  exit ${run!.exitCode}` : ""}`);
    }
    const dir = path.join(projectRoot, "bench-results");
    mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `import-${result.date.replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, JSON.stringify(result, null, 2));
    console.log(`written to ${path.relative(projectRoot, out)}`);
  } finally {
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
