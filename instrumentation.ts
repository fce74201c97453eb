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
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./server/log");
  const requestId = request.headers["x-request-id"];
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
