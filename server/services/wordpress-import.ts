import "server-only";
// Bringing a WordPress site's posts into the newsroom, as an admin (from the upload form) or as "import"
// (the command). Each post is checked the way an editor's save is (lib/validation/article.ts, and the
// editor must be able to open its body), written in its own transaction with a revision and an audit
// record, and remembered by its WordPress id, so running the same export again updates what changed and
// adds nothing twice. Images come from the site's uploads folder on disk, through the same pipeline as
// uploads; nothing is fetched from the network.
//
// The export is read as a stream, twice: a first pass checks the whole file and indexes what posts refer
// to (authors, categories, attachments), so a damaged file is refused before anything is written; the
// second imports posts in batches. A batch's look-ups (earlier imports, taken addresses, stored images)
// are one query each, and the next batch is prepared (bodies converted, images re-encoded) while the
// current one is written.
import { createHash, randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/generated/prisma/client";
import { oldPathKey } from "@/lib/old-path";
import { countWords, documentText, isRichNode, type RichDocument, type RichNode } from "@/lib/rich-text/document";
import { bodyUnreadableByEditor } from "@/lib/rich-text/editor-schema";
import { RESERVED_SLUGS, isValidSlug, slugify } from "@/lib/slug";
import { articleInput, storable } from "@/lib/validation/article";
import { convertPostContent, type Conversion, type DroppedCounts, type GalleryImage } from "@/lib/wordpress/body";
import { readWxrFile, WxrError, type WxrCategory, type WxrChannel, type WxrItem } from "@/lib/wordpress/wxr";
import { tags as cacheTags, tagsForArticleChange } from "@/server/cache-tags";
import { canImport, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { auditRow, recordAudit } from "@/server/services/audit";
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
  /** What concerns the whole import rather than one post. */
  notes: string[];
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
  /** The client's address for the audit records (the upload's); none for the command. */
  address?: string | null;
  /** Told after each batch: posts done and posts in the file. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
};

export class ImportError extends Error {}

const KIND_KEY = "wordpress";
/** Posts looked up and written together; small enough that a batch's report lines and bodies stay small. */
const BATCH = 100;
/** Images re-encoded at once (sharp works on its own threads). */
const IMAGE_CONCURRENCY = 2;
/** Posts written at once, each in its own transaction (and so its own connection). */
const WRITE_CONCURRENCY = 4;

export type ImportActor = Actor | "import";

type AttachmentInfo = { id: number; parentId: number; menuOrder: number; link: string; relative: string | null; alt: string; caption: string; title: string };

/** What the first pass learns: the channel, every attachment's texts and file, and what is not a post. */
export type WordPressExport = {
  file: string;
  channel: WxrChannel;
  attachments: Map<number, AttachmentInfo>;
  posts: number;
  notImported: Record<string, number>;
};

/**
 * The first pass: the whole file is read and checked (well-formed XML, a WordPress export) and the uploads
 * folder looked for, so that a bad file is refused before anything is written. Memory holds the channel
 * and the attachments' short texts, never the posts.
 */
export async function readWordPressExport(file: string, uploadsDir?: string): Promise<WordPressExport> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) throw new ImportError(`Cannot read ${path.basename(file)}: ${info.code === "ENOENT" ? "no such file" : info.message}.`);
  if (!info.isFile()) throw new ImportError(`${path.basename(file)} is not a file.`);
  if (uploadsDir) await checkUploads(uploadsDir);
  const result: WordPressExport = { file, channel: { version: "", siteUrl: "", baseSiteUrl: "", authors: [], categories: [] }, attachments: new Map(), posts: 0, notImported: {} };
  const count = (what: string, n = 1) => (result.notImported[what] = (result.notImported[what] ?? 0) + n);
  const items = readWxrFile(file);
  try {
    for (;;) {
      const next = await items.next();
      if (next.done) {
        result.channel = next.value;
        break;
      }
      const item = next.value;
      if (item.comments) count("comments", item.comments);
      if (item.postType === "post") result.posts++;
      else if (item.postType === "attachment") {
        result.attachments.set(item.id, {
          id: item.id,
          parentId: item.parentId,
          menuOrder: item.menuOrder,
          link: item.link,
          relative: uploadsRelative(item.attachmentUrl),
          alt: plainText(item.meta.get("_wp_attachment_image_alt")?.[0] ?? ""),
          caption: plainText(item.excerpt),
          title: plainText(item.title),
        });
      } else count(item.postType === "page" ? "pages" : item.postType === "nav_menu_item" ? "menu items" : `${item.postType || "untyped"} items`);
    }
  } catch (error) {
    if (error instanceof WxrError) throw new ImportError(error.message);
    if ((error as NodeJS.ErrnoException).code) throw new ImportError(`Cannot read ${path.basename(file)}: ${(error as Error).message}.`);
    throw error;
  }
  return result;
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

type StoredImage = { id: string; src: string; width: number; height: number };

/** The state of one import run: lookups built once from the export, media and addresses taken in this run. */
class Run {
  readonly attachmentsByPath = new Map<string, AttachmentInfo>();
  /** A post's own attachments, in WordPress's order, for a [gallery] without ids. */
  readonly attachmentsByParent = new Map<number, AttachmentInfo[]>();
  readonly categories = new Map<string, WxrCategory>();
  readonly dropped: DroppedCounts = {};
  readonly tags = new Set<string>();
  readonly media = new Map<string, StoredImage | null>();
  /** Why an image is not in the library, by its path: said on each post that wanted it. */
  readonly mediaProblems = new Map<string, string>();
  readonly authorsByLogin = new Map<string, { displayName: string }>();
  /** Ids of sections, topics and bylines by "kind:slug", known to exist (filled only after a commit). */
  readonly ids = new Map<string, string>();
  /** Section names for --section-map targets, looked up once. */
  readonly sectionNames = new Map<string, string | null>();
  /** Slugs given to posts of this run (by WordPress id), so two posts never get the same one. */
  readonly slugs = new Map<string, number>();
  readonly now: Date;
  readonly userId: string | null;

  constructor(
    readonly wxr: WordPressExport,
    readonly options: ImportOptions,
    readonly actor: ImportActor,
  ) {
    this.now = options.now ?? new Date();
    this.userId = actor === "import" ? null : actor.id;
    for (const author of wxr.channel.authors) this.authorsByLogin.set(author.login, { displayName: author.displayName || author.login });
    for (const category of wxr.channel.categories) if (category.slug) this.categories.set(category.slug, category);
    for (const attachment of wxr.attachments.values()) {
      if (attachment.relative) this.attachmentsByPath.set(attachment.relative, attachment);
      if (attachment.parentId) this.attachmentsByParent.set(attachment.parentId, [...(this.attachmentsByParent.get(attachment.parentId) ?? []), attachment]);
    }
    for (const list of this.attachmentsByParent.values()) list.sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
  }

  key(kind: string, id: string | number) {
    return `${KIND_KEY}:${this.wxr.channel.baseSiteUrl}#${kind}-${id}`;
  }

  audit(tx: Prisma.TransactionClient, entry: Omit<Parameters<typeof recordAudit>[1], "actor" | "address">) {
    return recordAudit(tx, { ...entry, actor: this.actor, address: this.options.address ?? null });
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

export async function importWordPress(actor: ImportActor | null, wxr: WordPressExport, options: ImportOptions = {}): Promise<ImportReport> {
  if (!actor || !canImport(actor)) throw new ImportError("Only an admin, or the import command, may import a site.");
  const started = Date.now();
  if (options.uploadsDir) await checkUploads(options.uploadsDir);
  const run = new Run(wxr, options, actor);
  const report: ImportReport = {
    source: wxr.channel.baseSiteUrl,
    dryRun: !!options.dryRun,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 },
    notImported: { ...wxr.notImported },
    dropped: run.dropped,
    notes: [],
    posts: [],
    tags: [],
    seconds: 0,
  };
  const finish = async (lines: ImportLine[]) => {
    for (const line of lines) {
      report.counts[line.outcome]++;
      report.posts.push(line);
    }
    await options.onProgress?.(report.posts.length, wxr.posts);
  };
  // While one batch is written, the next is prepared: its look-ups and image work overlap the writes.
  let preparing: Promise<Batch> | null = null;
  let batch: WxrItem[] = [];
  const items = readWxrFile(wxr.file);
  let readError: unknown = null;
  for (;;) {
    let next: IteratorResult<WxrItem, unknown>;
    try {
      next = await items.next();
    } catch (error) {
      readError = error;
      break;
    }
    if (next.done) break;
    if (next.value.postType !== "post") continue;
    batch.push(next.value);
    if (batch.length < BATCH) continue;
    const prepared = prepareBatch(run, batch);
    // Awaited below; meanwhile a failure must not count as unhandled.
    prepared.catch(() => {});
    batch = [];
    if (preparing) await finish(await writeBatch(run, await preparing));
    preparing = prepared;
  }
  const last = batch.length ? prepareBatch(run, batch) : null;
  last?.catch(() => {});
  if (preparing) await finish(await writeBatch(run, await preparing));
  if (last) await finish(await writeBatch(run, await last));
  // The first pass read this file whole: it changed or went away since.
  if (readError) throw new ImportError(`The file could not be read to the end (${(readError as Error).message}); the posts before that point were imported.`);
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

type Existing = { fingerprint: string; articleId: string | null; url?: string; editedSince: boolean };
/** A post ready to write (or already decided: unchanged, skipped, failed, or a dry run). */
type Pending = { line: ImportLine; prepared?: Prepared; fingerprint?: string; articleId: string | null };

const EDITED_IN_NEWSROOM = "changed in the newsroom since it was imported, so it was not overwritten";
/** A story saved in the newsroom after its batch was prepared: the post is skipped, as it would have been. */
class EditedInNewsroom extends Error {
  constructor() {
    super(EDITED_IN_NEWSROOM);
  }
}
type Batch = { pending: Pending[]; pathOwners: Map<string, string>; slugOwners: Map<string, string>; takenSlugs: Map<string, string> };

/** Everything about a batch of posts that needs no write (apart from new images), with one query per kind of look-up. */
async function prepareBatch(run: Run, items: WxrItem[]): Promise<Batch> {
  const keys = items.map((item) => run.key("post", item.id));
  const rows = await db.importedItem.findMany({
    where: { key: { in: keys } },
    select: {
      key: true,
      fingerprint: true,
      articleId: true,
      article: { select: { slug: true, section: { select: { slug: true } }, revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { kind: true } } } },
    },
  });
  const existing = new Map<string, Existing>(
    rows.map((r) => [
      r.key,
      {
        fingerprint: r.fingerprint,
        articleId: r.articleId,
        url: r.article?.section ? `/${r.article.section.slug}/${r.article.slug}` : undefined,
        // The newsroom's own edits win: a story saved since its import is not overwritten by the old site.
        editedSince: !!r.article?.revisions[0] && r.article.revisions[0].kind !== "import",
      },
    ]),
  );

  const conversions = items.map((item) => convertPostContent(item.content, { gallery: (attrs) => galleryImages(run, item, attrs) }));
  await storeImages(run, items, conversions);
  const slugs = await slugLookups(items);

  const pending: Pending[] = [];
  for (const [i, item] of items.entries()) {
    const line: ImportLine = { wordpressId: item.id, title: plainText(item.title), outcome: "skipped", notes: [] };
    const known = existing.get(keys[i]!);
    try {
      pending.push(await preparePost(run, item, keys[i]!, conversions[i]!, line, known, slugs));
    } catch (error) {
      line.outcome = "failed";
      line.reason = (error as Error).message;
      pending.push({ line, articleId: known?.articleId ?? null });
    }
  }

  // The old addresses the batch asks for, and who has them already.
  const paths = pending.flatMap((p) => p.prepared?.oldPaths ?? []);
  const oldSlugs = pending.flatMap((p) => p.prepared?.oldSlugs ?? []);
  const [pathRows, slugRows, takenRows] = await Promise.all([
    paths.length ? db.pathRedirect.findMany({ where: { path: { in: paths } }, select: { path: true, articleId: true } }) : [],
    oldSlugs.length ? db.slugRedirect.findMany({ where: { fromSlug: { in: oldSlugs } }, select: { fromSlug: true, articleId: true } }) : [],
    oldSlugs.length ? db.article.findMany({ where: { slug: { in: oldSlugs } }, select: { slug: true, id: true } }) : [],
  ]);
  return {
    pending,
    pathOwners: new Map(pathRows.map((r) => [r.path, r.articleId])),
    slugOwners: new Map(slugRows.map((r) => [r.fromSlug, r.articleId])),
    takenSlugs: new Map(takenRows.map((r) => [r.slug, r.id])),
  };
}

type SlugLookups = { articles: Map<string, string>; redirects: Map<string, string> };

/** Who has each slug the batch's posts would like, in one query per table; the rare clash is settled post by post. */
async function slugLookups(items: WxrItem[]): Promise<SlugLookups> {
  const wanted = items.map((item) => wantedSlug(item, plainText(item.title)));
  const [articles, redirects] = await Promise.all([
    db.article.findMany({ where: { slug: { in: wanted } }, select: { slug: true, id: true } }),
    db.slugRedirect.findMany({ where: { fromSlug: { in: wanted } }, select: { fromSlug: true, articleId: true } }),
  ]);
  return { articles: new Map(articles.map((a) => [a.slug, a.id])), redirects: new Map(redirects.map((r) => [r.fromSlug, r.articleId])) };
}

async function preparePost(run: Run, item: WxrItem, key: string, conversion: Conversion, line: ImportLine, existing: Existing | undefined, slugs: SlugLookups): Promise<Pending> {
  const articleId = existing?.articleId ?? null;
  const status = STATUS[item.status];
  if (!status) {
    line.reason = item.status === "trash" ? "in the trash" : `status “${item.status || "none"}” is not imported`;
    return { line, articleId };
  }
  if (item.status === "private") line.notes.push("private on WordPress: imported as a draft");
  if (item.status === "pending") line.notes.push("pending review on WordPress: imported as a draft");
  const prepared = await prepare(run, item, key, status, conversion, line, articleId, slugs);
  if (!prepared) return { line, articleId };
  const fingerprint = createHash("sha256").update(JSON.stringify(prepared)).digest("hex");
  line.status = prepared.status;
  if (existing?.articleId && existing.fingerprint === fingerprint) {
    line.outcome = "unchanged";
    line.articleId = existing.articleId;
    line.url = existing.url;
    return { line, articleId };
  }
  if (existing?.articleId && existing.editedSince) {
    line.outcome = "skipped";
    line.reason = EDITED_IN_NEWSROOM;
    line.articleId = existing.articleId;
    return { line, articleId };
  }
  line.outcome = existing?.articleId ? "updated" : "created";
  return { line, prepared, fingerprint, articleId };
}

/**
 * Writes a prepared batch, each post in its own transaction; a post that fails says why and the others go
 * on. A few posts are written at once, so that one post's round trips to the database overlap another's
 * work; a post that would create a section, topic or byline is written alone, so no two create the same.
 */
async function writeBatch(run: Run, batch: Batch): Promise<ImportLine[]> {
  const writeOne = async ({ line, prepared, fingerprint, articleId }: Pending) => {
    try {
      const result = await writeArticle(run, batch, prepared!, fingerprint!, articleId);
      line.articleId = result.id;
      line.url = result.url;
      line.notes.push(...result.notes);
      result.tags.forEach((t) => run.tags.add(t));
    } catch (error) {
      line.reason = (error as Error).message;
      if (error instanceof EditedInNewsroom) {
        // The story stays as the newsroom left it, at its address, with the slug it has.
        line.outcome = "skipped";
        line.articleId = articleId ?? undefined;
        return;
      }
      line.outcome = "failed";
      // A slug given to a post that did not land is free again.
      if (run.slugs.get(prepared!.slug) === line.wordpressId) run.slugs.delete(prepared!.slug);
    }
  };
  const createsTaxonomy = (p: Prepared) =>
    (p.section && !run.ids.has(`section:${p.section.slug}`)) || p.topics.some((t) => !run.ids.has(`tag:${t.slug}`)) || p.authors.some((a) => !run.ids.has(`author:${a.slug}`));
  const inFlight = new Set<Promise<void>>();
  for (const pending of batch.pending) {
    if (!pending.prepared || !pending.fingerprint || run.options.dryRun) continue;
    if (createsTaxonomy(pending.prepared)) {
      await Promise.all(inFlight);
      await writeOne(pending);
      continue;
    }
    const task: Promise<void> = writeOne(pending).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= WRITE_CONCURRENCY) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return batch.pending.map((p) => p.line);
}

/** Everything about a post that does not need a write, checked as an editor's save is checked. */
async function prepare(
  run: Run,
  item: WxrItem,
  key: string,
  wanted: Prepared["status"],
  conversion: Conversion,
  line: ImportLine,
  articleId: string | null,
  slugs: SlugLookups,
): Promise<Prepared | null> {
  let status = wanted;
  for (const [what, n] of Object.entries(conversion.dropped)) {
    run.dropped[what] = (run.dropped[what] ?? 0) + n;
    line.notes.push(`left out: ${what}${n > 1 ? ` ×${n}` : ""}`);
  }
  const body = resolveBodyImages(run, conversion.doc, line);

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

  const { section, topics } = await sectionAndTopics(run, item);
  const login = item.creator;
  const authorName = plainText(run.authorsByLogin.get(login)?.displayName ?? login).slice(0, 120);
  const authors = authorName && slugify(authorName, 80) ? [{ slug: slugify(authorName, 80), name: authorName }] : [];
  if (!authors.length) line.notes.push("no author on WordPress: no byline");

  const hero = resolveHero(run, item, line);

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
    if (status === "SCHEDULED" && scheduledAt && scheduledAt <= run.now) line.notes.push("its scheduled time has passed: the scheduler publishes it at once");
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

  const slug = await freeSlug(run, item, headline, articleId, line, slugs);
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
      const oldKey = oldPathKey([...segments.slice(0, at), decodeSlug(old.trim()), ...segments.slice(at + 1)].join("/"));
      if (oldKey) oldPaths.add(oldKey);
    }
  }
  // Attachment pages ("/2024/03/story/photo/", "/?attachment_id=201") of the post's own images lead to the story.
  for (const attachment of run.attachmentsByParent.get(item.id) ?? []) {
    oldPaths.add(`/?attachment_id=${attachment.id}`).add(`/?p=${attachment.id}`);
    const page = attachment.link ? oldPathKey(attachment.link) : null;
    if (page) oldPaths.add(page);
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
    topics,
    authors,
    hero,
    oldPaths: [...oldPaths],
    oldSlugs: [...new Set(oldSlugs.filter(isValidSlug))],
  };
}

/**
 * The section comes from the post's first category. A child category ("Harbour" under "News") does not get
 * a section of its own: the post goes to the section of its top-level category, and the child category and
 * any between become topics. `--section-map` wins, for the category itself or, failing that, its nearest
 * mapped parent. Every other category and every tag becomes a topic.
 */
async function sectionAndTopics(run: Run, item: WxrItem): Promise<{ section: Prepared["section"]; topics: Prepared["topics"] }> {
  const categories = item.terms.filter((t) => t.domain === "category" && t.slug);
  const first = categories[0];
  const topics = new Map<string, string>();
  const addTopic = (rawName: string, rawSlug: string) => {
    const name = plainText(rawName).slice(0, 64);
    const slug = slugify(name || decodeSlug(rawSlug), 64);
    if (slug && !topics.has(slug)) topics.set(slug, name || slug);
  };
  let section: Prepared["section"] = null;
  if (first) {
    // The chain from the category up to its top-level parent (a loop in a damaged export stops it).
    const chain = [{ slug: first.slug, name: first.name }];
    for (let parent = run.categories.get(first.slug)?.parent; parent && chain.length < 20 && !chain.some((c) => c.slug === parent); parent = run.categories.get(parent)?.parent) {
      chain.push({ slug: parent, name: run.categories.get(parent)?.name ?? parent });
    }
    const mappedAt = chain.findIndex((c) => run.options.sectionMap?.[c.slug]);
    const owner = mappedAt >= 0 ? chain[mappedAt]! : chain[chain.length - 1]!;
    const mapped = mappedAt >= 0 ? run.options.sectionMap![owner.slug]! : null;
    if (mapped) {
      if (!run.sectionNames.has(mapped)) run.sectionNames.set(mapped, (await db.section.findUnique({ where: { slug: mapped }, select: { name: true } }))?.name ?? null);
      section = { slug: mapped, name: run.sectionNames.get(mapped) ?? plainText(owner.name) };
    } else {
      const slug = sectionSlug(owner.slug, owner.name);
      section = { slug, name: plainText(owner.name) || slug };
    }
    for (const c of chain.slice(0, chain.indexOf(owner))) addTopic(c.name, c.slug);
  }
  for (const term of item.terms) {
    if (term === first || (term.domain !== "category" && term.domain !== "post_tag")) continue;
    addTopic(term.name, term.slug);
  }
  return { section, topics: [...topics].map(([slug, name]) => ({ slug, name })) };
}

function plainText(value: string): string {
  // Most titles and names have no markup, entity or shortcode: no need to parse them.
  if (!/[<&[]/.test(value)) return storable(value).replace(/\s+/g, " ").trim();
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

function wantedSlug(item: WxrItem, headline: string): string {
  const base = (isValidSlug(decodeSlug(item.slug)) ? decodeSlug(item.slug) : slugify(decodeSlug(item.slug))) || slugify(headline) || `post-${item.id}`;
  return RESERVED_SLUGS.has(base) ? `${base}-story` : base;
}

/** The WordPress slug when no other story has it (now, as an old address, or earlier in this run); otherwise the first free "-2", "-3" … */
async function freeSlug(run: Run, item: WxrItem, headline: string, articleId: string | null, line: ImportLine, known: SlugLookups): Promise<string> {
  const root = wantedSlug(item, headline);
  const ours = (owner: string | undefined) => !owner || owner === articleId;
  const free = async (candidate: string, n: number) => {
    const inRun = run.slugs.get(candidate);
    if (inRun !== undefined && inRun !== item.id) return false;
    if (n === 1) return ours(known.articles.get(candidate)) && ours(known.redirects.get(candidate));
    const [other, redirect] = await Promise.all([
      db.article.findFirst({ where: { slug: candidate, ...(articleId ? { id: { not: articleId } } : {}) }, select: { id: true } }),
      db.slugRedirect.findUnique({ where: { fromSlug: candidate }, select: { articleId: true } }),
    ]);
    return !other && ours(redirect?.articleId);
  };
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, 110)}-${n}`;
    if (!(await free(candidate, n))) continue;
    if (candidate !== decodeSlug(item.slug)) line.notes.push(item.slug ? `slug “${decodeSlug(item.slug)}” ${n === 1 ? "is not a valid address here" : "is taken"}: the story is at “${candidate}”` : `no slug on WordPress: the story is at “${candidate}”`);
    run.slugs.set(candidate, item.id);
    return candidate;
  }
  throw new ImportError("no free address for this story");
}

/** A title that is only a camera or file name ("IMG_2041", "dsc-0042.jpg") describes nothing. */
const FILE_LIKE = /^(img|dsc|dscn|pxl|photo|image|screenshot)?[\s_-]*\d+[\w-]*(\.\w{2,4})?$|\.(jpe?g|png|gif|webp|avif)$/i;

/** Alt text is required of a story's images: the attachment's own, else its caption, else a descriptive title. */
function altFor(texts: { alt: string; caption: string; title: string } | undefined, own = ""): string {
  if (own) return own;
  if (!texts) return "";
  return texts.alt || texts.caption || (FILE_LIKE.test(texts.title) ? "" : texts.title);
}

/** The pictures of a [gallery] shortcode: its ids (or include) in order, else the post's own attachments. */
function galleryImages(run: Run, item: WxrItem, attrs: Record<string, string>): GalleryImage[] {
  const listed = (attrs.ids ?? attrs.include ?? "").split(",").map((id) => Number(id.trim())).filter((id) => Number.isSafeInteger(id) && id > 0);
  const attachments = listed.length ? listed.map((id) => run.wxr.attachments.get(id)).filter((a): a is AttachmentInfo => !!a) : (run.attachmentsByParent.get(item.id) ?? []);
  return attachments.filter((a) => a.relative).map((a) => ({ src: `/wp-content/uploads/${a.relative}`, alt: altFor(a), caption: a.caption }));
}

type ImageWish = { relative: string; alt: string; caption: string };

/** The hero a post asks for, or why it cannot have one. */
function heroWish(run: Run, item: WxrItem): { wish: ImageWish | null; problem?: string } {
  const id = Number(item.meta.get("_thumbnail_id")?.[0] ?? "");
  if (!id) return { wish: null };
  const attachment = run.wxr.attachments.get(id);
  if (!attachment?.relative) return { wish: null, problem: `featured image ${id} left out: not in the export` };
  const alt = altFor(attachment);
  if (!alt) return { wish: null, problem: `featured image ${attachment.relative} left out: it has no alt text` };
  return { wish: { relative: attachment.relative, alt, caption: attachment.caption } };
}

/** A body image's file, texts, or why it is left out. */
function bodyImageWish(run: Run, node: RichNode): { wish: ImageWish | null; problem?: string } {
  const src = String(node.attrs?.src ?? "");
  const relative = uploadsRelative(src);
  if (!relative) return { wish: null, problem: `image ${src.slice(0, 120)} left out: not from the site's uploads` };
  const attachment = run.attachmentsByPath.get(relative) ?? run.attachmentsByPath.get(originalOf(relative));
  const caption = String(node.attrs?.caption ?? "") || attachment?.caption || "";
  const alt = altFor(attachment ? { ...attachment, caption } : { alt: "", caption, title: "" }, String(node.attrs?.alt ?? ""));
  if (!alt) return { wish: null, problem: `image ${relative} left out: it has no alt text` };
  // A resized copy ("-1024x683") of a known attachment is that attachment's file: one library image for both.
  return { wish: { relative: attachment?.relative ?? relative, alt, caption } };
}

function imagesOf(nodes: RichNode[]): RichNode[] {
  return nodes.flatMap((node) => (node.type === "image" ? [node] : imagesOf(node.content ?? [])));
}

/**
 * Puts every image a batch needs into the library before its posts are prepared: the ones an earlier run
 * stored are found with one query, the others re-encoded a few at a time. Each file is stored once, with
 * the texts of the first post that shows it.
 */
async function storeImages(run: Run, items: WxrItem[], conversions: Conversion[]) {
  const wishes = new Map<string, ImageWish>();
  items.forEach((item, i) => {
    const hero = heroWish(run, item).wish;
    if (hero && !wishes.has(hero.relative)) wishes.set(hero.relative, hero);
    for (const node of imagesOf(conversions[i]!.doc.content)) {
      const wish = bodyImageWish(run, node).wish;
      if (wish && !wishes.has(wish.relative)) wishes.set(wish.relative, wish);
    }
  });
  const missing = [...wishes.values()].filter((w) => !run.media.has(w.relative) && !run.mediaProblems.has(w.relative));
  if (!missing.length) return;
  const known = await db.importedItem.findMany({
    where: { key: { in: missing.map((w) => run.key("file", w.relative)) } },
    select: { key: true, media: { select: { id: true, fileName: true, width: true, height: true } } },
  });
  const byKey = new Map(known.map((k) => [k.key, k.media]));
  const toStore: ImageWish[] = [];
  for (const wish of missing) {
    const media = byKey.get(run.key("file", wish.relative));
    if (media) run.media.set(wish.relative, { id: media.id, src: `/media/${media.fileName}`, width: media.width, height: media.height });
    else toStore.push(wish);
  }
  let next = 0;
  const worker = async () => {
    while (next < toStore.length) await storeOne(run, toStore[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IMAGE_CONCURRENCY, toStore.length) }, worker));
}

/** Stores one image from the uploads folder (the original rather than a resized copy), or records why not. */
async function storeOne(run: Run, wish: ImageWish) {
  const { relative } = wish;
  const dir = run.options.uploadsDir;
  if (!dir) {
    run.mediaProblems.set(relative, `image ${relative} left out: no uploads folder given`);
    return;
  }
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
    run.mediaProblems.set(relative, `image ${relative} left out: not in the uploads folder`);
    return;
  }
  if (run.options.dryRun) {
    run.media.set(relative, { id: `dry-run:${found}`, src: `/media/dry-run`, width: 0, height: 0 });
    return;
  }
  try {
    const stored = await storeImage({ name: path.posix.basename(found), bytes }, { alt: wish.alt, caption: wish.caption }, run.userId, { bulk: true });
    const fingerprint = createHash("sha256").update(bytes).digest("hex");
    await db.$transaction(async (tx) => {
      await tx.importedItem.create({ data: { key: run.key("file", relative), mediaId: stored.id, fingerprint } });
      await run.audit(tx, { action: "media.import", targetType: "media", targetId: stored.id, targetLabel: path.posix.basename(found), summary: `from ${found}` });
    });
    run.media.set(relative, { id: stored.id, src: stored.src, width: stored.width, height: stored.height });
  } catch (error) {
    run.mediaProblems.set(relative, `image ${relative} left out: ${(error as Error).message}`);
  }
}

/** The library image for a wish, or null with the reason noted on the post. */
function mediaFor(run: Run, wish: ImageWish, line: ImportLine): StoredImage | null {
  const media = run.media.get(wish.relative);
  if (media) return media;
  line.notes.push(run.mediaProblems.get(wish.relative) ?? `image ${wish.relative} left out`);
  return null;
}

function resolveHero(run: Run, item: WxrItem, line: ImportLine): Prepared["hero"] {
  const { wish, problem } = heroWish(run, item);
  if (problem) line.notes.push(problem);
  if (!wish) return null;
  const media = mediaFor(run, wish, line);
  return media ? { mediaId: media.id, alt: wish.alt.slice(0, 300), caption: wish.caption.slice(0, 500) } : null;
}

/** Body images point at the old site; each becomes a media-library image, or is left out with a note. */
function resolveBodyImages(run: Run, doc: RichDocument, line: ImportLine): RichDocument {
  const visit = (nodes: RichNode[]): RichNode[] => {
    const out: RichNode[] = [];
    for (const node of nodes) {
      if (node.type !== "image") {
        out.push(node.content ? { ...node, content: visit(node.content) } : node);
        continue;
      }
      const { wish, problem } = bodyImageWish(run, node);
      if (problem) line.notes.push(problem);
      const media = wish && mediaFor(run, wish, line);
      if (!wish || !media) continue;
      out.push({
        type: "image",
        attrs: { src: media.src, alt: wish.alt.slice(0, 300), title: null, caption: wish.caption ? wish.caption.slice(0, 500) : null, credit: null, width: media.width || null, height: media.height || null },
      });
    }
    return out;
  };
  return { type: "doc", content: visit(doc.content) };
}

type StoryIds = { sectionId: string | null; tagIds: string[]; authorIds: string[] };

/**
 * A new story in ONE statement: the story, its topics, bylines, old addresses and slugs, what the import
 * remembers of it, its revision and its audit record. Round trips to the database, and the work of building
 * each query, were most of an import's time; this is one per post instead of a dozen. Alone, the statement is
 * the post's transaction; inside one (a post that also creates a section, topic or byline) it is part of it.
 */
async function insertNewStory(client: Pick<Prisma.TransactionClient, "$executeRaw">, run: Run, p: Prepared, fingerprint: string, ids: StoryIds, paths: string[], slugs: string[]): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const snapshot = JSON.stringify({ headline: p.headline, standfirst: p.standfirst, body: p.body, slug: p.slug, imported: p.key });
  const audit = auditRow({
    actor: run.actor,
    action: "article.import",
    targetType: "article",
    targetId: id,
    targetLabel: p.headline || p.slug,
    summary: `${p.key.replace(/^wordpress:/, "")}; status: ${p.status}`,
    address: run.options.address ?? null,
  });
  try {
    await client.$executeRaw`
      WITH story AS (
        INSERT INTO "Article" ("id", "slug", "headline", "standfirst", "body", "bodyText", "wordCount", "status", "scheduledAt", "publishedAt", "firstPublishedAt",
          "sectionId", "heroImageId", "heroAlt", "heroCaption", "createdById", "updatedById", "createdAt", "updatedAt")
        VALUES (${id}, ${p.slug}, ${p.headline}, ${p.standfirst}, ${JSON.stringify(p.body)}::jsonb, ${p.bodyText}, ${countWords(p.bodyText)}, ${p.status}::"ArticleStatus",
          ${p.scheduledAt}, ${p.publishedAt}, ${p.publishedAt}, ${ids.sectionId}, ${p.hero?.mediaId ?? null}, ${p.hero?.alt || null}, ${p.hero?.caption || null},
          ${run.userId}, ${run.userId}, ${at}, ${at})
        RETURNING "id"),
      topics AS (INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT story.id, t FROM story, unnest(${ids.tagIds}::text[]) AS t),
      bylines AS (INSERT INTO "ArticleAuthor" ("articleId", "authorId", "position") SELECT story.id, b.id, b.n - 1 FROM story, unnest(${ids.authorIds}::text[]) WITH ORDINALITY AS b(id, n)),
      paths AS (INSERT INTO "PathRedirect" ("path", "articleId", "createdAt") SELECT o, story.id, ${at} FROM story, unnest(${paths}::text[]) AS o ON CONFLICT DO NOTHING),
      slugs AS (INSERT INTO "SlugRedirect" ("fromSlug", "articleId", "createdAt") SELECT o, story.id, ${at} FROM story, unnest(${slugs}::text[]) AS o ON CONFLICT DO NOTHING),
      remembered AS (INSERT INTO "ImportedItem" ("key", "articleId", "fingerprint", "createdAt", "updatedAt") SELECT ${p.key}, story.id, ${fingerprint}, ${at}, ${at} FROM story),
      revision AS (INSERT INTO "Revision" ("id", "articleId", "version", "kind", "snapshot", "userId", "createdAt") SELECT ${randomUUID()}, story.id, 1, 'import', ${snapshot}::jsonb, ${run.userId}, ${at} FROM story)
      INSERT INTO "AuditEvent" ("at", "actorKind", "actorId", "actorName", "address", "action", "targetType", "targetId", "targetLabel", "summary")
      SELECT ${at}, ${audit.actorKind}, ${audit.actorId}, ${audit.actorName}, ${audit.address}, ${audit.action}, ${audit.targetType}, ${audit.targetId}, ${audit.targetLabel}, ${audit.summary} FROM story`;
  } catch (error) {
    // The slug was free when the batch was prepared; someone took it since (a story saved in the newsroom).
    if (/23505|unique/i.test((error as Error).message)) throw new ImportError(`its address “${p.slug}” was taken while the import ran; import the file again to give it another`);
    throw error;
  }
  return id;
}

function footprintOf(id: string, p: Prepared) {
  return { id, slug: p.slug, status: p.status, section: p.section?.slug ?? null, tags: p.topics.map((t) => t.slug), authors: p.authors.map((a) => a.slug) };
}

const footprintSelect = {
  id: true,
  slug: true,
  status: true,
  headline: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  authors: { select: { author: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

/** One post's write: article, bylines, topics, section, redirects, revision and audit record, in one transaction. */
async function writeArticle(run: Run, batch: Batch, p: Prepared, fingerprint: string, articleId: string | null): Promise<{ id: string; url?: string; notes: string[]; tags: string[] }> {
  const notes: string[] = [];
  const seen = new Map<string, string>();
  const url = p.section ? `/${p.section.slug}/${p.slug}` : undefined;
  // Old addresses: each answers straight to the story's current address (the lookup goes by article, so no chains).
  const paths = p.oldPaths.filter((oldPath) => oldPath !== url);
  const isOurs = (owner: string | undefined) => !!owner && owner === articleId;
  for (const oldPath of paths) if (batch.pathOwners.has(oldPath) && !isOurs(batch.pathOwners.get(oldPath))) notes.push(`old address ${oldPath} already leads to another story`);
  const newPaths = paths.filter((oldPath) => !batch.pathOwners.has(oldPath));
  const newSlugs: string[] = [];
  for (const oldSlug of p.oldSlugs) {
    const taken = batch.takenSlugs.get(oldSlug);
    const owner = batch.slugOwners.get(oldSlug);
    if ((taken && taken !== articleId) || (owner && owner !== articleId) || run.slugs.has(oldSlug)) notes.push(`old slug “${oldSlug}” is used by another story`);
    else if (!owner) newSlugs.push(oldSlug);
  }

  // The common case: a new story whose section, topics and bylines exist is its one statement.
  const sectionKnown = !p.section || run.ids.has(`section:${p.section.slug}`);
  if (!articleId && sectionKnown && p.topics.every((t) => run.ids.has(`tag:${t.slug}`)) && p.authors.every((a) => run.ids.has(`author:${a.slug}`))) {
    const ids = { sectionId: p.section ? run.ids.get(`section:${p.section.slug}`)! : null, tagIds: p.topics.map((t) => run.ids.get(`tag:${t.slug}`)!), authorIds: p.authors.map((a) => run.ids.get(`author:${a.slug}`)!) };
    const id = await insertNewStory(db, run, p, fingerprint, ids, newPaths, newSlugs);
    return { id, url, notes, tags: [...tagsForArticleChange(null, footprintOf(id, p)), cacheTags.redirects] };
  }

  /** A section, topic or byline by slug: the run's memory, else the database, else created (and audited). */
  const idOf = async (kind: string, find: () => Promise<{ id: string } | null>, create: () => Promise<string>) => {
    const known = run.ids.get(kind);
    if (known) return known;
    const id = (await find())?.id ?? (await create());
    seen.set(kind, id);
    return id;
  };
  const result = await db.$transaction(async (tx) => {
    if (articleId) {
      // The newsroom's own edits win, also one saved after this batch was prepared: asked again under the story's
      // lock, which a save waits for (and then finds the version moved on, and says so).
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      const last = await tx.revision.findFirst({ where: { articleId }, orderBy: { createdAt: "desc" }, select: { kind: true } });
      if (last && last.kind !== "import") throw new EditedInNewsroom();
    }
    const before = articleId ? await tx.article.findUnique({ where: { id: articleId }, select: footprintSelect }) : null;
    const section = p.section;
    const sectionId = section
      ? await idOf(`section:${section.slug}`, () => tx.section.findUnique({ where: { slug: section.slug }, select: { id: true } }), async () => {
          const position = ((await tx.section.aggregate({ _max: { position: true } }))._max.position ?? 0) + 1;
          const created = await tx.section.create({ data: { slug: section.slug, name: section.name.slice(0, 80), position }, select: { id: true } });
          await run.audit(tx, { action: "section.create", targetType: "section", targetId: created.id, targetLabel: section.name, summary: `/${section.slug}` });
          return created.id;
        })
      : null;
    const tagIds: string[] = [];
    for (const topic of p.topics) {
      tagIds.push(
        await idOf(`tag:${topic.slug}`, () => tx.tag.findUnique({ where: { slug: topic.slug }, select: { id: true } }), async () => {
          const tag = await tx.tag.create({ data: { slug: topic.slug, name: topic.name }, select: { id: true } });
          await run.audit(tx, { action: "topic.create", targetType: "tag", targetId: tag.id, targetLabel: topic.name });
          return tag.id;
        }),
      );
    }
    const authorIds: string[] = [];
    for (const author of p.authors) {
      authorIds.push(
        await idOf(`author:${author.slug}`, () => tx.author.findUnique({ where: { slug: author.slug }, select: { id: true } }), async () => {
          const row = await tx.author.create({ data: { slug: author.slug, name: author.name }, select: { id: true } });
          await run.audit(tx, { action: "author.create", targetType: "author", targetId: row.id, targetLabel: author.name });
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
      updatedById: run.userId,
    };
    const revision = (version: number) => ({
      version,
      kind: "import",
      userId: run.userId,
      snapshot: JSON.parse(JSON.stringify({ headline: p.headline, standfirst: p.standfirst, body: p.body, slug: p.slug, imported: p.key })) as Prisma.InputJsonObject,
    });
    let id: string;
    if (before) {
      const updated = await tx.article.update({
        where: { id: before.id },
        data: { ...data, version: { increment: 1 }, ...(p.status === "PUBLISHED" && before.status === "PUBLISHED" ? { contentUpdatedAt: run.now } : {}), firstPublishedAt: p.publishedAt ?? undefined },
        select: { id: true, version: true },
      });
      id = updated.id;
      await tx.articleTag.deleteMany({ where: { articleId: id } });
      await tx.articleAuthor.deleteMany({ where: { articleId: id } });
      if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })) });
      if (authorIds.length) await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: id, authorId, position })) });
      if (before.slug !== p.slug && before.status === "PUBLISHED") {
        await tx.slugRedirect.upsert({ where: { fromSlug: before.slug }, create: { fromSlug: before.slug, articleId: id }, update: { articleId: id } });
      }
      if (newPaths.length) await tx.pathRedirect.createMany({ data: newPaths.map((path) => ({ path, articleId: id })), skipDuplicates: true });
      if (newSlugs.length) await tx.slugRedirect.createMany({ data: newSlugs.map((fromSlug) => ({ fromSlug, articleId: id })), skipDuplicates: true });
      await tx.slugRedirect.deleteMany({ where: { fromSlug: p.slug } });
      await tx.importedItem.update({ where: { key: p.key }, data: { articleId: id, fingerprint } });
      await tx.revision.create({ data: { articleId: id, ...revision(updated.version) } });
      await run.audit(tx, {
        action: "article.import-update",
        targetType: "article",
        targetId: id,
        targetLabel: p.headline || p.slug,
        summary: `${p.key.replace(/^wordpress:/, "")}; ${before.status !== p.status ? `status: ${before.status} → ${p.status}` : `status: ${p.status}`}`,
      });
    } else id = await insertNewStory(tx, run, p, fingerprint, { sectionId, tagIds, authorIds }, newPaths, newSlugs);
    const footprint = footprintOf(id, p);
    const beforeFootprint = before ? { id: before.id, slug: before.slug, status: before.status, section: before.section?.slug ?? null, tags: before.tags.map((t) => t.tag.slug), authors: before.authors.map((a) => a.author.slug) } : null;
    const tags = [...tagsForArticleChange(beforeFootprint, footprint), cacheTags.redirects];
    return { id, url, notes, tags };
  });
  // Remembered only once committed: a rolled-back post must not leave the run believing in rows that are not there.
  for (const [kind, id] of seen) run.ids.set(kind, id);
  // A new section appears in the site's navigation.
  if ([...seen.keys()].some((kind) => kind.startsWith("section:"))) result.tags.push(cacheTags.sections);
  return result;
}
