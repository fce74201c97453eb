// The import report as text for the terminal (totals first, then one line per post), and a run's state in words.
import type { ImportReport } from "@/server/services/wordpress-import";

export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push(`${report.dryRun ? "Dry run (nothing written): " : ""}WordPress import from ${report.source || "an export"}`);
  lines.push(`  ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed (${report.seconds.toFixed(1)} s)`);
  const other = Object.entries(report.notImported).map(([what, n]) => `${what} ×${n}`);
  if (other.length) lines.push(`  Not imported: ${other.join(", ")}`);
  const dropped = Object.entries(report.dropped).map(([what, n]) => `${what} ×${n}`);
  if (dropped.length) lines.push(`  Left out of bodies: ${dropped.join(", ")}`);
  for (const note of report.notes ?? []) lines.push(`  ${note}`);
  for (const post of report.posts) {
    const head = `  [${post.outcome}] #${post.wordpressId} “${post.title || "(no title)"}”${post.url ? ` → ${post.url}` : ""}${post.status ? ` (${post.status.toLowerCase()})` : ""}`;
    lines.push(post.reason ? `${head}: ${post.reason}` : head);
    for (const note of post.notes) lines.push(`      ${note}`);
  }
  return lines.join("\n");
}

/** Where an import from the upload form stands, in a few words. */
export function runStatus(run: { status: string; stalled: boolean; done: number; total: number; dryRun: boolean }): string {
  if (run.stalled) return "stopped without finishing (the server restarted?)";
  switch (run.status) {
    case "checking":
      return "checking the file";
    case "importing":
      return `importing: ${run.done.toLocaleString("en")} of ${run.total.toLocaleString("en")} posts`;
    case "done":
      return run.dryRun ? "dry run finished" : "finished";
    case "refused":
      return "refused, nothing written";
    default:
      return "stopped";
  }
}

/** "1 GB", "300 MB": the import form's size limit in words. */
export function formatSize(bytes: number): string {
  if (bytes >= 2 ** 30) return `${+(bytes / 2 ** 30).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 2 ** 20))} MB`;
}
