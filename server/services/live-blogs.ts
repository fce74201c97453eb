import "server-only";
// Live blogs: entries posted, edited, deleted, pinned and marked as key events, and the blog's coverage ended
// or resumed. Each entry is a row of its own, so that two editors posting at once never overwrite each
// other; each write locks the blog's row for its short transaction (the pinned limit holds under races),
// is authorised by the policies, leaves an audit record in the same transaction, and reports exactly the
// cache tags of the pages that show what changed.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { wallTimeToInstant } from "@/lib/dates-zone";
import { documentText, hasShownImage, imagesWithoutAlt, isRichNode, withCanonicalImages } from "@/lib/rich-text/document";
import { formatDateTime } from "@/lib/dates";
import { site } from "@/lib/site";
import { coverageInput, earliestEntryTime, ENTRY_BACKDATE_DAYS, liveEntryEditInput, liveEntryFlagInput, liveEntryInput, liveEntryRef, MAX_PINNED } from "@/lib/validation/live-blogs";
import { articleAccess, canEndLiveBlog, canLiveEntry, type Actor, type LiveEntryAction } from "@/server/auth/policies";
import { tagsForLiveBlogState, tagsForLiveEntryChange, type ArticleFootprint } from "@/server/cache-tags";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { ensureOwnByline } from "./bylines";

export type LiveResult =
  | { ok: true; id: string; articleId: string; tags: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

class Refusal extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[] | undefined>) {
    super(message);
  }
}

const blogSelect = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  kind: true,
  liveEndedAt: true,
  createdById: true,
  createdAt: true,
  unpublishAt: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  authors: { select: { author: { select: { slug: true, userId: true } } } },
} satisfies Prisma.ArticleSelect;
type BlogRow = Prisma.ArticleGetPayload<{ select: typeof blogSelect }>;

const footprint = (blog: BlogRow): ArticleFootprint => ({
  id: blog.id,
  slug: blog.slug,
  status: blog.status,
  section: blog.section?.slug ?? null,
  tags: blog.tags.map((t) => t.tag.slug),
  authors: blog.authors.map((a) => a.author.slug),
});

type Tx = Prisma.TransactionClient;

/** The blog, its row locked until the transaction ends: entry writes on one blog take turns. */
async function lockedBlog(tx: Tx, articleId: string): Promise<BlogRow> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  if (!locked) throw new Refusal("This live blog no longer exists.");
  const blog = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: blogSelect });
  if (blog.kind !== "LIVE_BLOG") throw new Refusal("This story is not a live blog. Make it one in the editor first.");
  if (blog.status === "ARCHIVED") throw new Refusal("This live blog is archived.");
  return blog;
}

function authorise(actor: Actor, action: LiveEntryAction, blog: BlogRow, entry?: { createdById: string | null }) {
  if (canLiveEntry(actor, action, articleAccess(blog), entry)) return;
  if (actor.role === "contributor") throw new Refusal("Contributors cannot post to live blogs: an entry is live the moment it is posted.");
  if (action === "edit" || action === "delete") throw new Refusal("Your role allows you to change only the entries you posted, on live blogs you are bylined on.");
  throw new Refusal("Your role allows you to post only on live blogs you are bylined on.");
}

/** The entry's document as it is stored, its text, and what must be fixed before it can be shown. */
function entryBody(body: { content: unknown[] }) {
  const content = withCanonicalImages(body.content, site.url);
  const text = documentText({ type: "doc", content: content.filter(isRichNode) });
  // Only images readers will see count: the renderer drops any whose source is not ours (lib/rich-text/sanitize.ts).
  const hasImage = hasShownImage(content);
  if (!text.trim() && !hasImage) throw new Refusal("Check the highlighted fields.", { body: ["Write the update."] });
  const missing = imagesWithoutAlt(content);
  if (missing) throw new Refusal("Check the highlighted fields.", { body: [`${missing} image(s) need alt text.`] });
  return { body: { type: "doc", content } as unknown as Prisma.InputJsonObject, bodyText: text };
}

async function bylines(tx: Tx, actor: Actor, wanted: string[]): Promise<string[]> {
  const ids = wanted.length ? [...new Set(wanted)] : [(await ensureOwnByline(tx, actor)).id];
  if ((await tx.author.count({ where: { id: { in: ids } } })) !== ids.length) throw new Refusal("Check the highlighted fields.", { authorIds: ["One of the bylines no longer exists."] });
  return ids;
}

async function pinnedRoom(tx: Tx, articleId: string, exceptId?: string) {
  const pinned = await tx.liveEntry.count({ where: { articleId, pinned: true, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (pinned >= MAX_PINNED) throw new Refusal(`At most ${MAX_PINNED} entries are pinned at once. Unpin one first.`, { pinned: [`At most ${MAX_PINNED} pinned entries.`] });
}

/** How the audit log names an entry: its title, or the start of its text. */
function entryLabel(entry: { id: string; title: string; bodyText: string }): string {
  const words = entry.title || entry.bodyText;
  return `entry ${entry.id}: ${words.length > 120 ? `${words.slice(0, 119)}…` : words}`;
}

const signedOut: LiveResult = { ok: false, message: "You are signed out. Sign in again." };

async function run(write: () => Promise<LiveResult>): Promise<LiveResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

const invalid = (error: z.ZodError): LiveResult => ({ ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(error).fieldErrors });

/** Posts an entry, at `now`. On a published blog the entry is its latest change (dateModified, the sitemaps). */
export async function postLiveEntry(actor: Actor | null, input: unknown, now = new Date()): Promise<LiveResult> {
  if (!actor) return signedOut;
  const parsed = liveEntryInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  return run(() =>
    db.$transaction(async (tx) => {
      const blog = await lockedBlog(tx, data.articleId);
      authorise(actor, "post", blog);
      if (blog.liveEndedAt) throw new Refusal("Coverage of this live blog has ended. Resume it to post again.");
      const { body, bodyText } = entryBody(data.body);
      if (data.pinned) await pinnedRoom(tx, blog.id);
      const authorIds = await bylines(tx, actor, data.authorIds);
      const entry = await tx.liveEntry.create({
        data: {
          articleId: blog.id,
          postedAt: now,
          title: data.title,
          body,
          bodyText,
          pinned: data.pinned,
          keyEvent: data.keyEvent,
          createdById: actor.id,
          updatedById: actor.id,
          authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
        },
        select: { id: true, title: true, bodyText: true },
      });
      if (blog.status === "PUBLISHED") await tx.article.update({ where: { id: blog.id }, data: { contentUpdatedAt: now } });
      await recordAudit(tx, { actor, action: "live.entry-post", targetType: "article", targetId: blog.id, targetLabel: blog.headline, summary: entryLabel(entry) });
      return { ok: true as const, id: entry.id, articleId: blog.id, tags: tagsForLiveEntryChange(footprint(blog), "post") };
    }),
  );
}

/** The entry with its blog locked, for the writes that change one. */
async function lockedEntry(tx: Tx, entryId: string) {
  const found = await tx.liveEntry.findUnique({ where: { id: entryId }, select: { articleId: true } });
  if (!found) throw new Refusal("That entry no longer exists: someone deleted it meanwhile.");
  const blog = await lockedBlog(tx, found.articleId);
  const entry = await tx.liveEntry.findUnique({ where: { id: entryId }, select: { id: true, title: true, bodyText: true, createdById: true, version: true, pinned: true, keyEvent: true, postedAt: true, updatedAt: true } });
  if (!entry) throw new Refusal("That entry no longer exists: someone deleted it meanwhile.");
  return { blog, entry };
}

/** Edits an entry's title, text, time and bylines; refused when someone else saved it since it was opened. */
export async function editLiveEntry(actor: Actor | null, input: unknown, now = new Date()): Promise<LiveResult> {
  if (!actor) return signedOut;
  const parsed = liveEntryEditInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  return run(() =>
    db.$transaction(async (tx) => {
      const { blog, entry } = await lockedEntry(tx, data.entryId);
      authorise(actor, "edit", blog, entry);
      const { body, bodyText } = entryBody(data.body);
      let postedAt = entry.postedAt;
      if (data.postedAt) {
        const when = wallTimeToInstant(data.postedAt, site.timeZone);
        if (!when) throw new Refusal("Check the highlighted fields.", { postedAt: ["Pick a date and time."] });
        // The form shows minutes: an unchanged field keeps the seconds the entry was posted with (and is not checked).
        if (Math.floor(when.getTime() / 60_000) !== Math.floor(entry.postedAt.getTime() / 60_000)) {
          if (when.getTime() > now.getTime() + 60_000) throw new Refusal("Check the highlighted fields.", { postedAt: ["An entry's time cannot be in the future."] });
          // Entries may tell what happened before the blog was started, but not long before: that is a typo (of
          // the year, say), and would send the entry to the blog's last page.
          const earliest = earliestEntryTime(blog.createdAt);
          if (when < earliest) {
            throw new Refusal("Check the highlighted fields.", { postedAt: [`An entry's time can be at most ${ENTRY_BACKDATE_DAYS} days before the live blog was started: ${formatDateTime(earliest)} or later.`] });
          }
          postedAt = when;
        }
      }
      const authorIds = await bylines(tx, actor, data.authorIds);
      const updated = await tx.liveEntry.updateMany({
        where: { id: entry.id, version: data.version },
        data: { title: data.title, body, bodyText, postedAt, updatedById: actor.id, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const by = (await tx.liveEntry.findUnique({ where: { id: entry.id }, select: { updatedBy: { select: { name: true } } } }))?.updatedBy?.name ?? "Someone else";
        throw new Refusal(`${by} changed this entry while you were editing it. Reload to see their version; your text is still in the form.`);
      }
      await tx.liveEntryAuthor.deleteMany({ where: { entryId: entry.id } });
      await tx.liveEntryAuthor.createMany({ data: authorIds.map((authorId, position) => ({ entryId: entry.id, authorId, position })) });
      const moved = postedAt.getTime() !== entry.postedAt.getTime() ? `; time ${entry.postedAt.toISOString()} → ${postedAt.toISOString()}` : "";
      await recordAudit(tx, { actor, action: "live.entry-edit", targetType: "article", targetId: blog.id, targetLabel: blog.headline, summary: `${entryLabel({ id: entry.id, title: data.title, bodyText })}${moved}` });
      return { ok: true as const, id: entry.id, articleId: blog.id, tags: tagsForLiveEntryChange(footprint(blog), "edit") };
    }),
  );
}

/** Deletes an entry; the audit record keeps what it said. */
export async function deleteLiveEntry(actor: Actor | null, input: unknown): Promise<LiveResult> {
  if (!actor) return signedOut;
  const parsed = liveEntryRef.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Which entry?" };
  return run(() =>
    db.$transaction(async (tx) => {
      const { blog, entry } = await lockedEntry(tx, parsed.data.entryId);
      authorise(actor, "delete", blog, entry);
      await tx.liveEntry.delete({ where: { id: entry.id } });
      await recordAudit(tx, { actor, action: "live.entry-delete", targetType: "article", targetId: blog.id, targetLabel: blog.headline, summary: entryLabel(entry) });
      return { ok: true as const, id: entry.id, articleId: blog.id, tags: tagsForLiveEntryChange(footprint(blog), "edit") };
    }),
  );
}

/** Pins or unpins an entry, or marks it as a key event or not. */
export async function flagLiveEntry(actor: Actor | null, input: unknown): Promise<LiveResult> {
  if (!actor) return signedOut;
  const parsed = liveEntryFlagInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Which entry, and which flag?" };
  const { entryId, flag, value } = parsed.data;
  return run(() =>
    db.$transaction(async (tx) => {
      const { blog, entry } = await lockedEntry(tx, entryId);
      authorise(actor, "flag", blog, entry);
      if (entry[flag] === value) return { ok: true as const, id: entry.id, articleId: blog.id, tags: [] };
      if (flag === "pinned" && value) await pinnedRoom(tx, blog.id, entry.id);
      // A flag is how the entry is shown, not what it says: its own dateModified stays.
      const change = flag === "pinned" ? { pinned: value } : { keyEvent: value };
      await tx.liveEntry.update({ where: { id: entry.id }, data: { ...change, updatedAt: entry.updatedAt }, select: { id: true } });
      const what = flag === "pinned" ? (value ? "pinned" : "unpinned") : value ? "marked as a key event" : "no longer a key event";
      await recordAudit(tx, { actor, action: "live.entry-flag", targetType: "article", targetId: blog.id, targetLabel: blog.headline, summary: `${what}: ${entryLabel(entry)}` });
      return { ok: true as const, id: entry.id, articleId: blog.id, tags: tagsForLiveEntryChange(footprint(blog), "edit") };
    }),
  );
}

/** Ends a live blog's coverage (readers stop checking for updates, listings drop the LIVE label), or resumes it. */
export async function setLiveCoverage(actor: Actor | null, input: unknown, now = new Date()): Promise<LiveResult> {
  if (!actor) return signedOut;
  if (!canEndLiveBlog(actor)) return { ok: false, message: "Only editors and admins end or resume a live blog's coverage." };
  const parsed = coverageInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Which live blog?" };
  const { articleId, state } = parsed.data;
  return run(() =>
    db.$transaction(async (tx) => {
      const blog = await lockedBlog(tx, articleId);
      const ended = state === "ended";
      if (ended === !!blog.liveEndedAt) throw new Refusal(ended ? "Coverage has already ended." : "This live blog is live already.");
      await tx.article.update({ where: { id: blog.id }, data: { liveEndedAt: ended ? now : null } });
      await recordAudit(tx, {
        actor,
        action: ended ? "live.end" : "live.resume",
        targetType: "article",
        targetId: blog.id,
        targetLabel: blog.headline,
        summary: ended ? `coverage ended ${now.toISOString()}` : `coverage resumed (had ended ${blog.liveEndedAt!.toISOString()})`,
      });
      return { ok: true as const, id: blog.id, articleId: blog.id, tags: tagsForLiveBlogState(footprint(blog)) };
    }),
  );
}
