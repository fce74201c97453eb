// Rich-text documents as the editor saves them, for tests that only need paragraphs of plain text.

/** A document of one paragraph per text. */
export const paragraphs = (...texts: string[]) => ({ type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });
