/** Page numbers from the URL: "2" → 2; anything else (0, 01, 1e3, huge) → null. */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}
