import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RefreshWhile } from "@/components/admin/refresh-while";
import { formatNewsroomDate } from "@/lib/dates";
import { runStatus } from "@/lib/wordpress/report";
import { canImport } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getImportRun } from "@/server/data/import-runs";
import type { ImportLine, ImportOutcome } from "@/server/services/wordpress-import";
import { buttonClass } from "@/components/ui/controls";

export const metadata: Metadata = { title: "Import report" };

/** The report page lists this many posts; the JSON report has them all. */
const LISTED = 500;
const OUTCOMES: ImportOutcome[] = ["created", "updated", "unchanged", "skipped", "failed"];

export default async function ImportRunPage({ params }: PageProps<"/admin/import/[id]">) {
  const actor = await requireActor();
  if (!canImport(actor)) forbidden();
  const run = await getImportRun((await params).id);
  if (!run) notFound();
  const running = (run.status === "checking" || run.status === "importing") && !run.stalled;
  const report = run.report;
  // Posts that need a look first (failed, skipped, or with notes), then the rest.
  const attention = (line: ImportLine) => line.outcome === "failed" || line.outcome === "skipped" || line.notes.length > 0;
  const lines = report ? [...report.posts.filter(attention), ...report.posts.filter((l) => !attention(l))] : [];
  return (
    <>
      <RefreshWhile running={running} />
      <p className="text-sm"><Link href="/admin/import" className="underline">Import from WordPress</Link></p>
      <h1 className="mt-1 text-2xl font-bold">Import of {run.fileName}</h1>
      <p className="mt-1 text-sm text-muted">
        {run.dryRun ? "Dry run, started" : "Started"} <time dateTime={run.createdAt.toISOString()}>{formatNewsroomDate(run.createdAt)}</time>
        {run.user ? ` by ${run.user.name}` : ""}
        {run.archiveName ? `, images from ${run.archiveName}` : ", no images archive"}
      </p>
      <p role="status" aria-live="polite" className="mt-4 text-lg font-semibold">
        {runStatus(run)}
        {run.status === "importing" && run.total ? <progress className="ml-3 align-middle" max={run.total} value={run.done} aria-label="Posts imported" /> : null}
      </p>
      {run.message ? <p role="alert" className="mt-2 max-w-2xl rounded border border-breaking p-3 text-sm text-breaking">{run.message}</p> : null}
      {run.status === "refused" ? <p className="mt-2 text-sm">Nothing was imported. Fix the file (or choose the right one) and <Link href="/admin/import" className="underline">upload it again</Link>.</p> : null}
      {run.stalled ? <p className="mt-2 text-sm">Stories imported before it stopped are kept. <Link href="/admin/import" className="underline">Upload the same file again</Link> to go on: nothing is imported twice.</p> : null}
      {report ? (
        <>
          {report.dryRun ? <p className="mt-2 text-sm">A dry run: this is what an import would do. Nothing was written.</p> : null}
          <dl className="mt-4 grid max-w-xl grid-cols-3 gap-2 text-center sm:grid-cols-5" aria-label="Totals">
            {OUTCOMES.map((outcome) => (
              <div key={outcome} className="rounded border border-rule bg-paper p-2">
                <dt className="text-xs uppercase text-muted">{outcome}</dt>
                <dd className={`text-xl font-bold ${outcome === "failed" && report.counts.failed ? "text-breaking" : ""}`}>{report.counts[outcome].toLocaleString("en")}</dd>
              </div>
            ))}
          </dl>
          <ul className="mt-4 max-w-2xl list-disc space-y-1 pl-5 text-sm">
            {Object.keys(report.notImported).length ? <li>Not imported: {Object.entries(report.notImported).map(([what, n]) => `${what} ×${n.toLocaleString("en")}`).join(", ")}.</li> : null}
            {Object.keys(report.dropped).length ? <li>Left out of bodies: {Object.entries(report.dropped).map(([what, n]) => `${what} ×${n}`).join(", ")}.</li> : null}
            {report.notes.map((note) => <li key={note}>{note}</li>)}
            <li>Took {report.seconds.toFixed(1)} s.</li>
          </ul>
          <p className="mt-4">
            <a href={`/api/import/${run.id}/report`} download className={buttonClass("secondary", { small: true, className: "inline-block" })}>Download the report (JSON)</a>
          </p>
          <h2 className="mt-6 text-lg font-bold">Posts</h2>
          {lines.length > LISTED ? <p className="text-sm text-muted">The first {LISTED} of {lines.length.toLocaleString("en")}, those that need a look first; the downloaded report has every one.</p> : null}
          <ul className="mt-2 divide-y divide-rule border-y border-rule text-sm" aria-label="Posts">
            {lines.slice(0, LISTED).map((line) => (
              <li key={line.wordpressId} className="py-2">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="tabular-nums text-muted">#{line.wordpressId}</span>
                  <span className={`font-semibold ${line.outcome === "failed" ? "text-breaking" : ""}`}>{line.outcome}</span>
                  {line.articleId ? <Link href={`/admin/articles/${line.articleId}`} className="underline">{line.title || "(no title)"}</Link> : <span>{line.title || "(no title)"}</span>}
                  {line.status ? <span className="text-xs uppercase text-muted">{line.status.toLowerCase()}</span> : null}
                </p>
                {line.reason ? <p className="mt-0.5">{line.reason}</p> : null}
                {line.notes.length ? <ul className="mt-0.5 break-words text-muted">{line.notes.map((note, i) => <li key={i}>{note}</li>)}</ul> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
