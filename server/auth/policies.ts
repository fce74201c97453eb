// Who may do what. Pure functions of the actor and the record, used by every
// server action, route and service (buttons are hidden with the same checks).

export const ROLES = ["admin", "editor", "author", "contributor"] as const;
export type Role = (typeof ROLES)[number];
/** A signed-in person: an account with a role. */
export type Actor = { id: string; name: string; email: string; role: Role };
/**
 * Work the site does on its own, with no one signed in (the scheduler). It has no account and no role,
 * so no person's permission can be borrowed by it, and it is allowed only what a policy names for it.
 */
export type SystemActor = { kind: "system"; name: "scheduler" };

export const schedulerActor: SystemActor = { kind: "system", name: "scheduler" };

export function isSystemActor(actor: Actor | SystemActor | null): actor is SystemActor {
  return !!actor && "kind" in actor && actor.kind === "system";
}

export type ArticleAccess = {
  createdById: string | null;
  status: string;
  bylineUserIds: string[];
  /** When a live story is due to be taken down, if it is. */
  unpublishAt?: Date | null;
};
/** The policy's view of an article row (its creator, status, the accounts behind its bylines, and its take-down time). */
export function articleAccess(row: {
  createdById: string | null;
  status: string;
  authors: { author: { userId: string | null } }[];
  unpublishAt?: Date | null;
}): ArticleAccess {
  return {
    createdById: row.createdById,
    status: row.status,
    bylineUserIds: row.authors.map((a) => a.author.userId).filter((id): id is string => !!id),
    unpublishAt: row.unpublishAt ?? null,
  };
}

export type ArticleAction = "create" | "edit" | "submit" | "publish" | "unpublish" | "archive" | "delete";

const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "editor";
const owns = (actor: Actor, article: ArticleAccess) => article.createdById === actor.id || article.bylineUserIds.includes(actor.id);

export function canArticle(actor: Actor | SystemActor | null, action: ArticleAction, article?: ArticleAccess, now: Date = new Date()): boolean {
  if (!actor) return false;
  // The scheduler carries out what an editor already decided: it may take a scheduled story live, and take a
  // live story down once the time an editor set for that has passed. Nothing else.
  if (isSystemActor(actor)) {
    if (actor.name !== "scheduler" || !article) return false;
    if (action === "publish") return article.status === "SCHEDULED";
    if (action === "unpublish") return article.status === "PUBLISHED" && !!article.unpublishAt && article.unpublishAt.getTime() <= now.getTime();
    return false;
  }
  if (isStaff(actor)) return true;
  if (action === "create") return true;
  if (!article || !owns(actor, article)) return false;
  if (actor.role === "author") {
    // Authors write and submit their own stories; what is live or scheduled is the editors'.
    if (action === "edit") return article.status === "DRAFT" || article.status === "IN_REVIEW";
    if (action === "submit") return article.status === "DRAFT";
    return false;
  }
  // Contributors: their own drafts only.
  return action === "edit" && article.status === "DRAFT";
}

/** Statuses a preview link may be made for: what readers cannot see yet. */
export const SHAREABLE_STATUSES: readonly string[] = ["DRAFT", "IN_REVIEW", "SCHEDULED"];

/**
 * Making a preview link shows a story outside the newsroom before it is live. Editors and admins may for any
 * story not yet live; authors for their own stories while they may still edit them. Contributors may not:
 * their drafts go to an editor first.
 */
export function canSharePreview(actor: Actor | SystemActor | null, article: ArticleAccess): boolean {
  if (!actor || isSystemActor(actor) || !SHAREABLE_STATUSES.includes(article.status)) return false;
  if (isStaff(actor)) return true;
  return actor.role === "author" && canArticle(actor, "edit", article);
}

/**
 * Revoking a link only ever hides a story, so it is allowed more widely than making one: editors and admins,
 * the person who made the link, and anyone who may share the story now. It stays possible after the story went
 * live, so that old links can be cleared.
 */
export function canRevokePreview(actor: Actor | SystemActor | null, article: ArticleAccess, link: { createdById: string | null }): boolean {
  if (!actor || isSystemActor(actor)) return false;
  if (isStaff(actor) || (link.createdById !== null && link.createdById === actor.id)) return true;
  return canSharePreview(actor, article);
}

/** Articles an actor may open in the admin: staff see all, others their own. */
export function seesAllArticles(actor: Actor): boolean {
  return isStaff(actor);
}

export function canManageTaxonomy(actor: Actor | null): boolean {
  return !!actor && isStaff(actor);
}

/** Uploading and picking images: any signed-in role (authors illustrate their own stories). */
export function canUseMedia(actor: Actor | null): boolean {
  return !!actor;
}

/** Changing or deleting what is in the library touches every story that shows it: editors and admins. */
export function canManageMedia(actor: Actor | null): boolean {
  return !!actor && isStaff(actor);
}

/** New topics get a public page: editors create them; everyone else picks existing ones. */
export function canCreateTopics(actor: Actor | null): boolean {
  return canManageTaxonomy(actor);
}

export function canManageUsers(actor: Actor | null): boolean {
  return actor?.role === "admin";
}

/** Corrections speak for the paper on a live story: editors and admins. */
export function canCorrect(actor: Actor | null): boolean {
  return !!actor && isStaff(actor);
}

export type LiveEntryAction = "post" | "edit" | "delete" | "flag";

/**
 * Live-blog entries. Editors and admins may do anything on any live blog. An author may post on a live blog
 * they are bylined on (the byline is what makes it theirs, not who created it), edit and delete what they
 * posted there, and pin entries or mark key events on it. Contributors may not: their words go to an editor
 * first, and an entry is live the moment it is posted.
 */
export function canLiveEntry(
  actor: Actor | SystemActor | null,
  action: LiveEntryAction,
  blog: ArticleAccess,
  entry?: { createdById: string | null },
): boolean {
  if (!actor || isSystemActor(actor)) return false;
  if (isStaff(actor)) return true;
  if (actor.role !== "author" || !blog.bylineUserIds.includes(actor.id)) return false;
  if (action === "edit" || action === "delete") return !!entry && entry.createdById === actor.id;
  return true;
}

/** Ending a live blog's coverage (or resuming it) changes the front page's LIVE label: editors and admins. */
export function canEndLiveBlog(actor: Actor | SystemActor | null): boolean {
  return !!actor && !isSystemActor(actor) && isStaff(actor);
}

/** The audit log names people and their addresses: admins only. */
export function canReadAudit(actor: Actor | null): boolean {
  return actor?.role === "admin";
}

/**
 * Bringing in another site's archive writes stories, bylines, sections and images at once, as "import":
 * only from the command line (someone with shell access to a server), or by an admin.
 */
export function canImport(actor: Actor | "import" | null): boolean {
  return actor === "import" || actor?.role === "admin";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
