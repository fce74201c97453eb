// Arguments of the cached reads ('use cache'). Next makes every 'use cache'
// function a server function: it gets an id, and a POST carrying that id runs
// it with whatever arguments the request holds, for anyone. So each cached
// read checks its arguments the way a route checks its input, and refuses what
// the pages never pass, before it touches the database: nothing is read and
// nothing is cached for a forged call.
import { isValidSlug } from "@/lib/slug";
export { MAX_PAGE } from "@/lib/pagination";

/** Thrown for an argument no page passes; logged as a refused call, not as a failure (instrumentation.ts). */
export class RefusedArgument extends Error {
  constructor(what: string) {
    super(`Refused argument: ${what}`);
    this.name = "RefusedArgument";
  }
}

/** A whole number from `min` to `max`. */
export function wholeNumber(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw new RefusedArgument(what);
  return value;
}

/** A URL slug (lowercase words joined by hyphens). */
export function slugArgument(value: unknown, what: string): string {
  if (typeof value !== "string" || !isValidSlug(value)) throw new RefusedArgument(what);
  return value;
}

export function oneOf<T extends string>(value: unknown, options: readonly T[], what: string): T {
  if (typeof value !== "string" || !options.includes(value as T)) throw new RefusedArgument(what);
  return value as T;
}

/** An old address as a redirect key (lib/old-path.ts): text without control characters, of bounded length. */
export function oldPathArgument(value: unknown, what: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 500 || /[\u0000-\u001f\u007f]/.test(value)) throw new RefusedArgument(what);
  return value;
}

/** Whether a value can be a record id (cuid and the like): letters, digits, '_' and '-', at most 64 characters. */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** A record id, or a refusal. */
export function idArgument(value: unknown, what: string): string {
  if (!isRecordId(value)) throw new RefusedArgument(what);
  return value;
}
