import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { diffDocuments, diffText, hasChanges, WORD_BUDGET } from "@/lib/rich-diff";
import { RichTree } from "@/lib/rich-text/render";
import { sanitizeDocument } from "@/lib/rich-text/sanitize";
import type { Mark } from "@/lib/rich-text/document";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (value: string, marks?: Mark[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: "paragraph", content: content.map((c) => (typeof c === "string" ? text(c) : c)) });
const heading = (value: string, level = 2) => ({ type: "heading", attrs: { level }, content: [text(value)] });
const linked = (label: string, href: string) => text(label, [{ type: "link", attrs: { href } }]);
const image = (src: string, alt: string, caption = "") => ({ type: "image", attrs: { src, alt, caption } });
const list = (...items: string[]) => ({ type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [para(item)] })) });

const html = (before: unknown, after: unknown) => renderToStaticMarkup(createElement(RichTree, { tree: diffDocuments(before, after).tree }));

describe("the rendered comparison of two bodies", () => {
  it("shows an unchanged document exactly as readers see it, with nothing marked", () => {
    const body = doc(heading("The vote"), para("Councillors met at ", linked("the hall", "/local/hall"), "."), list("one", "two"), image("/media/a.jpg", "The harbour"));
    const { tree, whole } = diffDocuments(body, body);
    expect(whole).toBe(true);
    expect(tree).toEqual(sanitizeDocument(body));
    expect(hasChanges(tree)).toBe(false);
    expect(html(body, body)).not.toMatch(/<(ins|del)/);
  });

  it("marks an inserted heading as a heading readers would see, inside <ins>", () => {
    const out = html(doc(para("First.")), doc(heading("What happens next"), para("First.")));
    expect(out).toBe('<ins class="diff-block"><h2>What happens next</h2></ins><p>First.</p>');
  });

  it("marks a removed block whole and a changed paragraph word by word", () => {
    const out = html(doc(para("The mayor said no."), para("Gone soon.")), doc(para("The mayor said yes.")));
    expect(out).toBe('<p>The mayor said <del>no.</del><ins>yes.</ins></p><del class="diff-block"><p>Gone soon.</p></del>');
  });

  it("shows a link whose address changed as the old link removed and the new one inserted", () => {
    const out = html(doc(para("Read ", linked("the report", "https://example.org/old"), " today.")), doc(para("Read ", linked("the report", "https://example.org/new"), " today.")));
    expect(out).toContain('<del><a href="https://example.org/old" rel="noopener noreferrer">the report</a></del>');
    expect(out).toContain('<ins><a href="https://example.org/new" rel="noopener noreferrer">the report</a></ins>');
    expect(out.startsWith("<p>Read ")).toBe(true);
    expect(out.endsWith(" today.</p>")).toBe(true);
  });

  it("keeps a link together when only words beside it change", () => {
    const out = html(doc(para("See ", linked("the full report", "/local/report"), " now.")), doc(para("See ", linked("the full report", "/local/report"), " later.")));
    expect(out).toBe('<p>See <a href="/local/report">the full report</a> <del>now.</del><ins>later.</ins></p>');
  });

  it("shows a replaced image as the old picture removed and the new one inserted, with their captions", () => {
    const out = html(doc(image("/media/old.jpg", "Old pier", "The pier in 1990")), doc(image("/media/new.jpg", "New pier", "The pier today")));
    expect(out).toMatch(/^<del class="diff-block"><figure><img src="\/media\/old.jpg" alt="Old pier"[^>]*><figcaption>The pier in 1990<\/figcaption><\/figure><\/del>/);
    expect(out).toMatch(/<ins class="diff-block"><figure><img src="\/media\/new.jpg" alt="New pier"[^>]*><figcaption>The pier today<\/figcaption><\/figure><\/ins>$/);
  });

  it("marks list items inside the list, so the list stays a list", () => {
    const out = html(doc(list("Roads", "Schools")), doc(list("Roads", "Parks", "Schools")));
    expect(out).toBe('<ul><li><p>Roads</p></li><li data-change="ins"><ins class="diff-block"><p>Parks</p></ins></li><li><p>Schools</p></li></ul>');
  });

  it("compares a list item changed in place word by word", () => {
    const out = html(doc(list("Roads closed")), doc(list("Roads open")));
    expect(out).toBe("<ul><li><p>Roads <del>closed</del><ins>open</ins></p></li></ul>");
  });

  it("treats a heading whose level changed as a different block", () => {
    const out = html(doc(heading("Results", 2)), doc(heading("Results", 3)));
    expect(out).toBe('<del class="diff-block"><h2>Results</h2></del><ins class="diff-block"><h3>Results</h3></ins>');
  });

  it("compares plain texts word by word", () => {
    const out = renderToStaticMarkup(createElement(RichTree, { tree: diffText("Bridge to close in May", "Bridge to reopen in May") }));
    expect(out).toBe("Bridge to <del>close</del><ins>reopen</ins> in May");
    expect(diffText("Same", "Same")).toEqual(["Same"]);
  });
});

describe("changes separated only by spaces", () => {
  it("read as one removal and one insertion", () => {
    const out = renderToStaticMarkup(createElement(RichTree, { tree: diffText("Ferry timetable published today", "Ferry timetable changes again today") }));
    expect(out).toBe("Ferry timetable <del>published</del><ins>changes again</ins> today");
  });
});

describe("pairing changed blocks", () => {
  it("pairs a changed list item with the new item most like it, and shows a new item as added", () => {
    const out = html(doc(list("First sailing at 06:10", "Last sailing at 22:40")), doc(list("First sailing at 06:10", "Extra sailing at 09:30", "Last sailing at 23:10")));
    expect(out).toBe(
      '<ul><li><p>First sailing at 06:10</p></li><li data-change="ins"><ins class="diff-block"><p>Extra sailing at 09:30</p></ins></li><li><p>Last sailing at <del>22:40</del><ins>23:10</ins></p></li></ul>',
    );
  });

  it("shows a paragraph rewritten from scratch as one removed and one added, not a jumble of words", () => {
    const out = html(doc(para("The bridge opens on Monday.")), doc(para("Councillors voted against the plan.")));
    expect(out).toBe('<del class="diff-block"><p>The bridge opens on Monday.</p></del><ins class="diff-block"><p>Councillors voted against the plan.</p></ins>');
  });
});

describe("words only added at the end", () => {
  it("are marked without the space before them", () => {
    const out = renderToStaticMarkup(createElement(RichTree, { tree: diffText("More crossings", "More crossings from March") }));
    expect(out).toBe("More crossings <ins>from March</ins>");
  });
});

describe("a comparison that would take too long", () => {
  // Thousands of long paragraphs, each changed by a word: word by word throughout, that is hundreds of millions of
  // steps on the server's one thread.
  const paragraphs = (count: number, last: string) =>
    doc(...Array.from({ length: count }, (_, i) => para(`Paragraph ${i}: ${"the harbour board met again on Tuesday evening and ".repeat(10)}${last}.`)));

  it("compares word by word while its budget lasts, then marks changed paragraphs whole, and says so", () => {
    const before = paragraphs(3000, "no");
    const after = paragraphs(3000, "yes");
    const { tree, whole } = diffDocuments(before, after);
    expect(whole).toBe(false);
    const out = renderToStaticMarkup(createElement(RichTree, { tree }));
    // The first paragraphs word by word, as any story of a normal length is.
    expect(out.startsWith("<p>Paragraph 0: ")).toBe(true);
    expect(out).toContain("<del>no.</del><ins>yes.</ins></p><p>Paragraph 1: ");
    // The last one removed and added whole; nothing of either version is lost.
    expect(out).toMatch(/<del class="diff-block"><p>Paragraph 2999: [^<]*no\.<\/p><\/del><ins class="diff-block"><p>Paragraph 2999: [^<]*yes\.<\/p><\/ins>$/);
    for (const i of [0, 1500, 2999]) expect(out).toContain(`Paragraph ${i}: `);
  });

  it("a story of ordinary length, rewritten throughout, stays well inside the budget", () => {
    // 5,000 words in 50 paragraphs, each changed.
    const { whole } = diffDocuments(paragraphs(50, "no"), paragraphs(50, "yes"), WORD_BUDGET);
    expect(whole).toBe(true);
  });
});
