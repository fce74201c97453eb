import "server-only";
// Writing articles: the one path every save, publish, schedule, unpublish and
// archive takes, whether from the editor's server action or, for stories due
// to go live, from the scheduler acting as the system.
// Authorise → validate the workflow → write in one transaction (optimistic
// lock on `version`, a revision per save) → report which pages changed.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { countWords, documentText, imagesWithoutAlt, isRichNode, withCanonicalImages } from "@/lib/rich-text/document";
import { wallTimeToInstant } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { slugify } from "@/lib/slug";
import { articleInput, type ArticleInput } from "@/lib/validation/article";
import { tagsForArticleChange, type ArticleFootprint } from "@/server/cache-tags";
import { articleAccess, canArticle, canCreateTopics, type Actor, type ArticleAction, type SystemActor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { beforeAfter, recordAudit, summarise } from "@/server/services/audit";
import { getArticleFormValues } from "@/server/data/admin-articles";
import { ensureOwnByline } from "./bylines";

export type FieldErrors = Partial<Record<keyof ArticleInput | "form", string[]>>;
export type SaveResult =
  | { ok: true; id: string; version: number; slug: string; status: string; savedAt: Date; tags: string[] }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: { by: string; at: Date; version: number } };

export const footprintSelect = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  kind: true,
  version: true,
  createdById: true,
  scheduledAt: true,
  unpublishAt: true,
  firstPublishedAt: true,
  updatedAt: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  authors: { select: { author: { select: { slug: true, userId: true } } } },
  updatedBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;
type FootprintRow = Prisma.ArticleGetPayload<{ select: typeof footprintSelect }>;

export function footprint(row: FootprintRow): ArticleFootprint {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    section: row.section?.slug ?? null,
    tags: row.tags.map((t) => t.tag.slug),
    authors: row.authors.map((a) => a.author.slug),
  };
}


const ACTION_FOR_INTENT: Record<ArticleInput["intent"], ArticleAction> = {
  save: "edit",
  submit: "submit",
  publish: "publish",
  schedule: "publish",
  unpublish: "unpublish",
  archive: "archive",
};

class Conflict extends Error {}

class Refusal extends Error {
  constructor(message: string, readonly fieldErrors?: FieldErrors) {
    super(message);
  }
}

function publishProblems(input: ArticleInput, text: string, heroAlt: string | null, liveBlog: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.headline) errors.headline = ["Write a headline before publishing."];
  if (!input.sectionId) errors.sectionId = ["Choose a section before publishing."];
  // A live blog's body is its summary of key points, which may wait for the first entries.
  if (!text.trim() && !liveBlog) errors.body = ["Write the story before publishing."];
  const missing = imagesWithoutAlt(input.body.content);
  if (missing) errors.body = [`${missing} image(s) in the body need alt text before publishing.`];
  if (input.heroImageId && !heroAlt) errors.heroAlt = ["The hero image needs alt text before publishing."];
  return errors;
}

export type SaveOptions = {
  /** The revision's kind; the intent by default. */
  kind?: string;
  /** Saved by the editor on its own (autosave), not by a button: drafts only, and a lost race keeps nothing. */
  automatic?: boolean;
};

export async function saveArticle(actor: Actor | null, input: ArticleInput, now = new Date(), options: SaveOptions = {}): Promise<SaveResult> {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again in another tab, then save." };
  if (options.automatic && input.intent !== "save") return { ok: false, message: "Only drafts are saved automatically." };
  const action = ACTION_FOR_INTENT[input.intent];
  // A draft may be saved before it has a headline (autosave keeps a story from its first words);
  // every step towards readers needs one.
  if (!input.headline && input.intent !== "save") return { ok: false, message: "Check the highlighted fields.", fieldErrors: { headline: ["Write a headline."] } };
  const wanted = input.slug || slugify(input.headline);
  if (!wanted && input.intent !== "save") return { ok: false, message: "Check the highlighted fields.", fieldErrors: { slug: ["Give the story an address (slug)."] } };

  try {
    return await db.$transaction(async (tx) => {
      const before = input.id ? await tx.article.findUnique({ where: { id: input.id }, select: footprintSelect }) : null;
      if (input.id && !before) throw new Refusal("This article no longer exists.");
      if (options.automatic && before && before.status !== "DRAFT" && before.status !== "IN_REVIEW") {
        throw new Refusal("This story is no longer a draft, so it is not saved automatically. Save it with the buttons.");
      }
      // Without a headline to name it after, a draft keeps the address it has, or gets a provisional one.
      const slug = wanted || before?.slug || `untitled-${randomUUID().slice(0, 8)}`;
      // Changing content needs "edit" (or "create"); a workflow step needs its own permission too.
      const rights = before ? articleAccess(before) : { createdById: actor.id, status: "DRAFT", bylineUserIds: [] };
      if (!canArticle(actor, before ? "edit" : "create", rights)) throw new Refusal("Your role does not allow you to edit this article.");
      if (action !== "edit" && !canArticle(actor, action, rights)) throw new Refusal(`Your role does not allow you to ${input.intent} this article.`);

      const body = { type: "doc" as const, content: withCanonicalImages(input.body.content, site.url) };
      const text = documentText({ type: "doc", content: body.content.filter(isRichNode) });
      const hero = input.heroImageId ? await tx.media.findUnique({ where: { id: input.heroImageId }, select: { alt: true } }) : null;
      if (input.heroImageId && !hero) throw new Refusal("Check the highlighted fields.", { heroImageId: ["That image is no longer in the media library."] });
      const heroAlt = input.heroAlt ?? hero?.alt ?? null;

      let status = before?.status ?? "DRAFT";
      let scheduledAt: Date | null | undefined;
      const goingLive = input.intent === "publish" || input.intent === "schedule";
      if (goingLive || ((status === "PUBLISHED" || status === "SCHEDULED") && input.intent === "save")) {
        const problems = publishProblems(input, text, heroAlt, (input.kind ?? before?.kind) === "LIVE_BLOG");
        if (Object.keys(problems).length) throw new Refusal("Some things must be fixed before this can go live.", problems);
      }
      switch (input.intent) {
        case "submit":
          status = "IN_REVIEW";
          break;
        case "publish":
          status = "PUBLISHED";
          scheduledAt = null;
          break;
        case "schedule": {
          if (status === "PUBLISHED") throw new Refusal("This story is live. Unpublish it first if it should go out again later.");
          if ((input.kind ?? before?.kind) === "LIVE_BLOG") throw new Refusal("A live blog opens when it is published, so it is not scheduled. Publish it when coverage starts.");
          const when = input.scheduledAt ? wallTimeToInstant(input.scheduledAt, site.timeZone) : null;
          if (!when) throw new Refusal("Check the highlighted fields.", { scheduledAt: ["Pick a date and time to publish."] });
          if (when.getTime() <= now.getTime()) throw new Refusal("Check the highlighted fields.", { scheduledAt: ["Pick a time in the future, or publish now."] });
          status = "SCHEDULED";
          scheduledAt = when;
          break;
        }
        case "unpublish":
          status = "DRAFT";
          scheduledAt = null;
          break;
        case "archive":
          status = "ARCHIVED";
          scheduledAt = null;
          break;
        default:
          break;
      }

      // A take-down time belongs to a story that is live or about to be; any other status drops it.
      let unpublishAt: Date | null = null;
      if (status === "PUBLISHED" || status === "SCHEDULED") {
        const wanted = input.unpublishAt ? wallTimeToInstant(input.unpublishAt, site.timeZone) : null;
        if (input.unpublishAt && !wanted) throw new Refusal("Check the highlighted fields.", { unpublishAt: ["Pick a date and time, or leave it empty."] });
        const kept = before?.unpublishAt ?? null;
        if (wanted && wanted.getTime() !== kept?.getTime()) {
          if (!canArticle(actor, "unpublish", rights)) throw new Refusal("Your role does not allow you to set when this story is taken down.");
          if (wanted.getTime() <= now.getTime()) throw new Refusal("Check the highlighted fields.", { unpublishAt: ["Pick a time in the future, or unpublish now."] });
          const goesLive = status === "SCHEDULED" ? (scheduledAt ?? before?.scheduledAt ?? null) : null;
          if (goesLive && wanted.getTime() <= goesLive.getTime()) throw new Refusal("Check the highlighted fields.", { unpublishAt: ["Pick a time after the story goes live."] });
        }
        if (!wanted && kept && !canArticle(actor, "unpublish", rights)) throw new Refusal("Your role does not allow you to change when this story is taken down.");
        unpublishAt = wanted;
      }

      // The slug must be free: no other article uses it now or used to.
      const taken = await tx.article.findFirst({ where: { slug, id: before ? { not: before.id } : undefined }, select: { id: true } });
      const redirected = await tx.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { articleId: true } });
      if (taken || (redirected && redirected.articleId !== before?.id)) {
        throw new Refusal("Check the highlighted fields.", { slug: ["Another story uses this address. Change the slug."] });
      }

      const tagIds: string[] = [];
      const unknownTopics: string[] = [];
      const createsTopics = canCreateTopics(actor);
      for (const name of input.tags) {
        const tagSlug = slugify(name, 64);
        if (!tagSlug) continue;
        const tag = createsTopics
          ? await tx.tag.upsert({ where: { slug: tagSlug }, create: { slug: tagSlug, name }, update: {}, select: { id: true } })
          : await tx.tag.findUnique({ where: { slug: tagSlug }, select: { id: true } });
        if (!tag) unknownTopics.push(name);
        // "Climate" and "climate" are one topic.
        else if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
      }
      // An automatic save must not lose the text over a topic still being typed: it saves without the
      // unknown ones (they stay in the form), and a save by a button says what is wrong with them.
      if (unknownTopics.length && !options.automatic) {
        const names = unknownTopics.map((name) => `“${name}”`).join(", ");
        throw new Refusal("Check the highlighted fields.", {
          tags: [`${names} ${unknownTopics.length === 1 ? "is not a topic yet" : "are not topics yet"}. Pick existing topics; an editor can create new ones.`],
        });
      }
      let authorIds = [...new Set(input.authorIds)];
      // A story saved with no byline carries its writer's own.
      if (authorIds.length === 0) authorIds = [(await ensureOwnByline(tx, actor)).id];
      const known = await tx.author.count({ where: { id: { in: authorIds } } });
      if (known !== authorIds.length) throw new Refusal("Check the highlighted fields.", { authorIds: ["One of the bylines no longer exists."] });
      if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }))) {
        throw new Refusal("Check the highlighted fields.", { sectionId: ["That section no longer exists."] });
      }

      const wasLive = before?.status === "PUBLISHED";
      const isLive = status === "PUBLISHED";
      // An edit to a live story is a minor fix unless the editor calls it a substantive update: only that moves
      // the time readers and search engines are shown, and only that may carry a public note.
      const substantive = wasLive && isLive && input.update === "substantive";
      if (input.updateNote && !substantive) {
        throw new Refusal("Check the highlighted fields.", {
          updateNote: [wasLive && isLive ? "An update note is shown with “Updated <time>”: choose “Substantive update”, or leave the note empty." : "An update note goes with a substantive update of a live story."],
        });
      }
      const data = {
        slug,
        headline: input.headline,
        standfirst: input.standfirst,
        body: body as unknown as Prisma.InputJsonObject,
        bodyText: text,
        wordCount: countWords(text),
        status,
        ...(input.kind ? { kind: input.kind } : {}),
        breaking: input.breaking,
        featured: input.featured,
        seoTitle: input.seoTitle,
        seoDescription: input.seoDescription,
        sectionId: input.sectionId,
        heroImageId: input.heroImageId,
        heroAlt: input.heroAlt,
        heroCaption: input.heroCaption,
        heroCredit: input.heroCredit,
        updatedById: actor.id,
        ...(scheduledAt !== undefined ? { scheduledAt } : {}),
        unpublishAt,
        // Back online after being taken down, a story keeps the date it was first published: it is not news again.
        ...(isLive && !wasLive ? { publishedAt: before?.firstPublishedAt ?? now } : {}),
        ...(substantive ? { contentUpdatedAt: now, updateNote: input.updateNote } : {}),
      };

      let id: string;
      let version: number;
      if (before) {
        // Optimistic lock: only the version the editor started from may be replaced.
        const updated = await tx.article.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 0) throw new Conflict();
        id = before.id;
        version = input.version + 1;
        if (isLive && !wasLive) await tx.article.updateMany({ where: { id, firstPublishedAt: null }, data: { firstPublishedAt: now } });
        await tx.articleTag.deleteMany({ where: { articleId: id } });
        await tx.articleAuthor.deleteMany({ where: { articleId: id } });
      } else {
        const created = await tx.article.create({
          data: { ...data, createdById: actor.id, ...(isLive ? { firstPublishedAt: now } : {}) },
          select: { id: true, version: true },
        });
        id = created.id;
        version = created.version;
      }
      if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })) });
      if (authorIds.length) await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: id, authorId, position })) });

      // A live story that changes address keeps its old address working.
      if (before && before.slug !== slug && (wasLive || before.status === "ARCHIVED")) {
        await tx.slugRedirect.upsert({ where: { fromSlug: before.slug }, create: { fromSlug: before.slug, articleId: id }, update: { articleId: id } });
      }
      await tx.slugRedirect.deleteMany({ where: { fromSlug: slug } });

      await tx.revision.create({
        data: { articleId: id, version, kind: options.kind ?? liveSaveKind(wasLive && isLive, substantive) ?? input.intent, userId: actor.id, snapshot: snapshot({ ...input, body }, slug) },
      });
      const after = await tx.article.findUniqueOrThrow({ where: { id }, select: footprintSelect });
      await auditSave(tx, actor, { before, after, intent: input.intent, kind: options.kind, scheduledAt: scheduledAt ?? null, update: wasLive && isLive ? { substantive, note: input.updateNote } : null });
      return {
        ok: true as const,
        id,
        version,
        slug,
        status,
        savedAt: now,
        tags: tagsForArticleChange(before ? footprint(before) : null, footprint(after)),
      };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof Conflict) {
      // Someone saved first. A save by a button keeps this version as a revision so nothing is lost.
      // An automatic one keeps nothing: the text is still in the editor (and in the browser's copy),
      // and a revision each time the editor paused would bury the real ones.
      if (!options.automatic) await keepRejectedSave(actor, input);
      const current = await db.article.findUniqueOrThrow({ where: { id: input.id }, select: { version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
      const by = current.updatedBy?.name ?? "someone else";
      return {
        ok: false,
        message: options.automatic
          ? `${by} saved this article while you were editing, so your changes were not saved automatically. They are still here: compare the two versions and choose what to keep.`
          : `${by} saved this article while you were editing. Your version is kept in the revisions: compare the two versions and choose what to keep.`,
        conflict: { by, at: current.updatedAt, version: current.version },
      };
    }
    throw error;
  }
}

/** The revision kind of a save of a live story: the newsroom's history says which it was. */
function liveSaveKind(liveEdit: boolean, substantive: boolean): string | undefined {
  if (!liveEdit) return undefined;
  return substantive ? "update" : "minor-fix";
}

const AUDITED_INTENTS: Partial<Record<ArticleInput["intent"], string>> = {
  submit: "article.submit",
  publish: "article.publish",
  schedule: "article.schedule",
  unpublish: "article.unpublish",
  archive: "article.archive",
};

/**
 * The audit record of a save, when it is one the newsroom must be able to account for: a new story, a step
 * in the workflow, a restore, an edit to what readers see now, a change of address. Plain draft saves are
 * not: the revisions keep them.
 */
async function auditSave(
  tx: Prisma.TransactionClient,
  actor: Actor,
  save: {
    before: FootprintRow | null;
    after: FootprintRow;
    intent: ArticleInput["intent"];
    kind?: string;
    scheduledAt: Date | null;
    /** An edit of a live story: which kind, and its public note. */
    update: { substantive: boolean; note: string | null } | null;
  },
): Promise<void> {
  const { before, after } = save;
  const target = { targetType: "article", targetId: after.id, targetLabel: after.headline || after.slug };
  const status = before && before.status !== after.status ? `status: ${before.status} → ${after.status}` : null;
  const headline = beforeAfter("headline", before?.headline, after.headline);
  let action: string | undefined = save.kind === "restore" ? "article.restore" : AUDITED_INTENTS[save.intent];
  if (!action && !before) action = "article.create";
  if (!action && before?.status === "PUBLISHED" && after.status === "PUBLISHED") action = "article.update-live";
  if (action) {
    const when = save.intent === "schedule" && save.scheduledAt ? `goes live ${save.scheduledAt.toISOString()}` : null;
    const update = save.update ? (save.update.substantive ? `substantive update${save.update.note ? `: “${save.update.note}”` : ""}` : "minor fix") : null;
    const kind = before && before.kind !== after.kind ? `kind: ${before.kind} → ${after.kind}` : null;
    await recordAudit(tx, { actor, action, ...target, summary: summarise(update, status, kind, when, action === "article.create" ? null : headline) });
  }
  // When a live story comes down is an editorial decision of its own; a story leaving the site drops its time
  // as part of the unpublish or archive recorded above.
  const wasAt = before?.unpublishAt?.toISOString() ?? null;
  const nowAt = after.unpublishAt?.toISOString() ?? null;
  if (wasAt !== nowAt && (after.status === "PUBLISHED" || after.status === "SCHEDULED")) {
    await recordAudit(tx, { actor, action: "article.unpublish-at", ...target, summary: `comes down: ${wasAt ?? "never"} → ${nowAt ?? "never"}` });
  }
  if (before && before.slug !== after.slug) {
    const redirected = before.status === "PUBLISHED" || before.status === "ARCHIVED";
    await recordAudit(tx, {
      actor,
      action: "article.slug",
      ...target,
      summary: summarise(`/${before.slug} → /${after.slug}`, redirected ? "the old address redirects to the new one" : null),
    });
  }
}

function snapshot(input: ArticleInput, slug: string): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify({ ...input, slug, id: undefined, version: undefined, intent: undefined })) as Prisma.InputJsonObject;
}

/**
 * Keeps content that lost an optimistic-lock race, so nothing typed is lost. One such revision per editor
 * and story while they keep retrying from the same version: each retry replaces their last refused text
 * instead of burying the real revisions under copies.
 */
async function keepRejectedSave(actor: Actor, input: ArticleInput): Promise<void> {
  if (!input.id) return;
  const data = { snapshot: snapshot(input, input.slug || slugify(input.headline)) };
  const where = { articleId: input.id, version: input.version, kind: "conflict", userId: actor.id };
  const kept = await db.revision.findFirst({ where, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (kept) await db.revision.update({ where: { id: kept.id }, data: { ...data, createdAt: new Date() } });
  else await db.revision.create({ data: { ...where, ...data } });
}

/**
 * Restores a revision by saving its content as a new version (so the restore
 * is itself a revision). Fields a snapshot lacks keep their current values.
 */
export async function restoreRevision(actor: Actor | null, articleId: string, revisionId: string, version: number): Promise<SaveResult> {
  const [revision, current] = await Promise.all([
    db.revision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } }),
    getArticleFormValues(articleId),
  ]);
  if (!revision || !current) return { ok: false, message: "That revision no longer exists." };
  // The take-down time is a decision about the story now, not part of its text: a restore keeps today's.
  // Nor is a restore an update with a note of its own: it is saved as a minor fix, whatever the revision was.
  const merged: Record<string, unknown> = {
    ...current,
    ...(revision.snapshot as Record<string, unknown>),
    id: articleId,
    version,
    intent: "save",
    unpublishAt: current.unpublishAt,
    update: "minor",
    updateNote: null,
    // Whether it is a live blog is what the story is now, not part of its text.
    kind: undefined,
  };
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  merged.body = JSON.stringify(merged.body ?? { type: "doc", content: [] });
  const parsed = articleInput.safeParse(merged);
  if (!parsed.success) return { ok: false, message: "This revision cannot be restored: it no longer fits the article's fields." };
  return saveArticle(actor, parsed.data, new Date(), { kind: "restore" });
}

/**
 * What a step the scheduler took leaves behind: a revision with no user (the newsroom shows it as "System")
 * and an audit record by the system, with no address.
 */
async function recordScheduledStep(
  tx: Prisma.TransactionClient,
  actor: SystemActor,
  article: { id: string; version: number; slug: string; headline: string; standfirst: string; body: Prisma.JsonValue },
  kind: "publish" | "unpublish",
  summary: string,
): Promise<void> {
  await tx.revision.create({
    data: {
      articleId: article.id,
      version: article.version,
      kind,
      snapshot: { headline: article.headline, standfirst: article.standfirst, body: article.body ?? {}, slug: article.slug, scheduled: true },
    },
  });
  await recordAudit(tx, { actor, action: `article.${kind}`, targetType: "article", targetId: article.id, targetLabel: article.headline, summary, address: null });
}

export type ScheduledPublishResult =
  | { ok: true; published: { id: string; version: number }[]; tags: string[] }
  | { ok: false; message: string };

/**
 * Takes every scheduled story whose time has come live, as the system. Several server processes may run
 * this at once: FOR UPDATE SKIP LOCKED hands each due story to exactly one of them, and the status change
 * and its revision commit together. Returns the cache tags of every page that now shows a story.
 */
export async function publishScheduledArticles(actor: SystemActor, now = new Date()): Promise<ScheduledPublishResult> {
  // The claim below only ever takes scheduled stories; asking the policy first keeps any other actor out.
  if (!canArticle(actor, "publish", { createdById: null, status: "SCHEDULED", bylineUserIds: [] })) {
    return { ok: false, message: "Only the scheduler publishes scheduled stories." };
  }
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; status: string; createdById: string | null }[]>`
      SELECT id, status, "createdById" FROM "Article" WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now}
      ORDER BY "scheduledAt" LIMIT 50 FOR UPDATE SKIP LOCKED`;
    const published: { id: string; version: number }[] = [];
    const changed = new Set<string>();
    for (const row of due) {
      if (!canArticle(actor, "publish", { createdById: row.createdById, status: row.status, bylineUserIds: [] })) continue;
      const article = await tx.article.update({
        where: { id: row.id },
        data: { status: "PUBLISHED", version: { increment: 1 } },
        select: { ...footprintSelect, headline: true, standfirst: true, body: true },
      });
      // The story's time is the time it was scheduled for, or, back online, the time it was first published.
      await tx.article.update({ where: { id: row.id }, data: { publishedAt: article.firstPublishedAt ?? article.scheduledAt, firstPublishedAt: article.firstPublishedAt ?? article.scheduledAt } });
      await recordScheduledStep(tx, actor, article, "publish", `status: SCHEDULED → PUBLISHED; scheduled for ${article.scheduledAt?.toISOString() ?? "now"}`);
      published.push({ id: row.id, version: article.version });
      for (const tag of tagsForArticleChange(null, footprint(article))) changed.add(tag);
    }
    return { ok: true as const, published, tags: [...changed] };
  });
}

export type ScheduledUnpublishResult =
  | { ok: true; unpublished: { id: string; version: number }[]; tags: string[] }
  | { ok: false; message: string };

/**
 * Takes down, as the system, every live story whose take-down time has passed: it becomes a draft again,
 * exactly as the editor's Unpublish button leaves it, with a revision by no account. Like the scheduled
 * publish, FOR UPDATE SKIP LOCKED hands each story to one server process. Returns the cache tags of every
 * page that showed one of them.
 */
export async function unpublishDueArticles(actor: SystemActor, now = new Date()): Promise<ScheduledUnpublishResult> {
  if (!canArticle(actor, "unpublish", { createdById: null, status: "PUBLISHED", bylineUserIds: [], unpublishAt: now }, now)) {
    return { ok: false, message: "Only the scheduler takes stories down on schedule." };
  }
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; status: string; createdById: string | null; unpublishAt: Date | null }[]>`
      SELECT id, status, "createdById", "unpublishAt" FROM "Article" WHERE status = 'PUBLISHED' AND "unpublishAt" <= ${now}
      ORDER BY "unpublishAt" LIMIT 50 FOR UPDATE SKIP LOCKED`;
    const unpublished: { id: string; version: number }[] = [];
    const changed = new Set<string>();
    for (const row of due) {
      // Asked per story, with its own time: the policy, not this query, decides what the scheduler may take down.
      if (!canArticle(actor, "unpublish", { createdById: row.createdById, status: row.status, bylineUserIds: [], unpublishAt: row.unpublishAt }, now)) continue;
      const before = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: footprintSelect });
      const article = await tx.article.update({
        where: { id: row.id },
        data: { status: "DRAFT", scheduledAt: null, unpublishAt: null, version: { increment: 1 } },
        select: { ...footprintSelect, headline: true, standfirst: true, body: true },
      });
      await recordScheduledStep(tx, actor, article, "unpublish", `status: PUBLISHED → DRAFT; taken down on schedule at ${row.unpublishAt?.toISOString() ?? "now"}`);
      unpublished.push({ id: row.id, version: article.version });
      for (const tag of tagsForArticleChange(footprint(before), footprint(article))) changed.add(tag);
    }
    return { ok: true as const, unpublished, tags: [...changed] };
  });
}
