import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { documentText, excerpt, safeHref, type Mark } from "@/lib/rich-text/document";
import { RichText } from "@/lib/rich-text/render";
import { sanitizeDocument, toHtml } from "@/lib/rich-text/sanitize";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (value: string, marks?: Mark[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (href: string, label = "link") => ({ type: "paragraph", content: [text(label, [{ type: "link", attrs: { href } }])] });

// Both renderers (React for pages, HTML strings for feeds) must agree.
const renderers = {
  react: (value: unknown) => renderToStaticMarkup(createElement(RichText, { document: value })),
  html: (value: unknown) => toHtml(sanitizeDocument(value)),
};

for (const [name, render] of Object.entries(renderers)) {
  describe(`rich text renderer (${name})`, () => {
    it("renders paragraphs, headings, lists, quotes, links and images", () => {
      const html = render(
        doc(
          { type: "heading", attrs: { level: 2 }, content: [text("Section")] },
          { type: "paragraph", content: [text("Bold", [{ type: "bold" }]), text(" and "), text("italic", [{ type: "italic" }])] },
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("one")] }] }] },
          { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("three")] }] }] },
          { type: "blockquote", content: [{ type: "paragraph", content: [text("Quoted")] }] },
          link("https://example.org/a?b=1&c=2", "a link"),
          { type: "image", attrs: { src: "/media/x.jpg", alt: "A harbour", caption: "The harbour", credit: "Photo: A. Person", width: 800, height: 450 } },
        ),
      );
      expect(html).toContain("<h2>Section</h2>");
      expect(html).toContain("<strong>Bold</strong> and <em>italic</em>");
      expect(html).toContain("<ul><li><p>one</p></li></ul>");
      expect(html).toContain('<ol start="3">');
      expect(html).toContain("<blockquote><p>Quoted</p></blockquote>");
      expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
      expect(html).toMatch(/<img src="\/media\/x.jpg" alt="A harbour"[^>]*width="800" height="450"/);
      expect(html).toContain("The harbour");
    });

    it("drops unknown node types and their content, and ignores unknown marks", () => {
      const html = render(
        doc(
          { type: "script", content: [text("alert(1)")] },
          { type: "iframe", attrs: { src: "https://evil.example" } },
          { type: "paragraph", content: [text("kept", [{ type: "evilMark" }])] },
          "not a node",
          null,
          { type: "paragraph", content: "not an array" },
        ),
      );
      expect(html).not.toContain("alert");
      expect(html).not.toContain("iframe");
      expect(html).toContain("<p>kept</p>");
    });

    it("drops javascript:, data: and other unsafe links but keeps their text", () => {
      for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "/\\evil.example"]) {
        const html = render(doc(link(href, "click me")));
        expect(html, href).toBe("<p>click me</p>");
      }
      expect(render(doc({ type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } }))).toBe("");
      expect(render(doc({ type: "image", attrs: { src: "data:image/png;base64,AAAA", alt: "x" } }))).toBe("");
    });

    it("escapes text and attribute values", () => {
      const html = render(doc({ type: "paragraph", content: [text('<script>alert("x")</script> & <b onclick=1>')] }, { type: "image", attrs: { src: "/media/a.jpg", alt: '"><script>alert(1)</script>' } }));
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b ");
      expect(html).toContain("&lt;script&gt;");
      expect(html).not.toMatch(/alt=""><script>/);
    });

    it("never lets attributes other than known ones through", () => {
      const html = render(doc({ type: "paragraph", attrs: { onclick: "alert(1)", style: "x", class: "y" }, content: [text("p")] }, { type: "heading", attrs: { level: 1, onmouseover: "x" }, content: [text("h")] }));
      expect(html).toBe("<p>p</p><h2>h</h2>");
    });
  });
}

describe("document text", () => {
  it("extracts one line per block, with captions, for search and excerpts", () => {
    const value = documentText({ type: "doc", content: [{ type: "heading", content: [text("Title")] }, { type: "paragraph", content: [text("First "), text("para")] }, { type: "image", attrs: { caption: "A caption" } }] });
    expect(value).toBe("Title\nFirst para\nA caption");
  });

  it("cuts excerpts at a word boundary", () => {
    expect(excerpt("one two three four five six", 14)).toBe("one two three…");
    expect(excerpt("short", 14)).toBe("short");
  });

  it("accepts only safe link targets", () => {
    expect(safeHref("https://example.org/x")).toBe("https://example.org/x");
    expect(safeHref("/news/a")).toBe("/news/a");
    expect(safeHref("#top")).toBe("#top");
    expect(safeHref("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});
