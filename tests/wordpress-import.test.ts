// Moving a WordPress site in: what an editor and an SEO lead see after `npm run import:wordpress` on a
// small paper's export (tests/fixtures/wordpress/courier.xml), against the real database.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { oldPathKey } from "@/lib/old-path";
import { documentText, type RichNode } from "@/lib/rich-text/document";
import { bodyUnreadableByEditor } from "@/lib/rich-text/editor-schema";
import { sanitizeDocument, toHtml } from "@/lib/rich-text/sanitize";
import { articleInput } from "@/lib/validation/article";
import { convertPostContent } from "@/lib/wordpress/body";
import { parseWxr } from "@/lib/wordpress/wxr";
import { proxy } from "@/proxy";
import { lookupOldAddress } from "@/server/data/old-addresses";
import { db } from "@/server/db";
import { importWordPress, ImportError, readWordPressExport, type ImportReport } from "@/server/services/wordpress-import";
import { COURIER, forgetImport, taxonomyBefore, type Taxonomy } from "./helpers/wordpress-import";

const fixtures = path.resolve(import.meta.dirname, "fixtures/wordpress");
const exportFile = path.join(fixtures, "courier.xml");
const uploadsDir = path.join(fixtures, "uploads");
const SOURCE = COURIER;
const options = { uploadsDir, sectionMap: { markets: "business" } };


async function counts() {
  const [articles, media, revisions, audit, redirects] = await Promise.all([
    db.article.count(),
    db.media.count(),
    db.revision.count(),
    db.auditEvent.count(),
    db.pathRedirect.count(),
  ]);
  return { articles, media, revisions, audit, redirects };
}

async function story(wordpressId: number) {
  const item = await db.importedItem.findUniqueOrThrow({ where: { key: `${SOURCE}post-${wordpressId}` }, select: { articleId: true } });
  return db.article.findUniqueOrThrow({
    where: { id: item.articleId! },
    include: {
      section: true,
      heroImage: true,
      tags: { include: { tag: true } },
      authors: { include: { author: true }, orderBy: { position: "asc" } },
      revisions: true,
    },
  });
}

function find(nodes: RichNode[], type: string): RichNode[] {
  return nodes.flatMap((node) => [...(node.type === type ? [node] : []), ...find(node.content ?? [], type)]);
}

function line(report: ImportReport, id: number) {
  return report.posts.find((p) => p.wordpressId === id)!;
}

let report: ImportReport;

// Sections, topics and authors the import makes are removed afterwards too (tests/helpers/wordpress-import.ts).
let existing: Taxonomy;

beforeAll(async () => {
  await forgetImport(db, SOURCE);
  existing = await taxonomyBefore(db);
});

afterAll(async () => {
  await forgetImport(db, SOURCE, existing);
});

describe("WordPress import: before anything is written", () => {
  it("refuses a damaged file with its line and column, and writes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "wxr-"));
    const broken = path.join(dir, "broken.xml");
    const text = await readFile(exportFile, "utf8");
    await writeFile(broken, text.replace("</wp:post_name>", "</wp:post_nam>"));
    const before = await counts();
    const error = await readWordPressExport(broken, uploadsDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/not well-formed XML \(line \d+, column \d+\)/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a feed that is not a WordPress export, and a missing uploads folder, by name", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "wxr-"));
    const feed = path.join(dir, "feed.xml");
    await writeFile(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>`);
    await expect(readWordPressExport(feed)).rejects.toThrow("not a WordPress export");
    await expect(readWordPressExport(exportFile, path.join(dir, "no-such-folder"))).rejects.toThrow(/uploads folder .*no-such-folder does not exist/);
  });

  it("a dry run reports what would happen and writes nothing: no stories, images, redirects or audit records", async () => {
    const before = await counts();
    const dry = await importWordPress("import", await readWordPressExport(exportFile, uploadsDir), { ...options, dryRun: true });
    expect(await counts()).toEqual(before);
    expect(dry.dryRun).toBe(true);
    expect(dry.counts).toMatchObject({ created: 8, skipped: 1, failed: 0 });
    expect(existsSync(path.join(uploadsDir, "2024/03/north-lighthouse.jpg"))).toBe(true);
  });
});

describe("WordPress import: the stories", () => {
  beforeAll(async () => {
    report = await importWordPress("import", await readWordPressExport(exportFile, uploadsDir), options);
  });

  it("reports every post: created, skipped with the reason, and what was not imported", () => {
    expect(report.counts).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: 1, failed: 0 });
    expect(line(report, 107)).toMatchObject({ outcome: "skipped", reason: "in the trash" });
    expect(report.notImported).toEqual({ comments: 2, pages: 1, "menu items": 1, "product items": 1 });
    expect(line(report, 106).notes).toContain("private on WordPress: imported as a draft");
    expect(line(report, 111).notes.join()).toContain("is taken: the story is at “ferrier-street-water-main-burst-2”");
    expect(report.dropped).toMatchObject({ "<script>": 1, "<iframe>": 1, "<style>": 1, "unsafe link": 1, "event attribute": 2 });
    // The gallery's pictures are in the export: they became images, nothing was dropped.
    expect(report.dropped["shortcode [gallery]"]).toBeUndefined();
  });

  it("publishes a published post at its original time, in the section of its first category, with bylines and topics", async () => {
    const article = await story(101);
    expect(article.status).toBe("PUBLISHED");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-14T18:30:00.000Z");
    expect(article.firstPublishedAt?.toISOString()).toBe("2024-03-14T18:30:00.000Z");
    expect(article.headline).toBe("Lamp relit at the north lighthouse after eleven dark months");
    expect(article.slug).toBe("north-lighthouse-relit");
    expect(article.standfirst).toBe("Eleven months of repairs end with a crowd on the breakwater.");
    expect(article.section).toMatchObject({ slug: "estuary-life", name: "Estuary Life" });
    expect(article.tags.map((t) => t.tag.name).sort()).toEqual(["Harbour board", "Lighthouses", "Weather"]);
    expect(article.authors.map((a) => [a.author.name, a.author.userId])).toEqual([["Mara Quinlan", null]]);
    expect(article.revisions.map((r) => [r.kind, r.userId])).toEqual([["import", null]]);
    const audit = await db.auditEvent.findFirst({ where: { targetId: article.id, action: "article.import" } });
    expect(audit).toMatchObject({ actorKind: "import", actorName: "import" });
  });

  it("gives the story its featured image as hero, with the attachment's alt text and caption, re-encoded into the library", async () => {
    const article = await story(101);
    expect(article.heroImage).toMatchObject({ width: 120, height: 80, mimeType: "image/jpeg", alt: "The white tower of the north lighthouse against an orange evening sky", uploadedById: null });
    expect(article.heroAlt).toBe("The white tower of the north lighthouse against an orange evening sky");
    expect(article.heroCaption).toBe("The lamp burned again on Friday evening after eleven dark months.");
    expect(existsSync(path.join(process.env.MEDIA_DIR!, article.heroImage!.fileName))).toBe(true);
    // The same file used twice (a hero here, a body image in another story) is one library image.
    const cafe = await story(102);
    const [bodyImage] = find((cafe.body as { content: RichNode[] }).content, "image");
    expect(bodyImage?.attrs?.src).toBe(`/media/${article.heroImage!.fileName}`);
  });

  it("turns classic-editor text into paragraphs, line breaks, marks, links, captioned images, headings and lists", async () => {
    const body = (await story(101)).body as { type: "doc"; content: RichNode[] };
    const types = body.content.map((n) => n.type);
    expect(types).toEqual(["paragraph", "paragraph", "image", "heading", "bulletList", "paragraph", "image", "image", "paragraph"]);
    expect(find(body.content, "text").find((t) => t.text === "six o'clock on Friday")?.marks).toEqual([{ type: "bold" }]);
    expect(find(body.content, "text").find((t) => t.text === "a specialist in the north")?.marks).toEqual([{ type: "link", attrs: { href: "https://glassworks.example/lenses" } }]);
    expect(find(body.content[1]!.content!, "hardBreak")).toHaveLength(1);
    const image = body.content[2]!;
    expect(image.attrs).toMatchObject({ alt: "Stalls on the quay", caption: "Stalls went up on the quay for the occasion.", width: 64, height: 48 });
    expect(String(image.attrs!.src)).toMatch(/^\/media\/[a-f0-9]+\.png$/);
    expect(body.content[3]).toEqual({ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "What changes for boats" }] });
    expect(find(body.content[4]!.content!, "listItem")).toHaveLength(2);
  });

  it("leaves out scripts, frames, styles, event handlers, unsafe links and unknown shortcodes, and keeps the words around them", async () => {
    const article = await story(101);
    const html = toHtml(sanitizeDocument(article.body));
    for (const gone of ["script", "tracker.example", "iframe", "maps.example", "display: none", "steal", "javascript", "[gallery", "onclick"]) expect(html).not.toContain(gone);
    expect(article.bodyText).toContain("A reader wrote in: click here for the keepers' diary.");
    expect(article.bodyText).toContain("Corrections, as ever, to the desk [sic].");
  });

  it("turns block markup into the same document: quotes with their citation, separators, embeds as links, numbered lists", async () => {
    const article = await story(102);
    const body = (article.body as { content: RichNode[] }).content;
    expect(body.map((n) => n.type)).toEqual(["paragraph", "heading", "blockquote", "image", "horizontalRule", "paragraph", "orderedList"]);
    expect(documentText({ type: "doc", content: [body[2]!] })).toBe("We kept the recipes in a tin on the top shelf. The water never reached them.\n— Ingrid Sæther, owner");
    expect(body[3]!.attrs).toMatchObject({ caption: "The view from the café's window.", alt: "The white tower of the north lighthouse against an orange evening sky" });
    expect(body[5]!.content).toEqual([{ type: "text", text: "https://video.example/watch?v=reopening", marks: [{ type: "link", attrs: { href: "https://video.example/watch?v=reopening" } }] }]);
    expect(documentText({ type: "doc", content: [body[6]!] })).toBe("Smørbrød, all day\nKanelbullar from eight");
    expect(JSON.stringify(body)).not.toContain("tracker.example");
  });

  it("keeps non-ASCII text whole, and text WordPress split around ]]> in its CDATA", async () => {
    const article = await story(102);
    expect(article.headline).toBe("Café Øresund reopens on the quay — «bienvenue» again");
    expect(article.slug).toBe("cafe-oresund-reopens");
    expect(article.authors.map((a) => a.author.name)).toEqual(["Tomás Ferreira-Øvergaard"]);
    expect(article.tags.map((t) => t.tag.name)).toEqual(["Cafés"]);
    expect(article.bodyText).toContain("which now reads ]]> in a joke");
  });

  it("maps a category to an existing section when told to", async () => {
    expect((await story(102)).section?.slug).toBe("business");
  });

  it("puts a post in a child category under its top-level category's section, the child categories becoming topics", async () => {
    const article = await story(112);
    expect(article.section?.slug).toBe("estuary-life");
    expect(article.tags.map((t) => t.tag.name).sort()).toEqual(["Harbour News", "Moorings"]);
    expect(await db.section.findUnique({ where: { slug: "moorings" } })).toBeNull();
    expect(await db.section.findUnique({ where: { slug: "harbour-news" } })).toBeNull();
  });

  it("turns a [gallery] shortcode into the story's images, in the gallery's order, with the attachments' alt text and captions", async () => {
    const body = ((await story(101)).body as { content: RichNode[] }).content;
    const [first, second] = body.filter((n) => n.type === "image").slice(1);
    expect(first?.attrs).toMatchObject({ alt: "The white tower of the north lighthouse against an orange evening sky", caption: "The lamp burned again on Friday evening after eleven dark months." });
    expect(second?.attrs).toMatchObject({ alt: "Three awnings, red, blue and green, along the quay" });
    // The same files as the hero image and the café story's picture: no new library images.
    expect(new Set(find(body, "image").map((n) => n.attrs?.src)).size).toBe(2);
  });

  it("turns a block-editor gallery into images with their own captions, then the gallery's caption", async () => {
    const body = ((await story(112)).body as { content: RichNode[] }).content;
    expect(body.map((n) => n.type)).toEqual(["paragraph", "image", "image", "paragraph"]);
    expect(body[1]!.attrs).toMatchObject({ caption: "The lighthouse from the new pontoon.", alt: "The white tower of the north lighthouse against an orange evening sky" });
    expect(body[2]!.attrs).toMatchObject({ alt: "Stalls beside the berths" });
    expect(documentText({ type: "doc", content: [body[3]!] })).toBe("Opening day on the east quay.");
  });

  it("schedules future posts, and keeps drafts, pending and private posts as drafts", async () => {
    const scheduled = await story(103);
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.scheduledAt?.toISOString()).toBe("2099-05-01T06:00:00.000Z");
    expect(scheduled.publishedAt).toBeNull();
    for (const id of [104, 105, 106]) expect((await story(id)).status).toBe("DRAFT");
    expect((await story(104)).slug).toBe("notes-for-a-story-on-the-sluice-gates");
  });

  it("lists a live story under its topics by its publication time, as the database keeps it for every story", async () => {
    const taggings = await db.articleTag.findMany({ where: { article: { imported: { some: { key: { startsWith: SOURCE } } }, status: "PUBLISHED" } }, select: { publishedAt: true, article: { select: { publishedAt: true } } } });
    expect(taggings.length).toBeGreaterThan(0);
    for (const tagging of taggings) expect(tagging.publishedAt).toEqual(tagging.article.publishedAt);
  });

  it("stores bodies that pass the editor's own checks", async () => {
    for (const id of [101, 102, 103, 104, 105, 106, 111, 112]) {
      const article = await story(id);
      expect(bodyUnreadableByEditor(article.body)).toBeNull();
      expect(articleInput.safeParse({ headline: article.headline, standfirst: article.standfirst, body: JSON.stringify(article.body) }).success).toBe(true);
    }
  });
});

describe("WordPress import: old addresses", () => {
  it("sends the permalink, /?p=, and every old slug's address to the story in one hop, with or without the trailing slash", async () => {
    const target = "/estuary-life/north-lighthouse-relit";
    for (const old of [
      "/2024/03/north-lighthouse-relit/",
      "/2024/03/north-lighthouse-relit",
      "/?p=101",
      "/2024/03/lamp-back-on/",
      "https://courier.example/2024/03/lighthouse-lamp-relit-friday",
    ]) {
      expect(await lookupOldAddress(oldPathKey(old)!), old).toBe(target);
    }
    // No chains: the story's own address is not itself a redirect.
    expect(await lookupOldAddress(target)).toBeNull();
    // An old slug also answers under the site's own shape of address.
    expect(await db.slugRedirect.findUnique({ where: { fromSlug: "lamp-back-on" }, select: { article: { select: { slug: true } } } })).toEqual({ article: { slug: "north-lighthouse-relit" } });
  });

  it("sends an attachment's page and its ?attachment_id= address to the story it was uploaded to", async () => {
    for (const old of ["/2024/03/north-lighthouse/", "/?attachment_id=201", "/?p=201"]) {
      expect(await lookupOldAddress(oldPathKey(old)!), old).toBe("/estuary-life/north-lighthouse-relit");
    }
  });

  it("finds a percent-encoded non-ASCII permalink, and leads nowhere for a story that is not live", async () => {
    expect(await lookupOldAddress(oldPathKey("/2024/04/caf%C3%A9-oresund-reopens/")!)).toBe("/business/cafe-oresund-reopens");
    expect(await lookupOldAddress(oldPathKey("/2024/05/staff-rota/")!)).toBeNull();
  });

  it("redirects /?p=<id> from the front page to the story in one hop, answers 404 for a post it does not know, and leaves the plain front page alone", async () => {
    const post = await proxy(new NextRequest("http://localhost/?p=101&utm_source=x"));
    expect([post.status, post.headers.get("location")]).toEqual([308, "http://localhost/estuary-life/north-lighthouse-relit"]);
    expect((await proxy(new NextRequest("http://localhost/?p=999999"))).status).toBe(404);
    expect((await proxy(new NextRequest("http://localhost/?p=not-a-number"))).status).toBe(404);
    const front = await proxy(new NextRequest("http://localhost/"));
    expect([front.status, front.headers.get("location"), front.headers.get("x-middleware-rewrite")]).toEqual([200, null, null]);
  });

  it("answers 410 Gone at the old addresses of a story taken down since, as at its own", async () => {
    const article = await story(101);
    await db.article.update({ where: { id: article.id }, data: { status: "DRAFT" } });
    try {
      for (const address of ["http://localhost/?p=101", "http://localhost/2024/03/north-lighthouse-relit/"]) {
        const answer = await proxy(new NextRequest(address));
        expect([answer.status, answer.headers.get("location")], address).toEqual([410, null]);
        expect(await answer.text()).toContain("This story is no longer available");
      }
      // Without the slash, the old address leads to the story's own, which answers 410 too.
      expect(await lookupOldAddress(oldPathKey("/2024/03/north-lighthouse-relit")!)).toBe("/estuary-life/north-lighthouse-relit");
      expect((await proxy(new NextRequest("http://localhost/estuary-life/north-lighthouse-relit"))).status).toBe(410);
    } finally {
      await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("sends a permalink with its trailing slash straight to the story, and strips the slash from any other address", async () => {
    const permalink = await proxy(new NextRequest("http://localhost/2024/03/north-lighthouse-relit/?utm_source=x"));
    expect([permalink.status, permalink.headers.get("location")]).toEqual([308, "http://localhost/estuary-life/north-lighthouse-relit"]);
    const other = await proxy(new NextRequest("http://localhost/estuary-life/?page=2"));
    expect([other.status, other.headers.get("location")]).toEqual([308, "http://localhost/estuary-life?page=2"]);
  });
});

describe("WordPress import: running it again", () => {
  it("changes nothing when nothing changed: no new stories, images, revisions or audit records", async () => {
    const before = await counts();
    const again = await importWordPress("import", await readWordPressExport(exportFile, uploadsDir), options);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 8, skipped: 1, failed: 0 });
    expect(await counts()).toEqual(before);
  });

  it("updates the story whose post changed, in place, with a revision, and leaves the others alone", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "wxr-"));
    const changed = path.join(dir, "courier.xml");
    await writeFile(changed, (await readFile(exportFile, "utf8")).replace("The same pipe, the same street, the same puddle.", "The same pipe, the same street, a bigger puddle."));
    const before = await story(111);
    const again = await importWordPress("import", await readWordPressExport(changed, uploadsDir), options);
    expect(again.counts).toEqual({ created: 0, updated: 1, unchanged: 7, skipped: 1, failed: 0 });
    const after = await story(111);
    expect(after.id).toBe(before.id);
    expect(after.slug).toBe("ferrier-street-water-main-burst-2");
    expect(after.bodyText).toBe("The same pipe, the same street, a bigger puddle.");
    expect(after.version).toBe(before.version + 1);
    expect(after.revisions).toHaveLength(2);
  });

  it("does not overwrite a story the newsroom has edited since, and says so", async () => {
    const article = await story(101);
    await db.revision.create({ data: { articleId: article.id, version: article.version + 1, kind: "save", snapshot: {} } });
    await db.article.update({ where: { id: article.id }, data: { headline: "Lamp relit: the keepers' story", version: { increment: 1 } } });
    const dir = await mkdtemp(path.join(os.tmpdir(), "wxr-"));
    const changed = path.join(dir, "courier.xml");
    await writeFile(changed, (await readFile(exportFile, "utf8")).replace("watched by a crowd", "watched by a large crowd"));
    const again = await importWordPress("import", await readWordPressExport(changed, uploadsDir), options);
    expect(line(again, 101)).toMatchObject({ outcome: "skipped", reason: "changed in the newsroom since it was imported, so it was not overwritten" });
    expect((await story(101)).headline).toBe("Lamp relit: the keepers' story");
  });

  it("does not overwrite a story the newsroom saves while the import is reading its batch", async () => {
    const article = await story(111);
    const dir = await mkdtemp(path.join(os.tmpdir(), "wxr-"));
    const changed = path.join(dir, "courier.xml");
    await writeFile(changed, (await readFile(exportFile, "utf8")).replace("the same puddle.", "the biggest puddle yet."));
    // The save lands just after the import has read which stories the newsroom had changed, before it writes.
    const read = db.importedItem.findMany.bind(db.importedItem);
    const spy = vi.spyOn(db.importedItem, "findMany").mockImplementationOnce((async (args: Parameters<typeof read>[0]) => {
      const rows = await read(args);
      await db.revision.create({ data: { articleId: article.id, version: article.version + 1, kind: "save", snapshot: {} } });
      await db.article.update({ where: { id: article.id }, data: { headline: "Ferrier Street: what the engineers found", version: { increment: 1 } } });
      return rows;
    }) as unknown as typeof read);
    try {
      const again = await importWordPress("import", await readWordPressExport(changed, uploadsDir), options);
      expect(line(again, 111)).toMatchObject({ outcome: "skipped", reason: "changed in the newsroom since it was imported, so it was not overwritten", articleId: article.id });
    } finally {
      spy.mockRestore();
    }
    const after = await story(111);
    expect([after.headline, after.bodyText]).toEqual(["Ferrier Street: what the engineers found", article.bodyText]);
  });
});

describe("WordPress content conversion", () => {
  it("reads CDATA that WordPress split around ]]> as one text", () => {
    const wxr = parseWxr(
      `<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title><![CDATA[Ends with ]]]]><![CDATA[> here]]></title><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type></item></channel></rss>`,
    );
    expect(wxr.items[0]?.title).toBe("Ends with ]]> here");
  });

  it("turns a [gallery] into the pictures its caller finds, and drops and counts one whose pictures are unknown", () => {
    const pictures = [{ src: "/wp-content/uploads/a.jpg", alt: "A gull", caption: "On the pier" }];
    const found = convertPostContent(`<p>Before</p>[gallery ids="7"]<p>After</p>`, { gallery: (attrs) => (attrs.ids === "7" ? pictures : []) });
    expect(found.doc.content.map((n) => n.type)).toEqual(["paragraph", "image", "paragraph"]);
    expect(found.doc.content[1]!.attrs).toMatchObject({ src: "/wp-content/uploads/a.jpg", alt: "A gull", caption: "On the pier" });
    const unknown = convertPostContent(`<p>Before</p>[gallery ids="8"]`, { gallery: () => [] });
    expect(unknown.doc.content.map((n) => n.type)).toEqual(["paragraph"]);
    expect(unknown.dropped).toEqual({ "shortcode [gallery]": 1 });
  });

  it("makes a link of a classic post's bare address on its own line, and of an [embed]", () => {
    const { doc } = convertPostContent("Watch it:\n\nhttps://video.example/v/1\n\n[embed]https://video.example/v/2[/embed]");
    expect(doc.content.slice(1).map((p) => p.content?.[0]?.marks?.[0]?.attrs?.href)).toEqual(["https://video.example/v/1", "https://video.example/v/2"]);
  });

  it("drops hostile markup however it is nested, and counts it", () => {
    const { doc, dropped } = convertPostContent(`<p>Safe <svg><script>x()</script></svg><a href=" jav&#x09;ascript:x()">text</a><img src="x" onerror="x()"></p><object data="x"></object>`);
    expect(JSON.stringify(doc)).not.toMatch(/script|onerror|object|svg/);
    expect(dropped).toMatchObject({ "<svg>": 1, "unsafe link": 1, "event attribute": 1, "<object>": 1 });
  });
});
