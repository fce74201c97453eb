// The state every admin form action returns (kept out of 'use server' files,
// which may export only async functions).
import { storable } from "@/lib/validation/article";
import { log } from "@/server/log";
export type FormState = { ok?: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Server actions are public endpoints: a crafted request can call one with
 * anything as its argument. Each action checks it got a form before reading it.
 */
export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}

/**
 * A form's text fields, made storable (no NUL, no half surrogate pairs: PostgreSQL refuses both and the whole
 * write would fail with a generic error). Files are left out; the upload route reads those.
 */
export function formFields(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string").map(([key, value]) => [key, storable(value)]));
}

export const NOT_A_FORM = "The request did not come from the form. Reload the page and try again.";

/**
 * A readable message for database errors an admin form can run into (a
 * record changed or removed by someone else meanwhile), or null for others.
 */
export function friendlyDatabaseError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return "That name or address was just taken by another record. Choose another.";
  if (code === "P2003") return "Something this refers to was removed meanwhile. Reload the page and try again.";
  if (code === "P2025") return "This record was changed or removed meanwhile. Reload the page.";
  return null;
}

/** Runs a write; database conflicts become a form message instead of an error page. */
export async function guarded(write: () => Promise<FormState>): Promise<FormState> {
  try {
    return await write();
  } catch (error) {
    const message = friendlyDatabaseError(error);
    if (message) return { ok: false, message };
    log.error({ err: error }, "admin action failed");
    return { ok: false, message: "That did not work just now. Nothing was changed; try again in a moment." };
  }
}
