import "server-only";
// Every account can be a byline. An account's author profile is made when the account is created, or,
// for accounts older than that rule, the first time its owner opens the editor or their account page.
// The profile's name, job title, bio and photo are the owner's to edit (editors can too, on Authors).
import type { Prisma } from "@/generated/prisma/client";
import { slugify } from "@/lib/slug";
import type { OwnBylineInput } from "@/lib/validation/taxonomy";
import { tags as cacheTags } from "@/server/cache-tags";
import type { Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "./audit";

/** The Prisma client or a transaction. */
type Client = Prisma.TransactionClient | typeof db;

export type OwnByline = { id: string; slug: string; name: string; jobTitle: string; bio: string; photo: { id: string; fileName: string; alt: string } | null; linked: boolean };

const bylineSelect = {
  id: true, slug: true, name: true, jobTitle: true, bio: true,
  photo: { select: { id: true, fileName: true, alt: true } },
} satisfies Prisma.AuthorSelect;

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * The account's author profile, made if it has none. An existing profile with the same name that no
 * account has yet (a byline set up before its writer had an account) becomes this account's, so one
 * person does not end up with two bylines; `linked` says that happened, and the audit log records it as
 * `by`'s doing (the admin creating the account, or the account's owner on a first visit), since the
 * account may then open the byline's drafts.
 */
export async function ensureOwnByline(client: Client, user: Actor, by: Actor = user): Promise<OwnByline> {
  // A few attempts: two first visits at once race for the same profile or address; the loser reads the winner's.
  for (let attempt = 0; attempt < 5; attempt++) {
    const own = await client.author.findUnique({ where: { userId: user.id }, select: bylineSelect });
    if (own) return { ...own, linked: false };
    const name = user.name.trim() || "Unnamed writer";
    const unclaimed = await client.author.findFirst({ where: { userId: null, name: { equals: name, mode: "insensitive" } }, orderBy: { createdAt: "asc" }, select: { id: true } });
    try {
      if (unclaimed) {
        // The claim and its audit record together: in the caller's transaction, or in one of their own.
        const claim = async (tx: Client) => {
          const claimed = await tx.author.updateMany({ where: { id: unclaimed.id, userId: null }, data: { userId: user.id } });
          if (claimed.count !== 1) return null;
          const byline = await tx.author.findUniqueOrThrow({ where: { id: unclaimed.id }, select: bylineSelect });
          await recordAudit(tx, { actor: by, action: "author.update", targetType: "author", targetId: byline.id, targetLabel: byline.name, summary: `linked to the account ${user.email}, which shares its name` });
          return byline;
        };
        const byline = client === db ? await db.$transaction((tx) => claim(tx)) : await claim(client);
        if (!byline) continue;
        return { ...byline, linked: true };
      }
      const created = await client.author.create({ data: { userId: user.id, name, slug: await freeSlug(client, slugify(name, 80) || "writer") }, select: bylineSelect });
      return { ...created, linked: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not make an author profile for the account.");
}

/** The signed-in person's own byline, made on first use. */
export function ownBylineFor(actor: Actor): Promise<OwnByline> {
  return ensureOwnByline(db, actor);
}

async function freeSlug(client: Client, base: string): Promise<string> {
  const used = new Set((await client.author.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type BylineResult = { ok: true; message: string; tags: string[] } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** The signed-in person edits their own byline: name, job title, bio and photo (not its address, which editors keep). */
export async function updateOwnByline(actor: Actor | null, input: OwnBylineInput): Promise<BylineResult> {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again." };
  if (input.photoId && !(await db.media.findUnique({ where: { id: input.photoId }, select: { id: true } }))) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: { photoId: ["That image is no longer in the media library."] } };
  }
  // Only ever the actor's own profile: the row is found by the account, never by an id from the form.
  const own = await ensureOwnByline(db, actor);
  await db.$transaction(async (tx) => {
    await tx.author.update({ where: { id: own.id }, data: { name: input.name, jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId } });
    await recordAudit(tx, {
      actor,
      action: "author.update",
      targetType: "author",
      targetId: own.id,
      targetLabel: input.name,
      summary: own.name === input.name ? "their own byline" : `their own byline: name: ${own.name} → ${input.name}`,
    });
  });
  return {
    ok: true,
    message: "Your byline is saved.",
    tags: [cacheTags.author(own.slug), cacheTags.sitemaps, cacheTags.rails, cacheTags.home, ...(await tagsShowingByline(own.id))],
  };
}

/**
 * Besides the author's own page, the pages that show a byline's name and photo: every live story that carries
 * it, and every live blog where it signs an entry (the blog itself may not carry it; of any status, since the
 * newsroom's preview shows the same cached entries), whose entries alone change.
 */
export async function tagsShowingByline(authorId: string): Promise<string[]> {
  const [stories, blogs] = await Promise.all([
    db.article.findMany({ where: { status: "PUBLISHED", authors: { some: { authorId } } }, select: { id: true } }),
    db.article.findMany({ where: { liveEntries: { some: { authors: { some: { authorId } } } } }, select: { id: true } }),
  ]);
  return [...stories.map((s) => cacheTags.article(s.id)), ...blogs.map((b) => cacheTags.liveEntries(b.id))];
}
