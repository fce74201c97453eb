// Converts the demo content's small Markdown subset (see types.ts) into the
// editor's document JSON, so seeded articles are stored exactly like articles
// written in the admin.
import type { Mark, RichDocument, RichNode } from "@/lib/rich-text/document";

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function inline(text: string, marks: Mark[] = []): RichNode[] {
  const out: RichNode[] = [];
  let last = 0;
  const push = (value: string, extra: Mark[]) => {
    if (value) out.push(extra.length ? { type: "text", text: value, marks: extra } : { type: "text", text: value });
  };
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index), marks);
    if (match[1] !== undefined) out.push(...inline(match[1], [...marks, { type: "bold" }]));
    else if (match[2] !== undefined) out.push(...inline(match[2], [...marks, { type: "italic" }]));
    else out.push(...inline(match[3]!, [...marks, { type: "link", attrs: { href: match[4] } }]));
    last = match.index + match[0].length;
  }
  push(text.slice(last), marks);
  return out;
}

const paragraph = (text: string): RichNode => ({ type: "paragraph", content: inline(text) });

export function markdownToDocument(source: string): RichDocument {
  const blocks = source.trim().split(/\n\s*\n/);
  const content: RichNode[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").map((line) => line.trim()).filter(Boolean);
    const first = lines[0] ?? "";
    const heading = /^(#{2,4})\s+(.*)$/.exec(first);
    if (heading && lines.length === 1) {
      content.push({ type: "heading", attrs: { level: heading[1]!.length }, content: inline(heading[2]!) });
    } else if (lines.every((line) => line.startsWith(">"))) {
      content.push({ type: "blockquote", content: lines.map((line) => paragraph(line.replace(/^>\s?/, ""))) });
    } else if (lines.every((line) => /^[-*]\s+/.test(line))) {
      content.push({
        type: "bulletList",
        content: lines.map((line) => ({ type: "listItem", content: [paragraph(line.replace(/^[-*]\s+/, ""))] })),
      });
    } else if (lines.every((line) => /^\d+\.\s+/.test(line))) {
      content.push({
        type: "orderedList",
        attrs: { start: 1 },
        content: lines.map((line) => ({ type: "listItem", content: [paragraph(line.replace(/^\d+\.\s+/, ""))] })),
      });
    } else {
      content.push(paragraph(lines.join(" ")));
    }
  }
  return { type: "doc", content };
}
