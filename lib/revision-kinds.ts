// How the newsroom names each kind of revision (Revision.kind); kinds without a label are shown as stored.
const LABELS: Record<string, string> = {
  conflict: "Rejected save (kept)",
  update: "substantive update",
  "minor-fix": "minor fix",
  "correction-withdrawn": "correction withdrawn",
};

export function revisionLabel(kind: string): string {
  return LABELS[kind] ?? kind;
}
