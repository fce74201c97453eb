import type { Instrumentation } from "next";

// Runs once when the server starts: starts the scheduled-publishing loop.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SCHEDULER === "off") return;
  const { startScheduler } = await import("./server/scheduler");
  startScheduler();
}

// Every error Next captures (render, route handler, server action, proxy) is
// logged here, once, with the request it broke. The production server runs
// Next with `quiet`, so Next does not print the same error a second time.
// Next reports one failure of a page up to three times (its metadata, the
// page, the route), so an error already logged for the request is skipped.
const reported = new Map<string, number>();
const REPORT_MEMORY_MS = 60_000;

function firstReport(requestId: string, error: unknown): boolean {
  const key = `${requestId}\n${error instanceof Error ? error.message : String(error)}`;
  const now = Date.now();
  if (reported.size > 1000) for (const [k, at] of reported) if (now - at > REPORT_MEMORY_MS) reported.delete(k);
  if (reported.size > 5000) reported.clear(); // an error storm: forget rather than grow
  if (reported.has(key)) return false;
  reported.set(key, now);
  return true;
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const requestId = request.headers["x-request-id"];
  if (typeof requestId === "string" && !firstReport(requestId, error)) return;
  const { log } = await import("./server/log");
  // A forged call of a cached read with arguments no page passes (server/data/arguments.ts): refused, not broken.
  if (error instanceof Error && error.name === "RefusedArgument") {
    log.warn({ reqId: typeof requestId === "string" ? requestId : undefined, method: request.method, path: request.path.slice(0, 512), reason: error.message }, "refused a call with arguments no page passes");
    return;
  }
  log.error(
    {
      err: error,
      reqId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      path: request.path.slice(0, 512),
      route: context.routePath,
      kind: context.routeType,
      revalidate: context.revalidateReason,
    },
    "request error",
  );
};
