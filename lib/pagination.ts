/** The deepest listing page a reader can reach: 10,000 pages of 20 stories. */
export const MAX_PAGE = 10_000;

/** Page numbers from the URL: "2" → 2; anything else (0, 01, 1e3, past MAX_PAGE) → null. */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}
