"use client";
// The WordPress import's upload form. It posts the files as a plain form (the upload streams to disk on the
// server, whatever its size); here the sizes are checked first and the button says the upload is under way.
import { useState, type FormEvent } from "react";
import { formatSize } from "@/lib/wordpress/report";
import { inputClass } from "@/components/ui/controls";
import { buttonClass } from "@/components/ui/controls";

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const limit = formatSize(maxBytes);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const files = [...form.querySelectorAll<HTMLInputElement>("input[type=file]")].flatMap((input) => [...(input.files ?? [])]);
    const size = files.reduce((sum, file) => sum + file.size, 0);
    if (size > maxBytes) {
      event.preventDefault();
      setProblem(`These files are ${formatSize(size)} together; the form takes ${limit}. Import a larger site with the command (see the README, “Moving from WordPress”).`);
      return;
    }
    setProblem(null);
    setSending(true);
  };
  return (
    <form action="/api/import" method="post" encType="multipart/form-data" onSubmit={onSubmit} aria-label="Import a WordPress export" className="mt-4 grid max-w-xl gap-4 rounded border border-rule bg-paper p-4">
      <label className="text-sm font-semibold">
        WordPress export (.xml)
        <input type="file" name="export" required accept=".xml,application/xml,text/xml" className={`${inputClass} text-sm font-normal`} aria-describedby="export-help" />
        <span id="export-help" className="mt-1 block font-normal text-muted">From Tools → Export → All content on the old site.</span>
      </label>
      <label className="text-sm font-semibold">
        Images: wp-content/uploads as a zip or tar (optional)
        <input type="file" name="uploads" accept=".zip,.tar,.tgz,.gz,application/zip,application/x-tar,application/gzip" className={`${inputClass} text-sm font-normal`} aria-describedby="uploads-help" />
        <span id="uploads-help" className="mt-1 block font-normal text-muted">Only its images are used. Without it, stories come in without their pictures (the report lists them).</span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="dryRun" className="mt-1" />
        <span><span className="font-semibold">Dry run</span>: check the file and show the report, write nothing.</span>
      </label>
      <p className="text-xs text-muted">Up to {limit} for both files together. Running the same export again updates what changed and adds nothing twice.</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={sending} className={buttonClass("primary", { small: true })}>
          {sending ? "Uploading…" : "Import"}
        </button>
        <p role="status" aria-live="polite" className={`text-sm ${problem ? "text-breaking" : "text-muted"}`}>
          {problem ?? (sending ? "Uploading the files; the import's page opens when they are in." : "")}
        </p>
      </div>
    </form>
  );
}
