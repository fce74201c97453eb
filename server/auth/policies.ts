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

export type ArticleAccess = { createdById: string | null; status: string; bylineUserIds: string[] };
/** The policy's view of an article row (its creator, status and the accounts behind its bylines). */
export function articleAccess(row: { createdById: string | null; status: string; authors: { author: { userId: string | null } }[] }): ArticleAccess {
  return { createdById: row.createdById, status: row.status, bylineUserIds: row.authors.map((a) => a.author.userId).filter((id): id is string => !!id) };
}

export type ArticleAction = "create" | "edit" | "submit" | "publish" | "unpublish" | "archive" | "delete";

const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "editor";
const owns = (actor: Actor, article: ArticleAccess) => article.createdById === actor.id || article.bylineUserIds.includes(actor.id);

export function canArticle(actor: Actor | SystemActor | null, action: ArticleAction, article?: ArticleAccess): boolean {
  if (!actor) return false;
  // The scheduler carries out a publish an editor already decided: it may only take a scheduled story live.
  if (isSystemActor(actor)) return actor.name === "scheduler" && action === "publish" && article?.status === "SCHEDULED";
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

/** The audit log names people and their addresses: admins only. */
export function canReadAudit(actor: Actor | null): boolean {
  return actor?.role === "admin";
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
