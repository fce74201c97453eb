// Structured logs: one JSON object per line on stdout (pino), each carrying
// the id of the request it belongs to.
//
// The HTTP front (scripts/serve.ts) gives every request an id and runs the
// request inside an AsyncLocalStorage kept on globalThis, because the app's
// code is bundled by Next and would otherwise hold a second module instance.
// Without "server-only" on purpose: the front imports this file too, and the
// cache handlers (server/cache/) read the request's facts from the same store.
import { AsyncLocalStorage } from "node:async_hooks";
import { pino } from "pino";

export type RequestContext = {
  requestId: string;
  /** The Content-Security-Policy nonce Next renders this request's page with. */
  nonce?: string;
  /** When the request arrived (ms since the epoch): a page rendered for it is no newer than this. */
  startedAt?: number;
};

const contextKey = Symbol.for("ledger.request-context");
const globalStore = globalThis as unknown as { [contextKey]?: AsyncLocalStorage<RequestContext> };

/** The store the front runs each request in (created once per process). */
export const requestContext: AsyncLocalStorage<RequestContext> = (globalStore[contextKey] ??= new AsyncLocalStorage<RequestContext>());

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  // INSTANCE_NAME tells the lines of several instances apart (npm run cluster sets it).
  base: { service: "ledger", ...(process.env.INSTANCE_NAME ? { instance: process.env.INSTANCE_NAME } : {}) },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // pino's default error serialiser keeps the stack and the error's own fields (code, digest).
  mixin() {
    const requestId = requestContext.getStore()?.requestId;
    return requestId ? { reqId: requestId } : {};
  },
});
