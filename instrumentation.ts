// Runs once when the server starts: starts the scheduled-publishing loop.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SCHEDULER === "off") return;
  const { startScheduler } = await import("./server/scheduler");
  startScheduler();
}
