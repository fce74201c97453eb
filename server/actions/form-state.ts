// The state every admin form action returns (kept out of 'use server' files,
// which may export only async functions).
export type FormState = { ok?: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };
