import "server-only";
// Bringing a WordPress site's posts into the newsroom, as "import". Each post is checked the way an
// editor's save is (lib/validation/article.ts, and the editor must be able to open its body), written
// in its own transaction with a revision and an audit record, and remembered by its WordPress id, so
// running the same export again updates what changed and adds nothing twice. Images come from the
// site's uploads folder on disk, through the same pipeline as uploads; nothing is fetched from the network.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/generated/prisma/client";
import { oldPathKey } from "@/lib/old-path";
import { countWords, documentText, isRichNode, type RichDocument, type RichNode } from "@/lib/rich-text/document";
import { bodyUnreadableByEditor } from "@/lib/rich-text/editor-schema";
import { RESERVED_SLUGS, isValidSlug, slugify } from "@/lib/slug";
import { articleInput, storable } from "@/lib/validation/article";
import { convertPostContent, type DroppedCounts } from "@/lib/wordpress/body";
import { parseWxr, WxrError, type WxrExport, type WxrItem } from "@/lib/wordpress/wxr";
import { tags as cacheTags, tagsForArticleChange } from "@/server/cache-tags";
import { canImport, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { storeImage } from "@/server/services/media";

export type ImportOutcome = "created" | "updated" | "unchanged" | "skipped" | "failed";
export type ImportLine = {
  wordpressId: number;
  title: string;
  outcome: ImportOutcome;
  /** Why a post was skipped or failed. */
  reason?: string;
  /** What an editor should know about an imported post (a changed slug, a left-out image). */
  notes: string[];
  status?: string;
  url?: string;
  articleId?: string;
};
export type ImportReport = {
  source: string;
  dryRun: boolean;
  counts: Record<ImportOutcome, number>;
  /** Items that are not posts, by type (pages, attachments, menu items, custom types), and comments. */
  notImported: Record<string, number>;
  /** Markup left out of bodies, by kind, over the whole import. */
  dropped: DroppedCounts;
  posts: ImportLine[];
  /** Cache tags of the reader pages the import changed, for the revalidation route. */
  tags: string[];
  seconds: number;
};
export type ImportOptions = {
  uploadsDir?: string;
  dryRun?: boolean;
  /** WordPress category slug → section slug. */
  sectionMap?: Record<string, string>;
  now?: Date;
};

export class ImportError extends Error {}

const KIND_KEY = "wordpress";

type Actorish = Actor | "import";

/** Checks everything that can be checked before a single write: the file and the uploads folder. */
export async function readWordPressExport(file: string, uploadsDir?: string): Promise<WxrExport> {
  let xml: string;
  try {
    xml = await readFile(file, "utf8");
  } catch (error) {
    throw new ImportError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`);
  }
  if (uploadsDir) await checkUploads(uploadsDir);
  try {
    return parseWxr(xml);
  } catch (error) {
    if (error instanceof WxrError) throw new ImportError(error.message);
    throw error;
  }
}

async function checkUploads(dir: string) {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new ImportError(`The uploads folder ${dir} does not exist.`);
  if (!info.isDirectory()) throw new ImportError(`${dir} is a file; --uploads names the folder WordPress keeps uploads in (wp-content/uploads).`);
}

/** "news=local,sport=sport" → { news: "local", sport: "sport" }, or a readable error. */
export function parseSectionMap(value: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  if (!value) return map;
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [from, to, extra] = pair.split("=").map((p) => p.trim());
    if (!from || !to || extra !== undefined || !isValidSlug(to)) {
      throw new ImportError(`--section-map takes wordpress-category=section-slug pairs separated by commas; “${pair}” is not one.`);
    }
    map[from] = to;
  }
  return map;
}

type Attachment = { item: WxrItem; relative: string | null };

/** The state of one import run: lookups built once from the export, media already stored in this run. */
class Run {
  readonly attachmentsById = new Map<number, Attachment>();
  readonly attachmentsByPath = new Map<string, Attachment>();
  readonly dropped: DroppedCounts = {};
  readonly tags = new Set<string>();
  readonly media = new Map<string, { id: string; src: string; width: number; height: number } | null>();
  readonly authorsByLogin = new Map<string, { displayName: string }>();
  /** Ids of sections, topics and bylines by "kind:slug", known to exist (filled only after a commit). */
  readonly ids = new Map<string, string>();
  readonly uploadsPaths: string[];

  constructor(readonly wxr: WxrExport, readonly options: ImportOptions, readonly source: string) {
    for (const author of wxr.authors) this.authorsByLogin.set(author.login, { displayName: author.displayName || author.login });
    const prefixes = new Set([wxr.baseSiteUrl, wxr.siteUrl].filter(Boolean).map((u) => u.replace(/\/+$/, "")));
    this.uploadsPaths = [...prefixes];
    for (const item of wxr.items) {
      if (item.postType !== "attachment") continue;
      const attachment = { item, relative: uploadsRelative(item.attachmentUrl) };
      this.attachmentsById.set(item.id, attachment);
      if (attachment.relative) this.attachmentsByPath.set(attachment.relative, attachment);
    }
  }

  key(kind: string, id: string | number) {
    return `${KIND_KEY}:${this.wxr.baseSiteUrl}#${kind}-${id}`;
  }
}

/** The part of an uploaded file's address under wp-content/uploads/, e.g. "2024/03/harbour.jpg". */
function uploadsRelative(url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://old.invalid").pathname);
  } catch {
    return null;
  }
  const at = pathname.indexOf("/uploads/");
  if (at < 0) return null;
  const relative = path.posix.normalize(pathname.slice(at + "/uploads/".length));
  // Never outside the uploads folder.
  return relative && !relative.startsWith("..") && !path.posix.isAbsolute(relative) ? relative : null;
}

/** WordPress's resized copies ("harbour-1024x683.jpg") belong to the original ("harbour.jpg"). */
function originalOf(relative: string): string {
  return relative.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1");
}

const STATUS: Record<string, "PUBLISHED" | "SCHEDULED" | "DRAFT"> = { publish: "PUBLISHED", future: "SCHEDULED", draft: "DRAFT", pending: "DRAFT", private: "DRAFT" };

export async function importWordPress(actor: Actorish | null, wxr: WxrExport, options: ImportOptions = {}): Promise<ImportReport> {
  if (!canImport(actor)) throw new ImportError("Only an admin, or the import command, may import a site.");
  const started = Date.now();
  if (options.uploadsDir) await checkUploads(options.uploadsDir);
  const run = new Run(wxr, options, wxr.baseSiteUrl);
  const report: ImportReport = {
    source: wxr.baseSiteUrl,
    dryRun: !!options.dryRun,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 },
    notImported: {},
    dropped: run.dropped,
    posts: [],
    tags: [],
    seconds: 0,
  };
  const notImported = (what: string, n = 1) => (report.notImported[what] = (report.notImported[what] ?? 0) + n);
  for (const item of wxr.items) {
    if (item.comments) notImported("comments", item.comments);
    if (item.postType !== "post") {
      if (item.postType !== "attachment") notImported(item.postType === "page" ? "pages" : item.postType === "nav_menu_item" ? "menu items" : `${item.postType || "untyped"} items`);
      continue;
    }
    let line: ImportLine;
    try {
      line = await importPost(run, item);
    } catch (error) {
      line = { wordpressId: item.id, title: item.title, outcome: "failed", reason: (error as Error).message, notes: [] };
    }
    report.counts[line.outcome]++;
    report.posts.push(line);
  }
  report.tags = [...run.tags];
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

type Prepared = {
  key: string;
  status: "PUBLISHED" | "SCHEDULED" | "DRAFT";
  publishedAt: Date | null;
  scheduledAt: Date | null;
  slug: string;
  headline: string;
  standfirst: string;
  body: RichDocument;
  bodyText: string;
  section: { slug: string; name: string } | null;
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  hero: { mediaId: string; alt: string; caption: string } | null;
  oldPaths: string[];
  oldSlugs: string[];
};

async function importPost(run: Run, item: WxrItem): Promise<ImportLine> {
  const line: ImportLine = { wordpressId: item.id, title: plainText(item.title), outcome: "skipped", notes: [] };
  const status = STATUS[item.status];
  if (!status) {
    line.reason = item.status === "trash" ? "in the trash" : `status “${item.status || "none"}” is not imported`;
    return line;
  }
  if (item.status === "private") line.notes.push("private on WordPress: imported as a draft");
  if (item.status === "pending") line.notes.push("pending review on WordPress: imported as a draft");
  const key = run.key("post", item.id);
  const existing = await db.importedItem.findUnique({ where: { key }, select: { fingerprint: true, articleId: true, article: { select: { slug: true } } } });

  const prepared = await prepare(run, item, key, status, line, existing?.articleId ?? null);
  if (!prepared) return line;
  const fingerprint = createHash("sha256").update(JSON.stringify(prepared)).digest("hex");
  line.status = prepared.status;
  if (existing?.articleId && existing.fingerprint === fingerprint) {
    line.outcome = "unchanged";
    line.articleId = existing.articleId;
    line.url = await urlOf(existing.articleId);
    return line;
  }
  if (existing?.articleId) {
    // The newsroom's own edits win: a story saved since its import is not overwritten by the old site.
    const latest = await db.revision.findFirst({ where: { articleId: existing.articleId }, orderBy: { createdAt: "desc" }, select: { kind: true } });
    if (latest && latest.kind !== "import") {
      line.outcome = "skipped";
      line.reason = "changed in the newsroom since it was imported, so it was not overwritten";
      line.articleId = existing.articleId;
      return line;
    }
  }
  line.outcome = existing?.articleId ? "updated" : "created";
  if (run.options.dryRun) return line;

  const result = await writeArticle(run, prepared, fingerprint, existing?.articleId ?? null, run.options.now ?? new Date());
  line.articleId = result.id;
  line.url = result.url;
  line.notes.push(...result.notes);
  result.tags.forEach((t) => run.tags.add(t));
  return line;
}

async function urlOf(articleId: string): Promise<string | undefined> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { slug: true, section: { select: { slug: true } } } });
  return row?.section ? `/${row.section.slug}/${row.slug}` : undefined;
}

/** Everything about a post that does not need a write, checked as an editor's save is checked. */
async function prepare(run: Run, item: WxrItem, key: string, wanted: Prepared["status"], line: ImportLine, articleId: string | null): Promise<Prepared | null> {
  let status = wanted;
  const now = run.options.now ?? new Date();
  const conversion = convertPostContent(item.content);
  for (const [what, n] of Object.entries(conversion.dropped)) {
    run.dropped[what] = (run.dropped[what] ?? 0) + n;
    line.notes.push(`left out: ${what}${n > 1 ? ` ×${n}` : ""}`);
  }
  const body = await resolveBodyImages(run, conversion.doc, line);

  // Headline and standfirst are plain text; WordPress allows markup and entities in both.
  const headline = plainText(item.title);
  const standfirst = plainText(item.excerpt);
  const parsed = articleInput.safeParse({ headline, standfirst, body: JSON.stringify(body), slug: "" });
  if (!parsed.success) {
    line.outcome = "failed";
    line.reason = parsed.error.issues.map((i) => `${i.path.join(".") || "post"}: ${i.message}`).join(" ");
    return null;
  }
  const unreadable = bodyUnreadableByEditor(parsed.data.body);
  if (unreadable) {
    line.outcome = "failed";
    line.reason = `the editor could not open it: ${unreadable}`;
    return null;
  }
  const doc = parsed.data.body as RichDocument;
  const bodyText = documentText({ type: "doc", content: doc.content.filter(isRichNode) });

  const categories = item.terms.filter((t) => t.domain === "category" && t.slug);
  const first = categories[0];
  let section: Prepared["section"] = null;
  if (first) {
    const mapped = run.options.sectionMap?.[first.slug];
    const slug = mapped ?? sectionSlug(first.slug, first.name);
    section = { slug, name: mapped ? (await db.section.findUnique({ where: { slug: mapped }, select: { name: true } }))?.name ?? first.name : plainText(first.name) || slug };
  }
  const topics = new Map<string, string>();
  for (const term of item.terms) {
    if (term === first || (term.domain !== "category" && term.domain !== "post_tag")) continue;
    const name = plainText(term.name).slice(0, 64);
    const slug = slugify(name || decodeSlug(term.slug), 64);
    if (slug && !topics.has(slug)) topics.set(slug, name || slug);
  }
  const login = item.creator;
  const authorName = plainText(run.authorsByLogin.get(login)?.displayName ?? login).slice(0, 120);
  const authors = authorName && slugify(authorName, 80) ? [{ slug: slugify(authorName, 80), name: authorName }] : [];
  if (!authors.length) line.notes.push("no author on WordPress: no byline");

  const hero = await resolveHero(run, item, line);

  let publishedAt: Date | null = null;
  let scheduledAt: Date | null = null;
  if (status === "PUBLISHED") publishedAt = item.dateGmt ?? null;
  if (status === "SCHEDULED") scheduledAt = item.dateGmt;
  // What an editor could not publish is not published by the import either.
  const problems: string[] = [];
  if (status !== "DRAFT") {
    if (!headline) problems.push("no headline");
    if (!section) problems.push("no category for a section");
    if (!bodyText.trim()) problems.push("no text");
    if (status === "PUBLISHED" && !publishedAt) problems.push("no publication date");
    if (status === "SCHEDULED" && !scheduledAt) problems.push("no date to publish on");
    if (status === "SCHEDULED" && scheduledAt && scheduledAt <= now) line.notes.push("its scheduled time has passed: the scheduler publishes it at once");
  }
  if (problems.length) {
    line.notes.push(`imported as a draft (${problems.join(", ")})`);
    status = "DRAFT";
    publishedAt = null;
    scheduledAt = null;
  }
  if (!headline && !bodyText.trim()) {
    line.outcome = "skipped";
    line.reason = "no headline and no text";
    return null;
  }

  const slug = await freeSlug(item, headline, articleId, line);
  const oldSlugs = (item.meta.get("_wp_old_slug") ?? []).map((s) => decodeSlug(s.trim())).filter((s) => s && s !== slug);
  const oldPaths = new Set<string>();
  const permalink = oldPathKey(item.link);
  if (permalink) oldPaths.add(permalink);
  oldPaths.add(`/?p=${item.id}`);
  if (permalink && item.slug) {
    // An old slug answered at the permalink it had then: the same path with the old slug in place of the new one.
    const segments = permalink.split("/");
    const at = segments.lastIndexOf(decodeSlug(item.slug));
    for (const old of item.meta.get("_wp_old_slug") ?? []) {
      if (at < 0 || !old.trim()) continue;
      const key = oldPathKey([...segments.slice(0, at), decodeSlug(old.trim()), ...segments.slice(at + 1)].join("/"));
      if (key) oldPaths.add(key);
    }
  }
  return {
    key,
    status,
    publishedAt,
    scheduledAt,
    slug,
    headline: parsed.data.headline,
    standfirst: parsed.data.standfirst,
    body: doc,
    bodyText,
    section,
    topics: [...topics].map(([slug, name]) => ({ slug, name })),
    authors,
    hero,
    oldPaths: [...oldPaths],
    oldSlugs: [...new Set(oldSlugs.filter(isValidSlug))],
  };
}

function plainText(value: string): string {
  return storable(convertPostContent(`<p>${value}</p>`).doc.content.map((n) => documentText({ type: "doc", content: [n] })).join(" "))
    .replace(/\s+/g, " ")
    .trim();
}

/** WordPress keeps non-ASCII slugs percent-encoded ("caf%c3%a9"). */
function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function sectionSlug(slug: string, name: string): string {
  const candidate = slugify(decodeSlug(slug), 60) || slugify(name, 60) || "imported";
  // A section may not take a path the reader site owns (/search, /tag …).
  return RESERVED_SLUGS.has(candidate) ? `${candidate}-section` : candidate;
}

/** The WordPress slug when no other story has it (now or as an old address); otherwise the first free "-2", "-3" … */
async function freeSlug(item: WxrItem, headline: string, articleId: string | null, line: ImportLine): Promise<string> {
  const base = (isValidSlug(decodeSlug(item.slug)) ? decodeSlug(item.slug) : slugify(decodeSlug(item.slug))) || slugify(headline) || `post-${item.id}`;
  const root = RESERVED_SLUGS.has(base) ? `${base}-story` : base;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 110)}-${n}`;
    const [other, redirect] = await Promise.all([
      db.article.findFirst({ where: { slug: candidate, ...(articleId ? { id: { not: articleId } } : {}) }, select: { id: true } }),
      db.slugRedirect.findUnique({ where: { fromSlug: candidate }, select: { articleId: true } }),
    ]);
    if (!other && (!redirect || redirect.articleId === articleId)) {
      if (candidate !== decodeSlug(item.slug)) line.notes.push(item.slug ? `slug “${decodeSlug(item.slug)}” ${n === 1 ? "is not a valid address here" : "is taken"}: the story is at “${candidate}”` : `no slug on WordPress: the story is at “${candidate}”`);
      return candidate;
    }
  }
  throw new ImportError("no free address for this story");
}

/** Stores (once per file) an image from the uploads folder; null when there is no such file or it is not an image. */
async function mediaFor(run: Run, relative: string, texts: { alt: string; caption: string }, line: ImportLine): Promise<{ id: string; src: string; width: number; height: number } | null> {
  if (run.media.has(relative)) return run.media.get(relative)!;
  const key = run.key("file", relative);
  const known = await db.importedItem.findUnique({ where: { key }, select: { media: { select: { id: true, fileName: true, width: true, height: true } } } });
  if (known?.media) {
    const stored = { id: known.media.id, src: `/media/${known.media.fileName}`, width: known.media.width, height: known.media.height };
    run.media.set(relative, stored);
    return stored;
  }
  const dir = run.options.uploadsDir;
  if (!dir) {
    line.notes.push(`image ${relative} left out: no --uploads folder given`);
    run.media.set(relative, null);
    return null;
  }
  // Prefer the original over a resized copy; take whichever the folder has.
  const candidates = [...new Set([originalOf(relative), relative])];
  let bytes: Buffer | null = null;
  let found = "";
  for (const candidate of candidates) {
    const file = path.join(dir, ...candidate.split("/"));
    if (!path.resolve(file).startsWith(path.resolve(dir) + path.sep)) continue;
    bytes = await readFile(file).catch(() => null);
    if (bytes) {
      found = candidate;
      break;
    }
  }
  if (!bytes) {
    line.notes.push(`image ${relative} left out: not in the uploads folder`);
    run.media.set(relative, null);
    return null;
  }
  if (run.options.dryRun) {
    const placeholder = { id: `dry-run:${found}`, src: `/media/dry-run`, width: 0, height: 0 };
    run.media.set(relative, placeholder);
    return placeholder;
  }
  let stored;
  try {
    stored = await storeImage({ name: path.posix.basename(found), bytes }, texts, null);
  } catch (error) {
    line.notes.push(`image ${relative} left out: ${(error as Error).message}`);
    run.media.set(relative, null);
    return null;
  }
  await db.$transaction(async (tx) => {
    await tx.importedItem.create({ data: { key, mediaId: stored.id, fingerprint: createHash("sha256").update(bytes).digest("hex") } });
    await recordAudit(tx, { actor: "import", action: "media.import", targetType: "media", targetId: stored.id, targetLabel: path.posix.basename(found), summary: `from ${found}`, address: null });
  });
  const result = { id: stored.id, src: stored.src, width: stored.width, height: stored.height };
  run.media.set(relative, result);
  return result;
}

function attachmentTexts(attachment: Attachment | undefined): { alt: string; caption: string; title: string } {
  if (!attachment) return { alt: "", caption: "", title: "" };
  return {
    alt: plainText(attachment.item.meta.get("_wp_attachment_image_alt")?.[0] ?? ""),
    caption: plainText(attachment.item.excerpt),
    title: plainText(attachment.item.title),
  };
}

/** A title that is only a camera or file name ("IMG_2041", "dsc-0042.jpg") describes nothing. */
const FILE_LIKE = /^(img|dsc|dscn|pxl|photo|image|screenshot)?[\s_-]*\d+[\w-]*(\.\w{2,4})?$|\.(jpe?g|png|gif|webp|avif)$/i;

async function resolveHero(run: Run, item: WxrItem, line: ImportLine): Promise<Prepared["hero"]> {
  const id = Number(item.meta.get("_thumbnail_id")?.[0] ?? "");
  if (!id) return null;
  const attachment = run.attachmentsById.get(id);
  if (!attachment?.relative) {
    line.notes.push(`featured image ${id} left out: not in the export`);
    return null;
  }
  const texts = attachmentTexts(attachment);
  // Alt text is required of a story's hero: the attachment's own, else its caption, else a descriptive title.
  const alt = texts.alt || texts.caption || (FILE_LIKE.test(texts.title) ? "" : texts.title);
  if (!alt) {
    line.notes.push(`featured image ${attachment.relative} left out: it has no alt text`);
    return null;
  }
  const media = await mediaFor(run, attachment.relative, { alt, caption: texts.caption }, line);
  return media ? { mediaId: media.id, alt: alt.slice(0, 300), caption: texts.caption.slice(0, 500) } : null;
}

/** Body images point at the old site; each becomes a media-library image, or is left out with a note. */
async function resolveBodyImages(run: Run, doc: RichDocument, line: ImportLine): Promise<RichDocument> {
  const visit = async (nodes: RichNode[]): Promise<RichNode[]> => {
    const out: RichNode[] = [];
    for (const node of nodes) {
      if (node.type !== "image") {
        out.push(node.content ? { ...node, content: await visit(node.content) } : node);
        continue;
      }
      const src = String(node.attrs?.src ?? "");
      const relative = uploadsRelative(src);
      if (!relative) {
        line.notes.push(`image ${src.slice(0, 120)} left out: not from the site's uploads`);
        continue;
      }
      const attachment = run.attachmentsByPath.get(relative) ?? run.attachmentsByPath.get(originalOf(relative));
      const texts = attachmentTexts(attachment);
      const caption = String(node.attrs?.caption ?? "") || texts.caption;
      const alt = String(node.attrs?.alt ?? "") || texts.alt || caption || (FILE_LIKE.test(texts.title) ? "" : texts.title);
      if (!alt) {
        line.notes.push(`image ${relative} left out: it has no alt text`);
        continue;
      }
      const media = await mediaFor(run, relative, { alt, caption }, line);
      if (!media) continue;
      out.push({
        type: "image",
        attrs: { src: media.src, alt: alt.slice(0, 300), title: null, caption: caption ? caption.slice(0, 500) : null, credit: null, width: media.width || null, height: media.height || null },
      });
    }
    return out;
  };
  return { type: "doc", content: await visit(doc.content) };
}

/** One post's write: article, bylines, topics, section, redirects, revision and audit record, in one transaction. */
async function writeArticle(run: Run, p: Prepared, fingerprint: string, articleId: string | null, now: Date): Promise<{ id: string; url?: string; notes: string[]; tags: string[] }> {
  const notes: string[] = [];
  const seen = new Map<string, string>();
  /** A section, topic or byline by slug: the run's memory, else the database, else created (and audited). */
  const idOf = async (kind: string, find: () => Promise<{ id: string } | null>, create: () => Promise<string>) => {
    const known = run.ids.get(kind);
    if (known) return known;
    const id = (await find())?.id ?? (await create());
    seen.set(kind, id);
    return id;
  };
  const result = await db.$transaction(async (tx) => {
    const footprintSelect = {
      id: true,
      slug: true,
      status: true,
      headline: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      authors: { select: { author: { select: { slug: true } } } },
    } satisfies Prisma.ArticleSelect;
    const before = articleId ? await tx.article.findUnique({ where: { id: articleId }, select: footprintSelect }) : null;

    const section = p.section;
    const sectionId = section
      ? await idOf(`section:${section.slug}`, () => tx.section.findUnique({ where: { slug: section.slug }, select: { id: true } }), async () => {
          const position = ((await tx.section.aggregate({ _max: { position: true } }))._max.position ?? 0) + 1;
          const created = await tx.section.create({ data: { slug: section.slug, name: section.name.slice(0, 80), position }, select: { id: true } });
          await recordAudit(tx, { actor: "import", action: "section.create", targetType: "section", targetId: created.id, targetLabel: section.name, summary: `/${section.slug}`, address: null });
          return created.id;
        })
      : null;
    const tagIds: string[] = [];
    for (const topic of p.topics) {
      tagIds.push(
        await idOf(`tag:${topic.slug}`, () => tx.tag.findUnique({ where: { slug: topic.slug }, select: { id: true } }), async () => {
          const tag = await tx.tag.create({ data: { slug: topic.slug, name: topic.name }, select: { id: true } });
          await recordAudit(tx, { actor: "import", action: "topic.create", targetType: "tag", targetId: tag.id, targetLabel: topic.name, address: null });
          return tag.id;
        }),
      );
    }
    const authorIds: string[] = [];
    for (const author of p.authors) {
      authorIds.push(
        await idOf(`author:${author.slug}`, () => tx.author.findUnique({ where: { slug: author.slug }, select: { id: true } }), async () => {
          const row = await tx.author.create({ data: { slug: author.slug, name: author.name }, select: { id: true } });
          await recordAudit(tx, { actor: "import", action: "author.create", targetType: "author", targetId: row.id, targetLabel: author.name, address: null });
          return row.id;
        }),
      );
    }

    const data = {
      slug: p.slug,
      headline: p.headline,
      standfirst: p.standfirst,
      body: p.body as unknown as Prisma.InputJsonObject,
      bodyText: p.bodyText,
      wordCount: countWords(p.bodyText),
      status: p.status,
      scheduledAt: p.scheduledAt,
      publishedAt: p.publishedAt,
      sectionId,
      heroImageId: p.hero?.mediaId ?? null,
      heroAlt: p.hero?.alt || null,
      heroCaption: p.hero?.caption || null,
      updatedById: null,
    };
    let id: string;
    let version: number;
    if (before) {
      const updated = await tx.article.update({
        where: { id: before.id },
        data: { ...data, version: { increment: 1 }, ...(p.status === "PUBLISHED" && before.status === "PUBLISHED" ? { contentUpdatedAt: now } : {}), firstPublishedAt: p.publishedAt ?? undefined },
        select: { id: true, version: true },
      });
      ({ id, version } = updated);
      await tx.articleTag.deleteMany({ where: { articleId: id } });
      await tx.articleAuthor.deleteMany({ where: { articleId: id } });
      if (before.slug !== p.slug && before.status === "PUBLISHED") {
        await tx.slugRedirect.upsert({ where: { fromSlug: before.slug }, create: { fromSlug: before.slug, articleId: id }, update: { articleId: id } });
      }
    } else {
      const created = await tx.article.create({ data: { ...data, createdById: null, firstPublishedAt: p.publishedAt }, select: { id: true, version: true } });
      ({ id, version } = created);
    }
    if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })) });
    if (authorIds.length) await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: id, authorId, position })) });

    // Old addresses: each answers straight to the story's current address (the lookup goes by article, so no chains).
    const url = p.section ? `/${p.section.slug}/${p.slug}` : undefined;
    const paths = p.oldPaths.filter((oldPath) => oldPath !== url);
    const owners = new Map((await tx.pathRedirect.findMany({ where: { path: { in: paths } }, select: { path: true, articleId: true } })).map((r) => [r.path, r.articleId]));
    for (const oldPath of paths) if (owners.has(oldPath) && owners.get(oldPath) !== id) notes.push(`old address ${oldPath} already leads to another story`);
    const newPaths = paths.filter((oldPath) => !owners.has(oldPath));
    if (newPaths.length) await tx.pathRedirect.createMany({ data: newPaths.map((path) => ({ path, articleId: id })) });
    if (p.oldSlugs.length) {
      const taken = await tx.article.findMany({ where: { slug: { in: p.oldSlugs }, id: { not: id } }, select: { slug: true } });
      const slugOwners = await tx.slugRedirect.findMany({ where: { fromSlug: { in: p.oldSlugs } }, select: { fromSlug: true, articleId: true } });
      const owner = new Map(slugOwners.map((r) => [r.fromSlug, r.articleId]));
      for (const oldSlug of p.oldSlugs) {
        if (taken.some((t) => t.slug === oldSlug) || (owner.has(oldSlug) && owner.get(oldSlug) !== id)) notes.push(`old slug “${oldSlug}” is used by another story`);
        else if (!owner.has(oldSlug)) await tx.slugRedirect.create({ data: { fromSlug: oldSlug, articleId: id } });
      }
    }
    await tx.slugRedirect.deleteMany({ where: { fromSlug: p.slug } });

    await tx.importedItem.upsert({ where: { key: p.key }, create: { key: p.key, articleId: id, fingerprint }, update: { articleId: id, fingerprint } });
    await tx.revision.create({
      data: {
        articleId: id,
        version,
        kind: "import",
        userId: null,
        snapshot: JSON.parse(JSON.stringify({ headline: p.headline, standfirst: p.standfirst, body: p.body, slug: p.slug, imported: p.key })) as Prisma.InputJsonObject,
      },
    });
    await recordAudit(tx, {
      actor: "import",
      action: before ? "article.import-update" : "article.import",
      targetType: "article",
      targetId: id,
      targetLabel: p.headline || p.slug,
      summary: `${p.key.replace(/^wordpress:/, "")}; ${before && before.status !== p.status ? `status: ${before.status} → ${p.status}` : `status: ${p.status}`}`,
      address: null,
    });
    const after = await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect });
    const footprint = (row: typeof after) => ({ id: row.id, slug: row.slug, status: row.status, section: row.section?.slug ?? null, tags: row.tags.map((t) => t.tag.slug), authors: row.authors.map((a) => a.author.slug) });
    const tags = [...tagsForArticleChange(before ? footprint(before) : null, footprint(after)), cacheTags.redirects];
    return { id, url, notes, tags };
  });
  // Remembered only once committed: a rolled-back post must not leave the run believing in rows that are not there.
  for (const [kind, id] of seen) run.ids.set(kind, id);
  return result;
}
