// What a save of a live story is. A minor fix (a typo, a wording) changes nothing readers or search engines
// are told about the story's time; a substantive update shows "Updated <time>", moves dateModified and the
// news sitemap's entry, and may carry a short public note. Plain constants: the editor's form imports them.
export const UPDATE_KINDS = ["minor", "substantive"] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];
export const UPDATE_NOTE_MAX = 280;
