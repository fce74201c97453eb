// The editor's unsaved text, kept in this browser (localStorage) so a crash, a
// closed tab or a lost connection cannot take it: written on every change,
// removed once a save has everything in it, offered back when the story opens.
// One copy per person and story ("new" for a story not saved yet).
import { asDocument, documentText } from "@/lib/rich-text/document";

/** The form's fields, as the editor left them. */
export type CopiedValues = {
  headline: string;
  slug: string;
  standfirst: string;
  body: unknown;
  sectionId: string;
  tags: string;
  authorIds: string[];
  breaking: boolean;
  featured: boolean;
  seoTitle: string;
  seoDescription: string;
  scheduledAt: string;
  hero: { id: string; src: string; alt: string; caption: string; credit: string } | null;
};

export type LocalCopy = {
  /** When the editor last changed something (this browser's clock). */
  changedAt: string;
  /** The saved version the changes were made on. */
  version: number;
  values: CopiedValues;
};

export function copyKey(userId: string, articleId: string | undefined): string {
  return `ledger:unsaved:${userId}:${articleId ?? "new"}`;
}

export function readCopy(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<LocalCopy>;
    if (typeof copy.changedAt !== "string" || typeof copy.version !== "number" || typeof copy.values !== "object" || copy.values === null) return null;
    return copy as LocalCopy;
  } catch {
    return null;
  }
}

// The copy each open story found when it opened, so that what is typed later is never offered back.
const atOpen = new Map<string, LocalCopy | null>();

export function copyAtOpen(key: string): LocalCopy | null {
  if (!atOpen.has(key)) atOpen.set(key, readCopy(key));
  return atOpen.get(key) ?? null;
}

/** When the story's page closes: the next opening reads afresh. */
export function forgetCopyAtOpen(key: string): void {
  atOpen.delete(key);
}

/** Best effort: with storage full or switched off, the editor still saves to the server as before. */
export function writeCopy(key: string, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Nothing better to do here; the server save is unaffected.
  }
}

export function removeCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}

/** Whether a copy holds anything beyond an empty form (for a story never saved). */
export function hasWords(values: CopiedValues): boolean {
  return Boolean(values.headline.trim() || values.standfirst.trim() || documentText(asDocument(values.body)).trim());
}

/** The same content, whatever the order of keys (the database reorders a document's keys). */
export function sameValues(a: CopiedValues, b: CopiedValues): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
