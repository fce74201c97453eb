// Renders a stored document to React elements on the server. An allowlist of
// node and mark types: unknown nodes are dropped (their text kept where it is
// inline), unsafe links lose their href, and text is always escaped by React.
import type { ReactNode } from "react";
import { asDocument, isRichNode, safeHref, safeImageSrc, type Mark, type RichNode } from "./document";

export function RichText({ document }: { document: unknown }) {
  const doc = asDocument(document);
  return <>{renderNodes(doc.content, "b")}</>;
}

function renderNodes(nodes: unknown[] | undefined, key: string): ReactNode[] {
  if (!Array.isArray(nodes)) return [];
  const out: ReactNode[] = [];
  nodes.forEach((node, index) => {
    if (isRichNode(node)) out.push(renderNode(node, `${key}.${index}`));
  });
  return out;
}

function stringAttr(node: RichNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === "string" ? value : "";
}

function renderNode(node: RichNode, key: string): ReactNode {
  const children = () => renderNodes(node.content, key);
  switch (node.type) {
    case "text":
      return typeof node.text === "string" ? applyMarks(node.text, node.marks, key) : null;
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      // The page's h1 is the headline; body headings start at h2.
      const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2));
      const Tag = `h${level}` as "h2" | "h3" | "h4";
      return <Tag key={key}>{children()}</Tag>;
    }
    case "blockquote":
      return <blockquote key={key}>{children()}</blockquote>;
    case "bulletList":
      return <ul key={key}>{children()}</ul>;
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return (
        <ol key={key} start={Number.isInteger(start) && start > 1 && start < 100000 ? start : undefined}>
          {children()}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "image":
      return renderImage(node, key);
    default:
      // Unknown node types are dropped with everything inside them.
      return null;
  }
}

function renderImage(node: RichNode, key: string): ReactNode {
  const src = safeImageSrc(node.attrs?.src);
  if (!src) return null;
  const alt = stringAttr(node, "alt");
  const caption = stringAttr(node, "caption");
  const credit = stringAttr(node, "credit");
  const width = Number(node.attrs?.width) || undefined;
  const height = Number(node.attrs?.height) || undefined;
  return (
    <figure key={key}>
      {/* Inline images come from the media library at their stored size; the aspect ratio avoids layout shift. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="credit"> {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function applyMarks(text: string, marks: Mark[] | undefined, key: string): ReactNode {
  let node: ReactNode = text;
  if (!Array.isArray(marks)) return node;
  marks.forEach((mark, index) => {
    const k = `${key}.m${index}`;
    switch (mark?.type) {
      case "bold":
        node = <strong key={k}>{node}</strong>;
        break;
      case "italic":
        node = <em key={k}>{node}</em>;
        break;
      case "strike":
        node = <s key={k}>{node}</s>;
        break;
      case "underline":
        node = <u key={k}>{node}</u>;
        break;
      case "code":
        node = <code key={k}>{node}</code>;
        break;
      case "link": {
        const href = safeHref(mark.attrs?.href);
        if (!href) break; // an unsafe link keeps its text, loses the link
        const external = /^https?:/.test(href);
        node = (
          <a key={k} href={href} rel={external ? "noopener noreferrer" : undefined}>
            {node}
          </a>
        );
        break;
      }
      default:
        break;
    }
  });
  return node;
}
