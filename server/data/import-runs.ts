import "server-only";
// Reads for the newsroom's import pages (never cached: a running import changes them every second).
import type { ImportReport } from "@/server/services/wordpress-import";
import { db } from "@/server/db";

/** A run that has not been heard from for this long while unfinished stopped with its server. */
const STALLED_AFTER_MS = 5 * 60 * 1000;

const runSelect = {
  id: true,
  fileName: true,
  archiveName: true,
  dryRun: true,
  status: true,
  message: true,
  done: true,
  total: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
  user: { select: { name: true } },
} as const;

export type ImportRunSummary = Awaited<ReturnType<typeof listImportRuns>>[number];

function withStall<T extends { status: string; updatedAt: Date }>(run: T, now: Date): T & { stalled: boolean } {
  return { ...run, stalled: (run.status === "checking" || run.status === "importing") && now.getTime() - run.updatedAt.getTime() > STALLED_AFTER_MS };
}

export async function listImportRuns(limit = 20) {
  const rows = await db.importRun.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: runSelect });
  const now = new Date();
  return rows.map((row) => withStall(row, now));
}

export async function getImportRun(id: string) {
  if (id.length > 64) return null;
  const row = await db.importRun.findUnique({ where: { id }, select: { ...runSelect, report: true } });
  if (!row) return null;
  const { report, ...run } = withStall(row, new Date());
  return { ...run, report: report as ImportReport | null };
}

/** Old addresses that lead to imported stories, newest first, with the story each leads to. */
export async function listOldAddresses(page: number, perPage = 50) {
  const [rows, total] = await Promise.all([
    db.pathRedirect.findMany({
      orderBy: [{ createdAt: "desc" }, { path: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { path: true, article: { select: { id: true, headline: true, slug: true, status: true, section: { select: { slug: true } } } } },
    }),
    db.pathRedirect.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / perPage)) };
}
