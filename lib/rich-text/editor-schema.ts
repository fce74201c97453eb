// The body editor's extensions (TipTap), shared by the editor in the browser
// and by the server, which checks that a stored body loads in the editor
// before offering it for editing. TipTap replaces a document it cannot read
// (a node or mark type it does not know) with an empty one, and the next
// autosave would then store that empty body over the real text.
import { getSchema, type Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import type { Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { isRichNode } from "./document";

// Body images carry their caption, credit and size, which the reader site renders in a <figure>.
const Figure = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: { default: null },
      credit: { default: null },
      width: { default: null },
      height: { default: null },
    };
  },
});

export const editorExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    codeBlock: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], HTMLAttributes: { rel: null, target: null } },
  }),
  Figure.configure({ inline: false }),
];

let schema: Schema | undefined;

/**
 * Why the editor cannot load this stored body, or null when it can (an empty
 * body included). The reason names the first unknown node or mark type.
 */
export function bodyUnreadableByEditor(body: unknown): string | null {
  if (body === null || body === undefined) return null;
  schema ??= getSchema(editorExtensions);
  try {
    // What the editor does with its initial content (it drops the whole document when this throws).
    schema.nodeFromJSON(body);
    return null;
  } catch {
    const unknown = firstUnknownType(body, schema);
    return unknown ? `its body contains “${unknown}”, which the editor does not know` : "its body is not a document the editor can read";
  }
}

function firstUnknownType(value: unknown, known: Schema): string | null {
  if (!isRichNode(value)) return null;
  if (!(value.type in known.nodes)) return value.type;
  for (const mark of Array.isArray(value.marks) ? value.marks : []) {
    const type = (mark as { type?: unknown } | null)?.type;
    if (typeof type === "string" && !(type in known.marks)) return type;
  }
  for (const child of Array.isArray(value.content) ? value.content : []) {
    const found = firstUnknownType(child, known);
    if (found) return found;
  }
  return null;
}
