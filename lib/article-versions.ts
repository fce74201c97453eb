// Two versions of a story side by side, after a save was refused because someone else saved first: the
// fields as the editor's form submits them, grouped as the editor thinks of them, compared, and merged by
// the editor's choice per group. Shared by the server (which reads "theirs" and the version both started
// from) and the newsroom's comparison panel.
import { asDocument, documentText, type RichNode } from "./rich-text/document";
import { diffLines } from "./line-diff";

/** A story's editable fields, as the article form submits them. */
export type VersionFields = {
  headline: string;
  slug: string;
  standfirst: string;
  body: unknown;
  sectionId: string;
  /** Comma-separated topic names. */
  tags: string;
  authorIds: string[];
  breaking: boolean;
  featured: boolean;
  seoTitle: string;
  seoDescription: string;
  heroImageId: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  scheduledAt: string;
  unpublishAt: string;
  /** "STORY" or "LIVE_BLOG"; empty when the form did not say (a save then keeps what the story is). */
  kind: string;
  /**
   * How this save of a live story is told to readers (a minor fix, or a substantive update with a note). Not
   * part of either version: the merge carries the editor's own, as their save would have.
   */
  update: string;
  updateNote: string;
};

/** What the editor whose save was refused is shown: the version now saved, and the one both started from. */
export type ConflictDetails = {
  /** Who saved the version now saved, and when. */
  by: string;
  at: string;
  version: number;
  status: string;
  /** Whether the refused text was kept as a revision (a save by a button; an automatic save keeps none). */
  kept: boolean;
  theirs: VersionFields;
  /** The version the refused save started from, when it is on record (its revision). */
  base: Partial<VersionFields> | null;
  /** Addresses of the hero images either version names, by media id. */
  heroSources: Record<string, string>;
};

export type FieldGroup = { key: string; label: string; fields: (keyof VersionFields)[] };

/** What the editor chooses between, in the form's order: the text first, then the settings. */
export const FIELD_GROUPS: FieldGroup[] = [
  { key: "headline", label: "Headline", fields: ["headline"] },
  { key: "standfirst", label: "Standfirst", fields: ["standfirst"] },
  { key: "body", label: "Story", fields: ["body"] },
  { key: "slug", label: "Address (slug)", fields: ["slug"] },
  { key: "section", label: "Section", fields: ["sectionId"] },
  { key: "topics", label: "Topics", fields: ["tags"] },
  { key: "bylines", label: "Bylines", fields: ["authorIds"] },
  { key: "hero", label: "Hero image", fields: ["heroImageId", "heroAlt", "heroCaption", "heroCredit"] },
  { key: "kind", label: "Story or live blog", fields: ["kind"] },
  { key: "flags", label: "Breaking and featured", fields: ["breaking", "featured"] },
  { key: "seo", label: "SEO title and description", fields: ["seoTitle", "seoDescription"] },
  { key: "schedule", label: "Publish and unpublish times", fields: ["scheduledAt", "unpublishAt"] },
];

export type Side = "theirs" | "mine";
export type Choices = Record<string, Side>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The fields of a submitted article form (or of a plain object with the same keys). */
export function fieldsFrom(get: (name: string) => unknown, getAll: (name: string) => unknown[]): VersionFields {
  let body: unknown = get("body");
  if (typeof body === "string") {
    try {
      body = JSON.parse(body || "null");
    } catch {
      body = null;
    }
  }
  const flag = (name: string) => {
    const value = get(name);
    return value === true || value === "on" || value === "true";
  };
  const tags = get("tags");
  return {
    headline: text(get("headline")),
    slug: text(get("slug")),
    standfirst: text(get("standfirst")),
    body: asDocument(body),
    sectionId: text(get("sectionId")),
    tags: Array.isArray(tags) ? tags.filter((t) => typeof t === "string").join(", ") : text(tags),
    authorIds: getAll("authorIds").filter((id): id is string => typeof id === "string"),
    breaking: flag("breaking"),
    featured: flag("featured"),
    seoTitle: text(get("seoTitle")),
    seoDescription: text(get("seoDescription")),
    heroImageId: text(get("heroImageId")),
    heroAlt: text(get("heroAlt")),
    heroCaption: text(get("heroCaption")),
    heroCredit: text(get("heroCredit")),
    scheduledAt: text(get("scheduledAt")),
    unpublishAt: text(get("unpublishAt")),
    kind: text(get("kind")),
    update: text(get("update")) || "minor",
    updateNote: text(get("updateNote")),
  };
}

export const fieldsFromForm = (form: FormData) => fieldsFrom((name) => form.get(name), (name) => form.getAll(name));

/** A saved snapshot (a revision) as fields; the keys it lacks are left out. */
export function fieldsFromSnapshot(snapshot: Record<string, unknown>): Partial<VersionFields> {
  const all = fieldsFrom((name) => snapshot[name], (name) => (Array.isArray(snapshot[name]) ? (snapshot[name] as unknown[]) : []));
  return Object.fromEntries(Object.entries(all).filter(([key]) => key in snapshot)) as Partial<VersionFields>;
}

/** Writes fields into a form for the article action. */
export function fieldsToForm(fields: VersionFields, form: FormData): FormData {
  for (const [key, value] of Object.entries(fields)) {
    if (key === "authorIds") for (const id of value as string[]) form.append(key, id);
    // No kind said: the save keeps what the story is.
    else if (key === "kind" && !value) continue;
    else if (key === "body") form.set(key, JSON.stringify(value));
    else if (typeof value === "boolean") {
      if (value) form.set(key, "on");
    } else form.set(key, String(value));
  }
  return form;
}

/** JSON with object keys sorted: the database returns a document's keys in its own order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** One field in the form in which two versions are compared: what a reader would notice differs. */
function comparable(field: keyof VersionFields, value: unknown): string {
  if (field === "tags") return text(value).split(",").map((t) => t.trim().toLowerCase()).filter(Boolean).sort().join(",");
  if (field === "body") return canonical(asDocument(value));
  if (field === "authorIds") return (Array.isArray(value) ? value : []).join(",");
  if (field === "kind") return text(value) || "STORY";
  if (typeof value === "boolean") return String(value);
  return text(value).trim();
}

/** Whether two versions agree on a group; a field missing from either counts as different. */
export function sameGroup(a: Partial<VersionFields>, b: Partial<VersionFields>, group: FieldGroup): boolean {
  return group.fields.every((field) => field in a && field in b && comparable(field, a[field]) === comparable(field, b[field]));
}

export type GroupComparison = FieldGroup & {
  differs: boolean;
  /** Who changed it since the version both started from (unknown when that version is not on record). */
  changedBy: "theirs" | "mine" | "both" | "unknown";
};

export function compareVersions(theirs: VersionFields, mine: VersionFields, base: Partial<VersionFields> | null): GroupComparison[] {
  return FIELD_GROUPS.map((group) => {
    const differs = !sameGroup(theirs, mine, group);
    let changedBy: GroupComparison["changedBy"] = "unknown";
    if (base && group.fields.every((field) => field in base)) {
      const theyChanged = !sameGroup(theirs, base, group);
      const iChanged = !sameGroup(mine, base, group);
      changedBy = theyChanged && iChanged ? "both" : theyChanged ? "theirs" : iChanged ? "mine" : "unknown";
    }
    return { ...group, differs, changedBy };
  });
}

/**
 * What to offer first for each group that differs: the side that changed it since both started, so that
 * one editor's headline and the other's story both survive; the editor's own where both changed it.
 */
export function suggestedChoices(groups: GroupComparison[]): Choices {
  return Object.fromEntries(groups.filter((g) => g.differs).map((g) => [g.key, g.changedBy === "theirs" ? "theirs" : "mine"]));
}

/** Their version with the chosen groups taken from mine (and, as with any save of mine, my update kind and note). */
export function mergeVersions(theirs: VersionFields, mine: VersionFields, choices: Choices): VersionFields {
  const merged = { ...theirs, update: mine.update, updateNote: mine.updateNote };
  for (const group of FIELD_GROUPS) {
    if (choices[group.key] !== "mine") continue;
    for (const field of group.fields) (merged as Record<string, unknown>)[field] = mine[field];
  }
  return merged;
}

export type Block = { kind: string; text: string };

function blockOf(node: RichNode): Block {
  const text = documentText({ type: "doc", content: [node] }).trim();
  switch (node.type) {
    case "heading":
      return { kind: "Heading", text };
    case "bulletList":
    case "orderedList":
      return { kind: "List", text };
    case "blockquote":
      return { kind: "Quote", text };
    case "image":
      return { kind: "Image", text: typeof node.attrs?.alt === "string" && node.attrs.alt ? node.attrs.alt : "(no alt text)" };
    case "horizontalRule":
      return { kind: "Separator", text: "—" };
    default:
      return { kind: "Paragraph", text };
  }
}

/** A row of the story side by side: the same block in both, a block in one only, or one changed block. */
export type BlockRow = { theirs: Block | null; mine: Block | null; same: boolean };

/** The two bodies block by block, aligned on the blocks they share. */
export function alignBlocks(theirs: unknown, mine: unknown): BlockRow[] {
  const left = asDocument(theirs).content.map(blockOf);
  const right = asDocument(mine).content.map(blockOf);
  const key = (block: Block) => `${block.kind}\u0000${block.text}`;
  const rows: BlockRow[] = [];
  let i = 0;
  let j = 0;
  for (const line of diffLines(left.map(key), right.map(key))) {
    if (line.kind === "same") rows.push({ theirs: left[i++]!, mine: right[j++]!, same: true });
    else if (line.kind === "removed") rows.push({ theirs: left[i++]!, mine: null, same: false });
    else {
      // A block only in mine right after one only in theirs: the same block, changed.
      const previous = rows.at(-1);
      if (previous && !previous.same && previous.mine === null) previous.mine = right[j++]!;
      else rows.push({ theirs: null, mine: right[j++]!, same: false });
    }
  }
  return rows;
}
