// Structured logs: one JSON object per line on stdout (pino), each carrying
// the id of the request it belongs to.
//
// The HTTP front (scripts/serve.ts) gives every request an id and runs the
// request inside an AsyncLocalStorage kept on globalThis, because the app's
// code is bundled by Next and would otherwise hold a second module instance.
// Without "server-only" on purpose: the front imports this file too.
import { AsyncLocalStorage } from "node:async_hooks";
import { pino } from "pino";

export type RequestContext = {
  requestId: string;
  /** Tags of the stored page Next answered with, and when it was rendered (ms since the epoch): noted by server/http/render-cache-handler.mjs for the page cache. */
  cacheTags?: string[];
  cacheRenderedAt?: number;
  /** True once Next stored the page this request rendered (its tags and time above are then that page's). */
  cacheStored?: boolean;
};

const contextKey = Symbol.for("ledger.request-context");
const globalStore = globalThis as unknown as { [contextKey]?: AsyncLocalStorage<RequestContext> };

/** The store the front runs each request in (created once per process). */
export const requestContext: AsyncLocalStorage<RequestContext> = (globalStore[contextKey] ??= new AsyncLocalStorage<RequestContext>());

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "ledger" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // pino's default error serialiser keeps the stack and the error's own fields (code, digest).
  mixin() {
    const requestId = requestContext.getStore()?.requestId;
    return requestId ? { reqId: requestId } : {};
  },
});
