// npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--section-map news=local,…] [--report <file>]
//
// Imports a WordPress export (Tools → Export → All content) as "import": posts become stories, with
// their bylines, sections, topics, images from the uploads folder and old addresses. Safe to run again.
// Prints a report and writes it as JSON (beside the export unless --report names a file).
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/database";

const USAGE = "Usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--dry-run] [--section-map wp-slug=section-slug,…] [--report <file.json>]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "section-map": { type: "string" },
      report: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const file = positionals[0]!;
  await withDatabase(async () => {
    const { ImportError, importWordPress, parseSectionMap, readWordPressExport } = await import("@/server/services/wordpress-import");
    const { formatReport } = await import("@/lib/wordpress/report");
    try {
      const sectionMap = parseSectionMap(values["section-map"]);
      const wxr = await readWordPressExport(file, values.uploads);
      const report = await importWordPress("import", wxr, { uploadsDir: values.uploads, dryRun: values["dry-run"], sectionMap });
      console.log(formatReport(report));
      const reportFile = values.report ?? `${file.replace(/\.xml$/i, "")}.import-report.json`;
      await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`Report written to ${reportFile}.`);
      if (!report.dryRun && report.tags.length) await revalidate(report.tags);
      if (report.counts.failed) process.exitCode = 1;
    } catch (error) {
      if (error instanceof ImportError) {
        console.error(`import:wordpress: ${error.message}\nNothing was imported.`);
        process.exit(1);
      }
      throw error;
    } finally {
      await (await import("@/server/db")).db.$disconnect();
    }
  });
}

/** Expires the changed pages through the running site's revalidation route, when there is one to ask. */
async function revalidate(tags: string[]) {
  const secret = process.env.REVALIDATE_SECRET;
  const base = process.env.INTERNAL_URL;
  if (!secret || !base) {
    console.log("Pages the site has cached show the new stories when they expire (set INTERNAL_URL and REVALIDATE_SECRET to refresh them at once).");
    return;
  }
  for (let i = 0; i < tags.length; i += 500) {
    const response = await fetch(`${base}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags: tags.slice(i, i + 500) }),
    }).catch((error: Error) => ({ ok: false, status: error.message }) as const);
    if (!response.ok) {
      console.log(`The site did not refresh its pages (${response.status}); they show the new stories when they expire.`);
      return;
    }
  }
  console.log(`Refreshed ${tags.length} cached page group(s) on ${base}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
