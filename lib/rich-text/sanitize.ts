// Turns a stored document into a tree of allowed HTML elements. This is the
// single allowlist behind both renderers (React for pages, HTML strings for
// feeds): unknown node types are dropped with their content, unsafe links lose
// their href (keeping their text), and attributes come only from known fields.
import { asDocument, isRichNode, safeHref, safeImageSrc, type Mark, type RichNode } from "./document";

export type SafeElement = { tag: string; attrs: Record<string, string | number>; children: SafeNode[] };
export type SafeNode = string | SafeElement;

const el = (tag: string, children: SafeNode[] = [], attrs: SafeElement["attrs"] = {}): SafeElement => ({ tag, attrs, children });

export function sanitizeDocument(value: unknown): SafeNode[] {
  return nodes(asDocument(value).content);
}

function nodes(list: unknown): SafeNode[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((node) => (isRichNode(node) ? toSafe(node) : []));
}

/** Numbers from stored attributes; anything else (objects without a prototype included) is NaN, never a throw. */
function num(value: unknown): number {
  return typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
}

function text(node: RichNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === "string" ? value : "";
}

function toSafe(node: RichNode): SafeNode[] {
  const children = () => nodes(node.content);
  switch (node.type) {
    case "text":
      return typeof node.text === "string" ? [applyMarks(node.text, node.marks)] : [];
    case "paragraph":
      return [el("p", children())];
    case "heading": {
      // The page's h1 is the headline; body headings are h2–h4.
      const level = Math.min(4, Math.max(2, Math.trunc(num(node.attrs?.level)) || 2));
      return [el(`h${level}`, children())];
    }
    case "blockquote":
      return [el("blockquote", children())];
    case "bulletList":
      return [el("ul", children())];
    case "orderedList": {
      const start = num(node.attrs?.start);
      return [el("ol", children(), Number.isInteger(start) && start > 1 && start < 100000 ? { start } : {})];
    }
    case "listItem":
      return [el("li", children())];
    case "hardBreak":
      return [el("br")];
    case "horizontalRule":
      return [el("hr")];
    case "image":
      return image(node);
    default:
      return [];
  }
}

function image(node: RichNode): SafeNode[] {
  const src = safeImageSrc(node.attrs?.src);
  if (!src) return [];
  const attrs: SafeElement["attrs"] = { src, alt: text(node, "alt"), loading: "lazy", decoding: "async" };
  const width = Math.trunc(num(node.attrs?.width));
  const height = Math.trunc(num(node.attrs?.height));
  // Stored dimensions give the browser the aspect ratio, so nothing shifts as the image loads.
  if (width > 0 && height > 0 && width < 20000 && height < 20000) Object.assign(attrs, { width, height });
  const caption = text(node, "caption");
  const credit = text(node, "credit");
  const figcaption: SafeNode[] = [];
  if (caption) figcaption.push(caption);
  if (credit) figcaption.push(el("span", [` ${credit}`], { class: "credit" }));
  return [el("figure", [el("img", [], attrs), ...(figcaption.length ? [el("figcaption", figcaption)] : [])])];
}

const MARK_TAGS: Record<string, string> = { bold: "strong", italic: "em", strike: "s", underline: "u", code: "code" };

function applyMarks(value: string, marks: Mark[] | undefined): SafeNode {
  let node: SafeNode = value;
  if (!Array.isArray(marks)) return node;
  for (const mark of marks) {
    const type = typeof mark?.type === "string" ? mark.type : "";
    const tag = MARK_TAGS[type];
    if (tag) {
      node = el(tag, [node]);
    } else if (type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href) node = el("a", [node], /^https?:/.test(href) ? { href, rel: "noopener noreferrer" } : { href });
    }
  }
  return node;
}

const VOID = new Set(["br", "hr", "img"]);

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const URL_ATTRIBUTES = new Set(["href", "src"]);

/**
 * The same tree as an HTML string, for feeds. With `baseUrl` (the story's own address), links and
 * image sources are made absolute: a feed reader shows the text away from our site, where
 * "/media/…" or "#notes" would point at the reader's host or nowhere.
 */
export function toHtml(tree: SafeNode[], baseUrl?: string): string {
  return tree
    .map((node) => {
      if (typeof node === "string") return escapeHtml(node);
      const attrs = Object.entries(node.attrs)
        .map(([k, v]) => ` ${k}="${escapeHtml(baseUrl && URL_ATTRIBUTES.has(k) ? new URL(String(v), baseUrl).href : String(v))}"`)
        .join("");
      return VOID.has(node.tag) ? `<${node.tag}${attrs}>` : `<${node.tag}${attrs}>${toHtml(node.children, baseUrl)}</${node.tag}>`;
    })
    .join("");
}
