import "server-only";
// Imports started from the newsroom's upload form. The upload is answered as soon as its files are on disk;
// the import then runs in the server process as the admin who uploaded it (every story, image, revision
// and audit record names them), and its page follows it: checking, importing (posts done of the total),
// then the report, or why the file was refused (nothing written) or the import stopped.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { canImport, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { revalidateOverLoopback } from "@/server/revalidate";
import { recordAudit } from "@/server/services/audit";
import { ArchiveError, unpackUploads } from "@/server/services/import-archive";
import { ImportError, importWordPress, readWordPressExport, type ImportReport } from "@/server/services/wordpress-import";

/** What the form sent, as files in a folder of their own (removed when the import ends). */
export type ImportUpload = { dir: string; exportFile: string; exportName: string; archiveFile?: string; archiveName?: string; dryRun: boolean };

export type RunStatus = "checking" | "importing" | "done" | "refused" | "failed";

/** Records the run before its work starts, so the page it is answered with has something to show. */
export async function startImportRun(actor: Actor | null, upload: ImportUpload): Promise<{ id: string }> {
  if (!actor || !canImport(actor)) throw new ImportError("Only an admin can import a site.");
  return db.importRun.create({
    data: { userId: actor.id, fileName: upload.exportName.slice(0, 200), archiveName: upload.archiveName?.slice(0, 200) ?? null, dryRun: upload.dryRun },
    select: { id: true },
  });
}

/** Progress is written at most this often: each write is a round trip the import waits for. */
const PROGRESS_EVERY_MS = 1000;

/**
 * The import itself, after the upload was answered: check the file whole (and unpack the archive), then
 * import, then keep the report. Never throws: whatever happens ends up on the run's page.
 */
export async function runImport(actor: Actor, runId: string, upload: ImportUpload, address: string | null): Promise<void> {
  const audit = (tx: Prisma.TransactionClient, summary: string) =>
    recordAudit(tx, { actor, action: "import.run", targetType: "import", targetId: runId, targetLabel: upload.exportName, summary, address });
  const end = async (data: Prisma.ImportRunUpdateInput, summary: string) =>
    db.$transaction(async (tx) => {
      await tx.importRun.update({ where: { id: runId }, data: { ...data, finishedAt: new Date() } });
      await audit(tx, summary);
    });
  try {
    let wxr;
    let uploadsDir: string | undefined;
    try {
      wxr = await readWordPressExport(upload.exportFile);
      if (upload.archiveFile) uploadsDir = await unpackUploads(upload.archiveFile, path.join(upload.dir, "uploads"), env.IMPORT_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof ImportError || error instanceof ArchiveError)) throw error;
      await end({ status: "refused", message: error.message }, `refused: ${error.message}`);
      return;
    }
    await db.importRun.update({ where: { id: runId }, data: { status: "importing", total: wxr.posts } });
    let saved = 0;
    const report: ImportReport = await importWordPress(actor, wxr, {
      uploadsDir,
      dryRun: upload.dryRun,
      address,
      onProgress: async (done, total) => {
        if (Date.now() - saved < PROGRESS_EVERY_MS) return;
        saved = Date.now();
        await db.importRun.update({ where: { id: runId }, data: { done, total } });
      },
    });
    if (!uploadsDir) report.notes.push("No uploads archive came with the export: images were left out (the report names each). Upload the export again with the archive, or import it with the command and --uploads; nothing is imported twice.");
    const { counts } = report;
    await end(
      { status: "done", done: report.posts.length, report: JSON.parse(JSON.stringify(report)) as Prisma.InputJsonObject },
      `${upload.dryRun ? "dry run: " : ""}${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed`,
    );
    if (!upload.dryRun && report.tags.length) {
      await revalidateOverLoopback(report.tags).catch((error: unknown) => log.warn({ err: error, runId }, "import: the changed pages could not be refreshed; they show the new stories when they expire"));
    }
  } catch (error) {
    log.error({ err: error, runId }, "import stopped");
    const message = `The import stopped: ${error instanceof ImportError ? error.message : "an unexpected error (see the server's log)"}. Stories imported before that are kept; importing the same file again goes on from there and adds nothing twice.`;
    await end({ status: "failed", message }, "failed").catch((reason: unknown) => log.error({ err: reason, runId }, "import: could not record that it stopped"));
  } finally {
    await rm(upload.dir, { recursive: true, force: true }).catch(() => {});
  }
}
