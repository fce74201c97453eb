// Property-based tests: random unicode, huge strings, control characters and
// deeply nested JSON thrown at every input validator, the slug generator, the
// rich-text renderer and the search query builder. None may throw; each must
// keep its promise (valid slugs, escaped HTML, bounded queries).
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { safeHref } from "@/lib/rich-text/document";
import { RichText } from "@/lib/rich-text/render";
import { sanitizeDocument, toHtml } from "@/lib/rich-text/sanitize";
import { normaliseSearchQuery, SEARCH_MAX_LENGTH, splitHighlights } from "@/lib/search-query";
import { isValidSlug, slugify } from "@/lib/slug";
import { articleInput, formToObject } from "@/lib/validation/article";
import { authorInput, mergeTagsInput, newUserInput, passwordChangeInput, roleInput, sectionInput, tagInput } from "@/lib/validation/taxonomy";
import { cdata, xml } from "@/lib/xml";
import { wallTimeToInstant, instantToWallTime } from "@/lib/dates-zone";

const RUNS = { numRuns: 300 };
const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 20_000 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "<script>alert(1)</script>", "javascript:alert(1)", "'; DROP TABLE x; --", "%00", "../../etc/passwd", "🚢".repeat(300)),
);
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.boolean(), fc.double(), nasty, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(nasty, tie("value"), { maxKeys: 4 })),
})).value;

/** A plausible but hostile editor document: known and unknown node types, marks and attributes. */
const richNode: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.record({ type: fc.constant("text"), text: nasty, marks: fc.option(fc.array(fc.record({ type: fc.constantFrom("bold", "italic", "link", "code", "evil"), attrs: fc.option(fc.record({ href: nasty })) }), { maxLength: 3 })) }),
    fc.record({
      type: fc.constantFrom("paragraph", "heading", "blockquote", "bulletList", "orderedList", "listItem", "image", "hardBreak", "script", "iframe", "evilNode"),
      attrs: fc.option(fc.dictionary(fc.constantFrom("level", "start", "src", "alt", "caption", "credit", "width", "height", "onclick", "style"), anyJson, { maxKeys: 5 })),
      content: fc.option(fc.array(tie("node"), { maxLength: 4 })),
    }),
    anyJson,
  ),
})).node;

describe("slugs", () => {
  it("slugify always returns a valid slug or an empty string, within the limit", () => {
    fc.assert(fc.property(nasty, fc.integer({ min: 1, max: 200 }), (input, max) => {
      const slug = slugify(input, max);
      expect(slug === "" || isValidSlug(slug)).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(max);
    }), RUNS);
  });
});

describe("rich text", () => {
  it("renders any document without throwing, and never emits a script, event handler or unsafe URL", () => {
    fc.assert(fc.property(fc.record({ type: fc.constant("doc"), content: fc.array(richNode, { maxLength: 6 }) }), (doc) => {
      for (const html of [toHtml(sanitizeDocument(doc)), renderToStaticMarkup(createElement(RichText, { document: doc }))]) {
        expect(html).not.toMatch(/<(script|iframe|style|object|embed)/i);
        expect(html).not.toMatch(/\son[a-z]+=/i);
        expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
      }
    }), RUNS);
  });

  it("accepts only http(s), mailto, tel, site paths and fragments as links", () => {
    fc.assert(fc.property(nasty, (href) => {
      const safe = safeHref(href);
      if (safe !== null) expect(safe).toMatch(/^(https?:|mailto:|tel:|\/(?![/\\])|#)/);
    }), RUNS);
  });

  it("survives non-documents", () => {
    fc.assert(fc.property(anyJson, (value) => {
      expect(() => toHtml(sanitizeDocument(value))).not.toThrow();
    }), RUNS);
  });
});

describe("search query builder", () => {
  it("returns bounded, NUL-free, well-formed text for any input", () => {
    fc.assert(fc.property(fc.oneof(nasty, anyJson), (input) => {
      const q = normaliseSearchQuery(input);
      expect(q.length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH);
      expect(q).not.toMatch(/[\u0000-\u001f]/);
      expect(() => encodeURIComponent(q)).not.toThrow(); // no lone surrogates
      expect(q).toBe(q.trim());
    }), RUNS);
  });

  it("highlight splitting keeps every character of the snippet", () => {
    fc.assert(fc.property(fc.array(fc.oneof(nasty, fc.constantFrom("\ue000", "\ue001")), { maxLength: 10 }), (parts) => {
      const snippet = parts.join("");
      const joined = splitHighlights(snippet).map((p) => p.text).join("");
      expect(joined).toBe(snippet.replace(/[\ue000\ue001]/g, ""));
    }), RUNS);
  });
});

describe("input validators", () => {
  const validators = { articleInput, sectionInput, tagInput, mergeTagsInput, authorInput, newUserInput, roleInput, passwordChangeInput };
  for (const [name, schema] of Object.entries(validators)) {
    it(`${name} answers any input with success or readable issues, never an exception`, () => {
      fc.assert(fc.property(fc.oneof(anyJson, fc.dictionary(fc.constantFrom("id", "headline", "slug", "body", "name", "email", "role", "tags", "authorIds", "version", "intent", "password", "fromId", "intoId", "userId"), fc.oneof(nasty, anyJson), { maxKeys: 8 })), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
      }), RUNS);
    });
  }

  it("a parsed article always has a valid or empty slug and a document body", () => {
    fc.assert(fc.property(fc.record({ headline: nasty, slug: nasty, body: fc.oneof(nasty, anyJson.map((v) => JSON.stringify(v) ?? "")), tags: nasty }), (input) => {
      const result = articleInput.safeParse(input);
      if (result.success) {
        expect(result.data.slug === "" || isValidSlug(result.data.slug)).toBe(true);
        expect(result.data.body.type).toBe("doc");
        expect(Array.isArray(result.data.body.content)).toBe(true);
      }
    }), RUNS);
  });

  it("form data of any shape becomes a plain object", () => {
    fc.assert(fc.property(fc.array(fc.tuple(nasty, nasty), { maxLength: 20 }), (pairs) => {
      const form = new FormData();
      for (const [k, v] of pairs) form.append(k, v);
      expect(typeof formToObject(form)).toBe("object");
    }), RUNS);
  });
});

describe("helpers", () => {
  it("XML escaping leaves no markup and no characters XML forbids", () => {
    fc.assert(fc.property(nasty, (text) => {
      const out = xml(text);
      expect(out).not.toMatch(/[<>"]/);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }), RUNS);
  });

  it("CDATA sections hold any text and stay well-formed XML", () => {
    fc.assert(fc.property(nasty, (text) => {
      const out = cdata(text);
      expect(out.slice(9, -3)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(out.slice(9, -3).split("]]]]><![CDATA[>").every((part) => !part.includes("]]>"))).toBe(true);
    }), RUNS);
  });

  it("impossible wall-clock times are refused", () => {
    for (const bad of ["2026-13-01T10:00", "2026-00-10T10:00", "2026-02-30T10:00", "2026-05-05T24:00", "2026-05-05T10:60", "tomorrow"]) {
      expect(wallTimeToInstant(bad, "Europe/London"), bad).toBeNull();
    }
  });

  it("wall-clock times round-trip through the site's time zone", () => {
    fc.assert(fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (date) => {
      const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
      const wall = instantToWallTime(minute, "Europe/London");
      const back = wallTimeToInstant(wall, "Europe/London")!;
      // The repeated hour when clocks go back is ambiguous: either instant is right.
      expect([0, 3_600_000]).toContain(Math.abs(back.getTime() - minute.getTime()));
    }), RUNS);
    fc.assert(fc.property(nasty, (text) => {
      expect(() => wallTimeToInstant(text, "Europe/London")).not.toThrow();
    }), RUNS);
  });
});
