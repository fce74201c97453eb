// The stored article body: the editor's (TipTap/ProseMirror) JSON document.
// Readers only ever see what this module's allowlist accepts; anything else
// in a stored document is dropped, never rendered.

export type Mark = { type: string; attrs?: Record<string, unknown> };
export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: Mark[];
  text?: string;
};
export type RichDocument = { type: "doc"; content: RichNode[] };

export const emptyDocument: RichDocument = { type: "doc", content: [] };

export function isRichNode(value: unknown): value is RichNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

export function asDocument(value: unknown): RichDocument {
  if (isRichNode(value) && value.type === "doc" && Array.isArray(value.content)) {
    return { type: "doc", content: value.content.filter(isRichNode) };
  }
  return emptyDocument;
}

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * A link target a reader may follow: absolute http(s)/mailto/tel, a site path
 * or a fragment. Returns null for javascript:, data: and anything unparseable.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const href = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (!href || href.length > 2048) return null;
  if (href.startsWith("#")) return href;
  if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\")) return href;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An image source: our own media library only, so no page loads a third party's pixel. */
export function safeImageSrc(value: unknown): string | null {
  const href = safeHref(value);
  return href && /^\/media\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(href) ? href : null;
}

/**
 * An image source as it is saved: the canonical `/media/<file>` for what readers would be shown as a
 * media-library image (stray spaces and control characters removed, the site's own absolute address reduced
 * to its path), otherwise the value trimmed. Saving this form keeps "is this image in use?" a plain lookup.
 */
export function canonicalImageSrc(value: unknown, siteUrl: string): unknown {
  if (typeof value !== "string") return value;
  const own = safeImageSrc(value);
  if (own) return own;
  const href = safeHref(value);
  if (href && /^https?:/.test(href)) {
    try {
      const url = new URL(href);
      if (url.origin === new URL(siteUrl).origin && !url.search && !url.hash) return safeImageSrc(url.pathname) ?? value.trim();
    } catch {
      // not an address: kept as typed (readers are not shown it)
    }
  }
  return value.trim();
}

/** A copy of the document's nodes with every image source in its canonical form. */
export function withCanonicalImages(nodes: unknown[], siteUrl: string): unknown[] {
  const visit = (node: unknown): unknown => {
    if (!isRichNode(node)) return node;
    const copy: RichNode = { ...node };
    if (node.type === "image" && node.attrs) copy.attrs = { ...node.attrs, src: canonicalImageSrc(node.attrs.src, siteUrl) };
    if (Array.isArray(node.content)) copy.content = node.content.map(visit) as RichNode[];
    return copy;
  };
  return nodes.map(visit);
}

/** Whether a block holds nothing a reader would see: no text but whitespace, no image, no separator. */
function isBlank(node: RichNode): boolean {
  if (node.type === "text") return !(typeof node.text === "string" && node.text.trim());
  if (node.type === "image" || node.type === "horizontalRule") return false;
  return (node.content ?? []).every((child) => !isRichNode(child) || isBlank(child));
}

const LISTS = new Set(["bulletList", "orderedList"]);
const TEXT_BLOCKS = new Set(["paragraph", "heading"]);

/**
 * The document as it is stored: without list items that hold nothing (the editor leaves one behind when a
 * list is ended with Enter), lists left with no items, and empty paragraphs or headings at the end. Every
 * write path (stories, live-blog entries, imports) parses bodies with lib/validation/article.ts, which
 * applies this, so readers never get an empty bullet or a gap under the last line.
 */
export function withoutEmptyBlocks(nodes: unknown[]): unknown[] {
  const clean = (list: unknown[]): unknown[] =>
    list.flatMap((node) => {
      if (!isRichNode(node) || !Array.isArray(node.content)) return [node];
      const content = clean(node.content);
      if (node.type === "listItem" && isBlank({ ...node, content: content.filter(isRichNode) })) return [];
      if (LISTS.has(node.type) && content.length === 0) return [];
      return [{ ...node, content }];
    });
  const cleaned = clean(nodes);
  let end = cleaned.length;
  while (end > 0) {
    const last = cleaned[end - 1];
    if (!isRichNode(last) || !TEXT_BLOCKS.has(last.type) || !isBlank(last)) break;
    end--;
  }
  return cleaned.slice(0, end);
}

const BLOCK_TYPES = new Set(["paragraph", "heading", "blockquote", "listItem", "bulletList", "orderedList", "image", "horizontalRule"]);

/** Plain text of a document, one line per block, for search, excerpts and feeds. */
export function documentText(doc: RichDocument): string {
  const lines: string[] = [];
  let current = "";
  const walk = (node: RichNode) => {
    if (node.type === "text" && typeof node.text === "string") {
      current += node.text;
      return;
    }
    if (node.type === "hardBreak") {
      current += " ";
      return;
    }
    if (node.type === "image") {
      const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption : "";
      if (caption) lines.push(caption);
      return;
    }
    for (const child of node.content ?? []) if (isRichNode(child)) walk(child);
    if (BLOCK_TYPES.has(node.type) && current.trim()) {
      lines.push(current.trim());
      current = "";
    }
  };
  for (const node of doc.content) walk(node);
  if (current.trim()) lines.push(current.trim());
  return lines.join("\n");
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

/** Minutes at about 230 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

/** First `max` characters of text, cut at a word boundary. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, "")}…`;
}

/** Whether the nodes hold an image readers are shown: one from the media library (see safeImageSrc). */
export function hasShownImage(nodes: unknown[]): boolean {
  const shown = (node: RichNode): boolean =>
    (node.type === "image" && safeImageSrc(node.attrs?.src) !== null) || (node.content ?? []).some((child) => isRichNode(child) && shown(child));
  return nodes.some((n) => isRichNode(n) && shown(n));
}

/** Images in the body without alt text (readers using screen readers would get nothing). */
export function imagesWithoutAlt(nodes: unknown[]): number {
  let missing = 0;
  const walk = (node: RichNode) => {
    if (node.type === "image" && !(typeof node.attrs?.alt === "string" && node.attrs.alt.trim())) missing++;
    node.content?.forEach((child) => isRichNode(child) && walk(child));
  };
  nodes.forEach((n) => isRichNode(n) && walk(n));
  return missing;
}
