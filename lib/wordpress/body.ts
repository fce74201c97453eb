// WordPress post content (classic-editor HTML or block markup) → the editor's document, through an
// allowlist. The HTML is parsed by htmlparser2; only the elements and attributes named here are read,
// so script, style, iframes, event handlers and unknown markup never reach the document. What is
// left out is counted, for the import report.
import { Element, Text, type ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { safeHref, type Mark, type RichDocument, type RichNode } from "@/lib/rich-text/document";

export type DroppedCounts = Record<string, number>;
export type Conversion = { doc: RichDocument; dropped: DroppedCounts; images: string[] };
/** An image of a [gallery] shortcode, found by the caller among the export's attachments. */
export type GalleryImage = { src: string; alt: string; caption: string };
export type ConversionOptions = {
  /** The images a [gallery] shortcode shows (its ids="…", or else the post's own attachments); none: it is dropped and counted. */
  gallery?: (attrs: Record<string, string>) => GalleryImage[];
};

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  "script", "style", "iframe", "object", "embed", "noscript", "template", "form", "input", "button", "select",
  "textarea", "svg", "math", "video", "audio", "canvas", "head", "title", "meta", "link", "base", "frame", "frameset",
]);
/** Containers whose content is kept, the container itself not. */
const TRANSPARENT_BLOCKS = new Set([
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "center", "details", "summary",
  "table", "thead", "tbody", "tfoot", "dl", "body", "html",
]);
/** Blocks whose inline content becomes a paragraph. */
const PARAGRAPH_LIKE = new Set(["p", "pre", "address", "tr", "dt", "dd", "caption", "figcaption"]);
const INLINE_MARKS: Record<string, string> = { strong: "bold", b: "bold", em: "italic", i: "italic", s: "strike", del: "strike", strike: "strike", u: "underline", code: "code", kbd: "code", tt: "code" };

/** Shortcodes WordPress sites commonly carry; others in square brackets are ordinary text ("[sic]"). */
const KNOWN_SHORTCODES = new Set([
  "caption", "wp_caption", "embed", "gallery", "audio", "video", "playlist", "contact-form", "contact-form-7",
  "gravityform", "ninja_form", "wpforms", "vc_row", "vc_column", "vc_column_text", "et_pb_section", "et_pb_row",
  "et_pb_column", "et_pb_text", "fusion_builder_container", "shortcode", "ad", "adsense", "tweet", "youtube", "vimeo",
  "soundcloud", "instagram", "googlemaps", "slideshow", "button", "column", "one_half", "one_third", "toc", "spoiler",
]);
/** Page-builder wrappers: their markers go, the text inside them stays. */
const WRAPPING_SHORTCODES = /^(vc_|et_pb_|fusion_|column|one_|spoiler)/;

class Builder {
  readonly dropped: DroppedCounts = {};
  readonly images: string[] = [];
  constructor(
    readonly classic: boolean,
    readonly options: ConversionOptions = {},
  ) {}

  drop(what: string, count = 1) {
    this.dropped[what] = (this.dropped[what] ?? 0) + count;
  }
}

/** Converts one post's content. `classic` follows WordPress: text without block markup gets paragraphs from blank lines. */
export function convertPostContent(html: string, options: ConversionOptions = {}): Conversion {
  const classic = !html.includes("<!-- wp:");
  const builder = new Builder(classic, options);
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const children = expandShortcodes(dom.children, builder);
  const content = blocks(children, builder);
  return { doc: { type: "doc", content }, dropped: builder.dropped, images: builder.images };
}

// ---- shortcodes ------------------------------------------------------------------------------------

type Token = { node: ChildNode } | { open: string; attrs: Record<string, string>; selfClosing: boolean } | { close: string };

const SHORTCODE_TOKEN = /\[(\/)?([a-zA-Z_][\w-]*)((?:\s+[^\]]*?)?)\s*(\/)?\]/g;
const SHORTCODE_ATTR = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** Splits text nodes at shortcode markers, then pairs markers up across the elements between them. */
function expandShortcodes(nodes: ChildNode[], builder: Builder): ChildNode[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    if (node instanceof Element) node.children = expandShortcodes(node.children, builder);
    if (!(node instanceof Text) || !node.data.includes("[")) {
      tokens.push({ node });
      continue;
    }
    let last = 0;
    for (const match of node.data.matchAll(SHORTCODE_TOKEN)) {
      const name = match[2]!.toLowerCase();
      if (!KNOWN_SHORTCODES.has(name) && !(match[3] ?? "").includes("=")) continue;
      if (match.index > last) tokens.push({ node: new Text(node.data.slice(last, match.index)) });
      if (match[1]) tokens.push({ close: name });
      else {
        const attrs: Record<string, string> = {};
        for (const a of (match[3] ?? "").matchAll(SHORTCODE_ATTR)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
        tokens.push({ open: name, attrs, selfClosing: !!match[4] });
      }
      last = match.index + match[0].length;
    }
    if (last < node.data.length) tokens.push({ node: new Text(node.data.slice(last)) });
  }

  const out: ChildNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ("node" in token) {
      out.push(token.node);
      continue;
    }
    if ("close" in token) {
      builder.drop(`shortcode [${token.close}]`);
      continue;
    }
    const end = token.selfClosing ? -1 : tokens.findIndex((t, j) => j > i && "close" in t && t.close === token.open);
    const inner = end > i ? tokens.slice(i + 1, end).flatMap((t) => ("node" in t ? [t.node] : [])) : [];
    if ((token.open === "caption" || token.open === "wp_caption") && end > i) {
      // Classic captions: [caption id="…"]<img …> The caption text[/caption]. The caption attribute is the older form.
      const figure = new Element("figure", { "data-caption": token.attrs.caption ?? "" }, inner);
      out.push(figure);
    } else if (token.open === "gallery") {
      // Each picture of the gallery becomes an image of the story, in the gallery's order, with its caption.
      const pictures = builder.options.gallery?.(token.attrs) ?? [];
      if (!pictures.length) builder.drop(`shortcode [gallery]`);
      for (const picture of pictures) out.push(new Element("figure", { "data-caption": picture.caption }, [new Element("img", { src: picture.src, alt: picture.alt })]));
    } else if (token.open === "embed" && end > i) {
      out.push(linkParagraph(textOf(inner).trim()));
    } else if (WRAPPING_SHORTCODES.test(token.open) && end > i) {
      builder.drop(`shortcode [${token.open}]`);
      out.push(...inner);
    } else {
      builder.drop(`shortcode [${token.open}]`);
    }
    if (end > i) i = end;
  }
  return out;
}

function linkParagraph(url: string): Element {
  return new Element("p", {}, [new Element("a", { href: url }, [new Text(url)])]);
}

function textOf(nodes: ChildNode[]): string {
  return nodes.map((n) => (n instanceof Text ? n.data : n instanceof Element ? textOf(n.children) : "")).join("");
}

// ---- blocks ------------------------------------------------------------------------------------------

type Inline = RichNode; // text and hardBreak

/** Builds block nodes from a list of DOM nodes, gathering loose inline content into paragraphs. */
function blocks(nodes: ChildNode[], builder: Builder): RichNode[] {
  const out: RichNode[] = [];
  let pending: Inline[] = [];
  const flush = () => {
    out.push(...paragraphs(pending, builder.classic));
    pending = [];
  };
  for (const node of nodes) {
    if (node instanceof Text) {
      pending.push(...inlineText(node.data, [], builder.classic));
      continue;
    }
    if (!(node instanceof Element)) continue; // comments (block delimiters), processing instructions
    countEventAttributes(node, builder);
    const name = node.name;
    if (DROPPED_WITH_CONTENT.has(name)) {
      builder.drop(`<${name}>`);
      continue;
    }
    if (isBlock(node)) {
      flush();
      out.push(...block(node, builder));
      continue;
    }
    // Inline content; images inside it become blocks of their own.
    for (const item of inline(node, [], builder)) {
      if (item.type === "image") {
        flush();
        out.push(item);
      } else pending.push(item);
    }
  }
  flush();
  return out;
}

function isBlock(node: Element): boolean {
  return (
    /^h[1-6]$/.test(node.name) ||
    ["p", "ul", "ol", "blockquote", "figure", "hr", "li"].includes(node.name) ||
    TRANSPARENT_BLOCKS.has(node.name) ||
    PARAGRAPH_LIKE.has(node.name)
  );
}

function block(node: Element, builder: Builder): RichNode[] {
  const name = node.name;
  if (/^h[1-6]$/.test(name)) {
    // The page's h1 is the headline; the editor offers h2 and h3.
    const level = name === "h1" || name === "h2" ? 2 : 3;
    const content = trimInline(inlineChildren(node, builder).filter((n) => n.type !== "image"));
    return content.length ? [{ type: "heading", attrs: { level }, content }] : [];
  }
  if (name === "hr") return [{ type: "horizontalRule" }];
  if (name === "ul" || name === "ol") return list(node, builder);
  if (name === "li") return blocks(node.children, builder);
  if (name === "blockquote") return quote(node, builder);
  if (name === "figure") return figure(node, builder);
  if (PARAGRAPH_LIKE.has(name)) {
    const items = inlineChildren(node, builder);
    const out: RichNode[] = [];
    let run: Inline[] = [];
    for (const item of items) {
      if (item.type === "image") {
        out.push(...paragraphs(run, false), item);
        run = [];
      } else run.push(item);
    }
    out.push(...paragraphs(run, false));
    return out;
  }
  return blocks(node.children, builder);
}

function list(node: Element, builder: Builder): RichNode[] {
  const items: RichNode[] = [];
  for (const child of node.children) {
    if (!(child instanceof Element)) continue;
    const content = child.name === "li" ? blocks(child.children, builder) : block(child, builder);
    // A list item starts with a paragraph in the editor's schema.
    if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
    items.push({ type: "listItem", content });
  }
  if (!items.length) return [];
  if (node.name === "ol") {
    const start = Number(node.attribs.start);
    return [{ type: "orderedList", attrs: { start: Number.isInteger(start) && start > 1 ? start : 1 }, content: items }];
  }
  return [{ type: "bulletList", content: items }];
}

function quote(node: Element, builder: Builder): RichNode[] {
  // Block quotes carry the citation in a <cite> after the text; it becomes the quote's last line.
  const cites = node.children.filter((c): c is Element => c instanceof Element && c.name === "cite");
  const rest = node.children.filter((c) => !cites.includes(c as Element));
  const content = blocks(rest, builder);
  for (const cite of cites) {
    const text = trimInline(inlineChildren(cite, builder).filter((n) => n.type !== "image"));
    if (text.length) content.push({ type: "paragraph", content: [{ type: "text", text: "— " }, ...text] });
  }
  return content.length ? [{ type: "blockquote", content }] : [];
}

function figure(node: Element, builder: Builder): RichNode[] {
  const className = node.attribs.class ?? "";
  if (/\bwp-block-embed\b/.test(className)) {
    // An embedded video or post: a link to it, since the reader site loads nothing from third parties.
    const url = textOf(node.children.filter((c) => !(c instanceof Element && c.name === "figcaption"))).trim();
    const href = safeHref(url);
    if (href) return [{ type: "paragraph", content: [{ type: "text", text: url, marks: [{ type: "link", attrs: { href } }] }] }];
    builder.drop("embed without an address");
    return [];
  }
  const img = findElement(node, "img");
  if (!img) return blocks(node.children, builder);
  if (/\bwp-block-gallery\b/.test(className) || countElements(node, "img") > 1) return gallery(node, builder);
  const captionEl = findElement(node, "figcaption");
  let caption = captionEl ? textOf(captionEl.children) : node.attribs["data-caption"] ?? "";
  if (!captionEl && !caption) {
    // [caption] shortcode: the text beside the image is the caption.
    caption = textOf(node.children.filter((c) => !(c instanceof Element && (c === img || findElement(c, "img") === img))));
  }
  const image = imageNode(img, builder, collapse(caption));
  return image ? [image] : [];
}

/** A block-editor gallery (figures in a figure, or in a list): each picture an image with its own caption, then the gallery's caption. */
function gallery(node: Element, builder: Builder): RichNode[] {
  const out: RichNode[] = [];
  const visit = (children: ChildNode[]) => {
    for (const child of children) {
      if (!(child instanceof Element)) continue;
      if (child.name === "figure" && countElements(child, "img") === 1) out.push(...figure(child, builder));
      else if (child.name === "img") {
        const image = imageNode(child, builder);
        if (image) out.push(image);
      } else if (child.name === "figcaption") {
        const text = trimInline(inlineChildren(child, builder).filter((n) => n.type !== "image"));
        if (text.length) out.push({ type: "paragraph", content: text });
      } else visit(child.children);
    }
  };
  visit(node.children);
  return out;
}

function countElements(node: ChildNode, name: string): number {
  if (!(node instanceof Element)) return 0;
  return (node.name === name ? 1 : 0) + node.children.reduce((n, child) => n + countElements(child, name), 0);
}

function findElement(node: ChildNode, name: string): Element | null {
  if (!(node instanceof Element)) return null;
  if (node.name === name) return node;
  for (const child of node.children) {
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
}

function imageNode(img: Element, builder: Builder, caption = ""): RichNode | null {
  const src = (img.attribs.src ?? "").trim();
  if (!src || src.startsWith("data:")) {
    builder.drop("image without a file");
    return null;
  }
  builder.images.push(src);
  const attrs: Record<string, unknown> = { src, alt: collapse(img.attribs.alt ?? ""), title: null, caption: caption || null, credit: null, width: null, height: null };
  return { type: "image", attrs };
}

// ---- inline ------------------------------------------------------------------------------------------

function inlineChildren(node: Element, builder: Builder): Inline[] {
  return node.children.flatMap((child) => (child instanceof Element ? (countEventAttributes(child, builder), inline(child, [], builder)) : child instanceof Text ? inlineText(child.data, [], false) : []));
}

function inline(node: Element, marks: Mark[], builder: Builder): Inline[] {
  const name = node.name;
  if (DROPPED_WITH_CONTENT.has(name)) {
    builder.drop(`<${name}>`);
    return [];
  }
  if (name === "br") return [{ type: "hardBreak" }];
  if (name === "img") {
    const image = imageNode(node, builder);
    return image ? [image] : [];
  }
  let next = marks;
  const mark = INLINE_MARKS[name];
  if (mark && !marks.some((m) => m.type === mark)) next = [...marks, { type: mark }];
  if (name === "a") {
    const raw = node.attribs.href;
    const href = raw ? safeHref(raw.trim()) : null;
    if (raw && !href) builder.drop("unsafe link");
    if (href) next = [...marks.filter((m) => m.type !== "link"), { type: "link", attrs: { href } }];
  }
  return node.children.flatMap((child) => {
    if (child instanceof Text) return inlineText(child.data, next, false);
    if (child instanceof Element) {
      countEventAttributes(child, builder);
      if (isBlock(child)) return [...inline(child, next, builder), { type: "hardBreak" }];
      return inline(child, next, builder);
    }
    return [];
  });
}

/** Text as HTML shows it: runs of white space are one space. Classic posts keep their line breaks for paragraphing. */
function inlineText(data: string, marks: Mark[], keepNewlines: boolean): Inline[] {
  const text = keepNewlines ? data.replace(/\r\n?/g, "\n").replace(/[ \t\f\u000b]+/g, " ") : data.replace(/\s+/g, " ");
  if (!text) return [];
  return [{ type: "text", text, ...(marks.length ? { marks } : {}) }];
}

/**
 * Loose inline content → paragraphs. In classic posts a blank line starts a paragraph and a single line
 * break is a line break, as WordPress shows them.
 */
function paragraphs(items: Inline[], classic: boolean): RichNode[] {
  const out: RichNode[] = [];
  let current: Inline[] = [];
  const end = () => {
    const content = trimInline(current);
    current = [];
    if (!content.length) return;
    out.push({ type: "paragraph", content: linkBareUrl(content) });
  };
  for (const item of mergeText(items)) {
    if (item.type !== "text" || !classic || !item.text!.includes("\n")) {
      current.push(item);
      continue;
    }
    const parts = item.text!.split(/\n[ \t]*\n\s*/);
    parts.forEach((part, index) => {
      if (index > 0) end();
      part.split("\n").forEach((line, lineIndex) => {
        if (lineIndex > 0) current.push({ type: "hardBreak" });
        if (line) current.push({ ...item, text: line });
      });
    });
  }
  end();
  return out;
}

/** A classic paragraph that is nothing but an address was an embed: it becomes a link. */
function linkBareUrl(content: Inline[]): Inline[] {
  const only = content.length === 1 ? content[0] : null;
  if (!only || only.type !== "text" || only.marks?.length || !/^https?:\/\/\S+$/.test(only.text ?? "")) return content;
  const href = safeHref(only.text);
  return href ? [{ ...only, marks: [{ type: "link", attrs: { href } }] }] : content;
}

/** Neighbouring text with the same marks as one node (a blank line split by a dropped element is still a blank line). */
function mergeText(items: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const item of items) {
    const prev = merged[merged.length - 1];
    if (prev && item.type === "text" && prev.type === "text" && JSON.stringify(prev.marks ?? []) === JSON.stringify(item.marks ?? [])) {
      merged[merged.length - 1] = { ...prev, text: (prev.text ?? "") + (item.text ?? "") };
    } else merged.push(item);
  }
  return merged;
}

/** Drops leading and trailing spaces and line breaks, merges neighbouring text with the same marks. */
function trimInline(items: Inline[]): Inline[] {
  const merged = mergeText(items);
  // Spaces collapse across neighbouring text nodes, as in a browser.
  for (let i = 1; i < merged.length; i++) {
    const prev = merged[i - 1]!;
    const item = merged[i]!;
    if (item.type === "text" && (prev.type === "hardBreak" || (prev.type === "text" && prev.text!.endsWith(" ")))) item.text = item.text!.replace(/^ +/, "");
    if (item.type === "hardBreak" && prev.type === "text") prev.text = prev.text!.replace(/ +$/, "");
  }
  while (merged.length && isBlank(merged[0]!)) merged.shift();
  while (merged.length && isBlank(merged[merged.length - 1]!)) merged.pop();
  const first = merged[0];
  if (first?.type === "text") merged[0] = { ...first, text: first.text!.replace(/^\s+/, "") };
  const last = merged[merged.length - 1];
  if (last?.type === "text") merged[merged.length - 1] = { ...last, text: last.text!.replace(/\s+$/, "") };
  return merged.filter((n) => n.type !== "text" || n.text);
}

function isBlank(node: Inline): boolean {
  return node.type === "hardBreak" || (node.type === "text" && !node.text!.trim());
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const EVENT_ATTRIBUTE = /^on/;
function countEventAttributes(node: Element, builder: Builder) {
  const count = Object.keys(node.attribs).filter((name) => EVENT_ATTRIBUTE.test(name)).length;
  if (count) builder.drop("event attribute", count);
}
