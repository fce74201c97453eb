// Renders a stored document as React elements (server-side; no client code).
import { createElement, type ReactNode } from "react";
import { sanitizeDocument, type SafeNode } from "./sanitize";

const REACT_ATTRS: Record<string, string> = { class: "className" };

function toReact(nodes: SafeNode[], key: string): ReactNode[] {
  return nodes.map((node, index) => {
    if (typeof node === "string") return node;
    const props: Record<string, unknown> = { key: `${key}.${index}` };
    for (const [name, value] of Object.entries(node.attrs)) props[REACT_ATTRS[name] ?? name] = value;
    return node.children.length ? createElement(node.tag, props, ...toReact(node.children, `${key}.${index}`)) : createElement(node.tag, props);
  });
}

export function RichText({ document }: { document: unknown }) {
  return <RichTree tree={sanitizeDocument(document)} />;
}

/** An already sanitised tree (a comparison of two versions, lib/rich-diff.ts) rendered the same way. */
export function RichTree({ tree }: { tree: SafeNode[] }) {
  return <>{toReact(tree, "n")}</>;
}
