import "server-only";
// Sections, tags and authors: editors and admins manage them. Each write
// returns the cache tags of the reader pages it changes.
import { slugify } from "@/lib/slug";
import type { AuthorInput, SectionInput, TagInput } from "@/lib/validation/taxonomy";
import { tags as cacheTags } from "@/server/cache-tags";
import { canManageTaxonomy, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { beforeAfter, recordAudit, summarise } from "@/server/services/audit";
import { tagsShowingByline } from "@/server/services/bylines";
import type { Prisma } from "@/generated/prisma/client";
import type { ListingKind } from "@/server/data/listings";

export type TaxonomyResult = { ok: true; id: string; tags: string[] } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

type Tx = Prisma.TransactionClient;

/**
 * A page's address taking the slug `to` (new, renamed, or a topic merged into it): the slug is this page's now,
 * so no redirect may leave from it; the page's old slug `from`, and every older one that led to it, lead to `to`.
 */
async function moveAddress(tx: Tx, kind: ListingKind, from: string | null, to: string): Promise<void> {
  await tx.listingRedirect.deleteMany({ where: { kind, fromSlug: to } });
  if (!from || from === to) return;
  await tx.listingRedirect.updateMany({ where: { kind, toSlug: from }, data: { toSlug: to } });
  await tx.listingRedirect.upsert({ where: { kind_fromSlug: { kind, fromSlug: from } }, create: { kind, fromSlug: from, toSlug: to }, update: { toSlug: to } });
}

/** A page deleted: its old addresses lead nowhere now (they answer 404 like any unknown one). */
const forgetAddresses = (tx: Tx, kind: ListingKind, slug: string) => tx.listingRedirect.deleteMany({ where: { kind, toSlug: slug } });

const refused = (actor: Actor | null): TaxonomyResult | null =>
  !actor ? { ok: false, message: "You are signed out. Sign in again." } : !canManageTaxonomy(actor) ? { ok: false, message: "Your role does not allow you to manage sections, topics and authors." } : null;

type Row = "section" | "topic" | "author";

/** A save from a form opened before someone else's change to the same row: theirs would be lost unseen. */
class ChangedMeanwhile extends Error {
  constructor(what: Row) {
    super(`Someone else changed this ${what} since you opened the page. Reload to see their change, then make yours again.`);
  }
}

/**
 * Locks the row being saved, and refuses when it changed after `seen` (its updatedAt when the form was drawn;
 * a caller that does not say is not checked).
 */
async function lockUnchanged(tx: Tx, what: Row, id: string, seen: string | undefined): Promise<void> {
  const [row] =
    what === "section"
      ? await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "Section" WHERE id = ${id} FOR UPDATE`
      : what === "topic"
        ? await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "Tag" WHERE id = ${id} FOR UPDATE`
        : await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "Author" WHERE id = ${id} FOR UPDATE`;
  if (seen && row && row.updatedAt.toISOString() !== seen) throw new ChangedMeanwhile(what);
}

/** The write, or the refusal of one made over someone else's change. */
async function unlessChangedMeanwhile(write: () => Promise<TaxonomyResult>): Promise<TaxonomyResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return { ok: false, message: error.message };
    throw error;
  }
}

const taken = (what: string): TaxonomyResult => ({ ok: false, message: "Check the highlighted fields.", fieldErrors: { slug: [`Another ${what} uses this address.`] } });

/** Pages showing any article of a section or tag: their articles' pages change too (an author's: tagsShowingByline). */
async function articleTagsWhere(where: { sectionId?: string; tagId?: string }): Promise<string[]> {
  const rows = await db.article.findMany({
    where: {
      status: "PUBLISHED",
      ...(where.sectionId ? { sectionId: where.sectionId } : {}),
      ...(where.tagId ? { tags: { some: { tagId: where.tagId } } } : {}),
    },
    select: { id: true },
  });
  return rows.map((r) => cacheTags.article(r.id));
}

export async function saveSection(actor: Actor | null, input: SectionInput): Promise<TaxonomyResult> {
  const no = refused(actor);
  if (no) return no;
  const slug = input.slug || slugify(input.name, 60);
  const clash = await db.section.findFirst({ where: { slug, id: input.id ? { not: input.id } : undefined }, select: { id: true } });
  if (clash) return taken("section");
  const before = input.id ? await db.section.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  if (input.id && !before) return { ok: false, message: "That section no longer exists." };
  const data = { name: input.name, slug, description: input.description, position: input.position };
  return unlessChangedMeanwhile(async () => {
    const row = await db.$transaction(async (tx) => {
      if (input.id) await lockUnchanged(tx, "section", input.id, input.updatedAt);
      const saved = input.id ? await tx.section.update({ where: { id: input.id }, data }) : await tx.section.create({ data });
      await moveAddress(tx, "section", before?.slug ?? null, saved.slug);
      await recordAudit(tx, {
        actor,
        action: before ? "section.update" : "section.create",
        targetType: "section",
        targetId: saved.id,
        targetLabel: saved.name,
        summary: before ? summarise(beforeAfter("name", before.name, saved.name), beforeAfter("address", `/${before.slug}`, `/${saved.slug}`)) : `/${saved.slug}`,
      });
      return saved;
    });
    const changed = [cacheTags.sections, cacheTags.section(slug), cacheTags.home, cacheTags.feeds, cacheTags.sitemaps, cacheTags.rails];
    if (before && before.slug !== slug) changed.push(cacheTags.section(before.slug), cacheTags.redirects, ...(await articleTagsWhere({ sectionId: row.id })));
    return { ok: true, id: row.id, tags: changed };
  });
}

export async function deleteSection(actor: Actor | null, id: string): Promise<TaxonomyResult> {
  const no = refused(actor);
  if (no) return no;
  const section = await db.section.findUnique({ where: { id }, select: { slug: true, name: true, _count: { select: { articles: true } } } });
  if (!section) return { ok: false, message: "That section no longer exists." };
  if (section._count.articles > 0) return { ok: false, message: `The section still has ${section._count.articles} article(s); move them first.` };
  await db.$transaction(async (tx) => {
    await tx.section.delete({ where: { id } });
    await forgetAddresses(tx, "section", section.slug);
    await recordAudit(tx, { actor, action: "section.delete", targetType: "section", targetId: id, targetLabel: section.name, summary: `/${section.slug}` });
  });
  return { ok: true, id, tags: [cacheTags.sections, cacheTags.section(section.slug), cacheTags.home, cacheTags.sitemaps, cacheTags.feeds, cacheTags.redirects] };
}

export async function saveTag(actor: Actor | null, input: TagInput): Promise<TaxonomyResult> {
  const no = refused(actor);
  if (no) return no;
  const slug = input.slug || slugify(input.name, 64);
  const clash = await db.tag.findFirst({ where: { slug, id: input.id ? { not: input.id } : undefined }, select: { id: true } });
  if (clash) return taken("topic");
  const before = input.id ? await db.tag.findUnique({ where: { id: input.id }, select: { slug: true, name: true } }) : null;
  if (input.id && !before) return { ok: false, message: "That topic no longer exists." };
  const data = { name: input.name, slug, description: input.description };
  return unlessChangedMeanwhile(async () => {
    const row = await db.$transaction(async (tx) => {
      if (input.id) await lockUnchanged(tx, "topic", input.id, input.updatedAt);
      const saved = input.id ? await tx.tag.update({ where: { id: input.id }, data }) : await tx.tag.create({ data });
      await moveAddress(tx, "tag", before?.slug ?? null, saved.slug);
      await recordAudit(tx, {
        actor,
        action: before ? "topic.update" : "topic.create",
        targetType: "topic",
        targetId: saved.id,
        targetLabel: saved.name,
        summary: before ? summarise(beforeAfter("name", before.name, saved.name), beforeAfter("address", `/tag/${before.slug}`, `/tag/${saved.slug}`)) : `/tag/${saved.slug}`,
      });
      return saved;
    });
    const changed = [cacheTags.tag(slug), cacheTags.sitemaps, ...(await articleTagsWhere({ tagId: row.id }))];
    if (before && before.slug !== slug) changed.push(cacheTags.tag(before.slug), cacheTags.redirects);
    return { ok: true, id: row.id, tags: changed };
  });
}

/** Moves every article of one topic to another, then removes the first. */
export async function mergeTags(actor: Actor | null, fromId: string, intoId: string): Promise<TaxonomyResult> {
  const no = refused(actor);
  if (no) return no;
  const [from, into] = await Promise.all([db.tag.findUnique({ where: { id: fromId } }), db.tag.findUnique({ where: { id: intoId } })]);
  if (!from || !into) return { ok: false, message: "One of the topics no longer exists." };
  const affected = await articleTagsWhere({ tagId: fromId });
  await db.$transaction(async (tx) => {
    const links = await tx.articleTag.findMany({ where: { tagId: fromId }, select: { articleId: true } });
    if (links.length) await tx.articleTag.createMany({ data: links.map((l) => ({ articleId: l.articleId, tagId: intoId })), skipDuplicates: true });
    await tx.tag.delete({ where: { id: fromId } });
    // Links to the merged topic's page (and feed) lead to the one it went into.
    await moveAddress(tx, "tag", from.slug, into.slug);
    await recordAudit(tx, {
      actor,
      action: "topic.merge",
      targetType: "topic",
      targetId: intoId,
      targetLabel: into.name,
      summary: `“${from.name}” (${links.length} stor${links.length === 1 ? "y" : "ies"}) merged into “${into.name}”`,
    });
  });
  return { ok: true, id: intoId, tags: [cacheTags.tag(from.slug), cacheTags.tag(into.slug), cacheTags.sitemaps, cacheTags.redirects, ...affected] };
}

export async function saveAuthor(actor: Actor | null, input: AuthorInput): Promise<TaxonomyResult> {
  const no = refused(actor);
  if (no) return no;
  const slug = input.slug || slugify(input.name, 80);
  const clash = await db.author.findFirst({ where: { slug, id: input.id ? { not: input.id } : undefined }, select: { id: true } });
  if (clash) return taken("author");
  if (input.userId) {
    const linked = await db.author.findFirst({ where: { userId: input.userId, id: input.id ? { not: input.id } : undefined }, select: { name: true } });
    if (linked) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { userId: [`That account is already the byline of ${linked.name}.`] } };
  }
  const before = input.id ? await db.author.findUnique({ where: { id: input.id }, select: { slug: true, name: true, userId: true } }) : null;
  if (input.id && !before) return { ok: false, message: "That author no longer exists." };
  const data = { name: input.name, slug, jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId, userId: input.userId };
  return unlessChangedMeanwhile(async () => {
    const row = await db.$transaction(async (tx) => {
      if (input.id) await lockUnchanged(tx, "author", input.id, input.updatedAt);
      const saved = input.id ? await tx.author.update({ where: { id: input.id }, data }) : await tx.author.create({ data });
      await moveAddress(tx, "author", before?.slug ?? null, saved.slug);
      await recordAudit(tx, {
        actor,
        action: before ? "author.update" : "author.create",
        targetType: "author",
        targetId: saved.id,
        targetLabel: saved.name,
        summary: before
          ? summarise(
              beforeAfter("name", before.name, saved.name),
              beforeAfter("address", `/author/${before.slug}`, `/author/${saved.slug}`),
              (before.userId ?? null) !== (saved.userId ?? null) ? (saved.userId ? "linked to an account" : "unlinked from its account") : null,
            )
          : `/author/${saved.slug}${saved.userId ? ", linked to an account" : ""}`,
      });
      return saved;
    });
    const changed = [cacheTags.author(slug), cacheTags.sitemaps, cacheTags.rails, cacheTags.home, ...(await tagsShowingByline(row.id))];
    if (before && before.slug !== slug) changed.push(cacheTags.author(before.slug), cacheTags.redirects);
    return { ok: true, id: row.id, tags: changed };
  });
}
