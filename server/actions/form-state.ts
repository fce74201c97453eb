// The state every admin form action returns (kept out of 'use server' files,
// which may export only async functions).
export type FormState = { ok?: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Server actions are public endpoints: a crafted request can call one with
 * anything as its argument. Each action checks it got a form before reading it.
 */
export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}

export const NOT_A_FORM = "The request did not come from the form. Reload the page and try again.";
