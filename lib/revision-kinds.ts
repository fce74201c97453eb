// How the newsroom names each kind of revision (Revision.kind); kinds without a label are shown as stored.
const LABELS: Record<string, string> = {
  save: "saved",
  submit: "submitted for review",
  publish: "published",
  schedule: "scheduled",
  unpublish: "unpublished",
  archive: "archived",
  restore: "restored",
  conflict: "rejected save (kept)",
  update: "substantive update",
  "minor-fix": "minor fix",
  import: "imported",
  correction: "correction",
  "correction-withdrawn": "correction withdrawn",
};

export function revisionLabel(kind: string): string {
  return LABELS[kind] ?? kind;
}

/** Revisions that record what a story said (as opposed to a correction said about it): these can be compared and loaded. */
export function isContentRevision(kind: string): boolean {
  return kind !== "correction" && kind !== "correction-withdrawn";
}
