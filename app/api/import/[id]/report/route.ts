// An import's report as a JSON file, for the admin who wants every line (the page lists the first few hundred).
import { canImport } from "@/server/auth/policies";
import { getSignedIn } from "@/server/auth/session";
import { getImportRun } from "@/server/data/import-runs";

export async function GET(_request: Request, { params }: RouteContext<"/api/import/[id]/report">) {
  const signedIn = await getSignedIn();
  if (!signedIn) return Response.json({ error: "Sign in to read import reports." }, { status: 401 });
  if (signedIn.mustEnrol || !canImport(signedIn.actor)) return Response.json({ error: "Only admins can read import reports." }, { status: 403 });
  const { id } = await params;
  const run = await getImportRun(id);
  if (!run?.report) return Response.json({ error: "There is no report for that import (yet)." }, { status: 404 });
  return new Response(`${JSON.stringify(run.report, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="import-report-${id}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
