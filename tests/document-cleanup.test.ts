import { describe, expect, it } from "vitest";
import { withoutEmptyBlocks } from "@/lib/rich-text/document";
import { articleInput } from "@/lib/validation/article";

const text = (value: string) => ({ type: "text", text: value });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const empty = { type: "paragraph" };
const item = (...content: unknown[]) => ({ type: "listItem", content });
const bullets = (...items: unknown[]) => ({ type: "bulletList", content: items });

describe("a stored body has no empty list items or trailing empty paragraphs", () => {
  it("drops the empty item left when a list is ended with Enter, and keeps the others in order", () => {
    const cleaned = withoutEmptyBlocks([bullets(item(paragraph(text("New glass"))), item(empty), item(paragraph(text("New wiring")))), paragraph(text("After."))]);
    expect(cleaned).toEqual([bullets(item(paragraph(text("New glass"))), item(paragraph(text("New wiring")))), paragraph(text("After."))]);
  });

  it("drops an item holding only spaces, and a list left with no items at all", () => {
    expect(withoutEmptyBlocks([{ type: "orderedList", attrs: { start: 1 }, content: [item(paragraph(text("  ")))] }, paragraph(text("Text."))])).toEqual([paragraph(text("Text."))]);
  });

  it("cleans nested lists and keeps an item whose only content is an image", () => {
    const image = { type: "image", attrs: { src: "/media/a.jpg", alt: "A quay" } };
    const cleaned = withoutEmptyBlocks([bullets(item(paragraph(text("Outer")), bullets(item(empty))), item(image))]);
    expect(cleaned).toEqual([bullets(item(paragraph(text("Outer"))), item(image))]);
  });

  it("drops empty paragraphs and headings at the end but keeps a separator and gaps between paragraphs", () => {
    const body = [paragraph(text("One.")), empty, paragraph(text("Two.")), { type: "horizontalRule" }, empty, { type: "heading", attrs: { level: 2 } }, paragraph(text(" "))];
    expect(withoutEmptyBlocks(body)).toEqual([paragraph(text("One.")), empty, paragraph(text("Two.")), { type: "horizontalRule" }]);
  });

  it("is applied to every body the article form sends", () => {
    const parsed = articleInput.parse({ headline: "Lamps", body: JSON.stringify({ type: "doc", content: [bullets(item(paragraph(text("Lit"))), item(empty)), empty, empty] }) });
    expect(parsed.body).toEqual({ type: "doc", content: [bullets(item(paragraph(text("Lit"))))] });
  });
});
