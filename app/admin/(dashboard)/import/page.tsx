import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/admin/import-form";
import { formatNewsroomDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { canImport } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { runStatus } from "@/lib/wordpress/report";
import { listImportRuns } from "@/server/data/import-runs";

export const metadata: Metadata = { title: "Import from WordPress" };

const ERRORS: Record<string, string> = {
  "no-file": "Choose the WordPress export file (.xml) to import.",
  form: "The upload could not be read. Choose the files again and send the form once more.",
};

export default async function ImportPage({ searchParams }: PageProps<"/admin/import">) {
  const actor = await requireActor();
  if (!canImport(actor)) forbidden();
  const error = (await searchParams).error;
  const runs = await listImportRuns();
  return (
    <>
      <h1 className="text-2xl font-bold">Import from WordPress</h1>
      <p className="mt-1 max-w-2xl text-sm">
        Brings a WordPress site&apos;s posts in as stories, with their dates, sections, topics, bylines, images and old
        addresses (each redirects to its story). Pages, comments and menus are counted but not imported. The import runs
        as you and is in the audit log.
      </p>
      {typeof error === "string" && ERRORS[error] ? (
        <p role="alert" className="mt-4 max-w-xl rounded border border-breaking p-3 text-sm text-breaking">{ERRORS[error]}</p>
      ) : null}
      <ImportForm maxBytes={env.IMPORT_MAX_BYTES} />
      <h2 className="mt-8 text-lg font-bold">Recent imports</h2>
      {runs.length ? (
        <ul className="mt-2 divide-y divide-rule rounded border border-rule bg-paper">
          {runs.map((run) => (
            <li key={run.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
              <Link href={`/admin/import/${run.id}`} className="font-semibold underline">{run.fileName}</Link>
              {run.dryRun ? <span className="rounded bg-surface px-2 text-xs uppercase text-muted">dry run</span> : null}
              <span>{runStatus(run)}</span>
              <span className="text-muted">
                <time dateTime={run.createdAt.toISOString()}>{formatNewsroomDate(run.createdAt)}</time>
                {run.user ? `, by ${run.user.name}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">No imports yet.</p>
      )}
      <p className="mt-6 text-sm">
        <Link href="/admin/import/addresses" className="font-semibold underline">Old addresses</Link>{" "}
        <span className="text-muted">that lead to imported stories.</span>
      </p>
    </>
  );
}
