import "server-only";
// Preview links: a story that is not live yet, shown to whoever holds the link (a source checking quotes,
// a partner under embargo) until the link expires or is revoked.
//
// A link's token is `<id>.<signature>`: the id is 128 random bits and the row's key; the signature is an
// HMAC of the id under the auth secret and is stored nowhere. Someone who can read the database (a backup,
// a replica) therefore cannot make a working link, while the newsroom can show a link again to copy it.
// Rotating BETTER_AUTH_SECRET ends every link, as it ends every session.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { wallTimeToInstant } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { lifetimeMs, PREVIEW_TOKEN, type PreviewLinkInput } from "@/lib/validation/preview-link";
import { articleAccess, canArticle, canRevokePreview, canSharePreview, SHAREABLE_STATUSES, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit, summarise } from "@/server/services/audit";

/** How far ahead an embargo may be set. */
const MAX_EMBARGO_MS = 365 * 24 * 3_600_000;

export const previewPath = (token: string) => `/preview/link/${token}`;

export type PreviewLinkState = "waiting" | "open" | "expired" | "revoked";
export type PreviewLinkView = {
  id: string;
  /** Null for someone who may see the link but not pass it on (a contributor, a link an editor made). */
  url: string | null;
  createdBy: string;
  createdAt: Date;
  notBefore: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  opens: number;
  state: PreviewLinkState;
  canRevoke: boolean;
};

export type PreviewLinkFieldErrors = Partial<Record<"lifetime" | "notBefore" | "form", string[]>>;
export type CreateResult = { ok: true; link: PreviewLinkView } | { ok: false; message: string; fieldErrors?: PreviewLinkFieldErrors };
export type RevokeResult = { ok: true; message: string } | { ok: false; message: string };

/** What a token opens. `gone` covers every link that worked once and will not again. */
export type PreviewOpening =
  | { kind: "open"; articleId: string; linkId: string }
  | { kind: "waiting"; opensAt: Date }
  | { kind: "gone"; reason: "expired" | "revoked" | "published" | "withdrawn"; liveUrl?: string }
  | { kind: "missing" };

function signingKey(): string | null {
  const secret = process.env.BETTER_AUTH_SECRET;
  return secret && secret.length >= 16 ? secret : null;
}

function signature(id: string, key: string): string {
  return createHmac("sha256", key).update(`preview-link:${id}`).digest("base64url");
}

function tokenFor(id: string, key: string): string {
  return `${id}.${signature(id, key)}`;
}

/** The link id a token names, when its signature is right; null for anything else. */
export function verifyToken(token: string): string | null {
  const key = signingKey();
  const match = PREVIEW_TOKEN.exec(token);
  if (!key || !match) return null;
  const [, id, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(signature(id, key));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}

const linkSelect = {
  id: true, createdAt: true, notBefore: true, expiresAt: true, revokedAt: true, lastOpenedAt: true, opens: true, createdById: true,
  createdBy: { select: { name: true } },
} as const;
type LinkRow = { id: string; createdAt: Date; notBefore: Date | null; expiresAt: Date; revokedAt: Date | null; lastOpenedAt: Date | null; opens: number; createdById: string | null; createdBy: { name: string } | null };

function stateOf(link: { notBefore: Date | null; expiresAt: Date; revokedAt: Date | null }, now: Date): PreviewLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  if (link.notBefore && link.notBefore.getTime() > now.getTime()) return "waiting";
  return "open";
}

function view(row: LinkRow, key: string, now: Date, canRevoke: boolean, canShare: boolean): PreviewLinkView {
  return {
    id: row.id,
    url: canShare ? new URL(previewPath(tokenFor(row.id, key)), `${site.url}/`).href : null,
    createdBy: row.createdBy?.name ?? "A former colleague",
    createdAt: row.createdAt,
    notBefore: row.notBefore,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastOpenedAt: row.lastOpenedAt,
    opens: row.opens,
    state: stateOf(row, now),
    canRevoke: canRevoke && !row.revokedAt && row.expiresAt.getTime() > now.getTime(),
  };
}

const accessSelect = { headline: true, slug: true, createdById: true, status: true, unpublishAt: true, authors: { select: { author: { select: { userId: true } } } } } as const;

const NO_KEY = "Preview links cannot be made on this server: BETTER_AUTH_SECRET is not set.";

export async function createPreviewLink(actor: Actor | null, input: PreviewLinkInput, now = new Date()): Promise<CreateResult> {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again, then make the link." };
  const key = signingKey();
  if (!key) return { ok: false, message: NO_KEY };
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: accessSelect });
  if (!article) return { ok: false, message: "This story no longer exists." };
  const access = articleAccess(article);
  if (!canSharePreview(actor, access)) {
    if (!SHAREABLE_STATUSES.includes(article.status)) {
      return { ok: false, message: article.status === "PUBLISHED" ? "This story is live: share its address instead." : "Archived stories cannot be previewed." };
    }
    return { ok: false, message: "Your role does not allow you to share a preview of this story." };
  }
  let notBefore: Date | null = null;
  if (input.notBefore) {
    notBefore = wallTimeToInstant(input.notBefore, site.timeZone);
    if (!notBefore) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { notBefore: ["Pick a date and time, or leave it empty."] } };
    if (notBefore.getTime() <= now.getTime()) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { notBefore: ["Pick a time in the future, or leave it empty to open the link at once."] } };
    if (notBefore.getTime() - now.getTime() > MAX_EMBARGO_MS) return { ok: false, message: "Check the highlighted fields.", fieldErrors: { notBefore: ["Pick a time within a year."] } };
  }
  // The lifetime counts from when the link opens: a one-hour link under embargo is open for one hour after it.
  const expiresAt = new Date((notBefore ?? now).getTime() + lifetimeMs(input.lifetime));
  const row = await db.$transaction(async (tx) => {
    const link = await tx.previewLink.create({
      data: { id: randomBytes(16).toString("base64url"), articleId: input.articleId, notBefore, expiresAt, createdById: actor.id, createdAt: now },
      select: linkSelect,
    });
    await recordAudit(tx, {
      actor,
      action: "preview-link.create",
      targetType: "article",
      targetId: input.articleId,
      targetLabel: article.headline || article.slug,
      summary: summarise(`link ${link.id}`, notBefore && `not before ${notBefore.toISOString()}`, `expires ${expiresAt.toISOString()}`),
    });
    return link;
  });
  return { ok: true, link: view(row, key, now, true, true) };
}

export async function revokePreviewLink(actor: Actor | null, linkId: string, now = new Date()): Promise<RevokeResult> {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again, then revoke the link." };
  const link = await db.previewLink.findUnique({ where: { id: linkId }, select: { articleId: true, createdById: true, revokedAt: true, article: { select: accessSelect } } });
  if (!link) return { ok: false, message: "That link no longer exists." };
  if (!canRevokePreview(actor, articleAccess(link.article), link)) return { ok: false, message: "Your role does not allow you to revoke this link." };
  if (link.revokedAt) return { ok: true, message: "The link was already revoked." };
  await db.$transaction(async (tx) => {
    // Only the first revocation counts: its time is the one the list shows, and it alone is recorded.
    const revoked = await tx.previewLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) return;
    await recordAudit(tx, {
      actor,
      action: "preview-link.revoke",
      targetType: "article",
      targetId: link.articleId,
      targetLabel: link.article.headline || link.article.slug,
      summary: `link ${linkId}`,
    });
  });
  return { ok: true, message: "Revoked: the link now says it has been withdrawn." };
}

/** A story's links, newest first, for whoever may edit the story; null for anyone else. */
export async function listPreviewLinks(actor: Actor | null, articleId: string, now = new Date()): Promise<PreviewLinkView[] | null> {
  if (!actor) return null;
  const article = await db.article.findUnique({ where: { id: articleId }, select: accessSelect });
  if (!article) return null;
  const access = articleAccess(article);
  if (!canArticle(actor, "edit", access) && !canSharePreview(actor, access)) return null;
  const key = signingKey();
  if (!key) return [];
  const rows = await db.previewLink.findMany({ where: { articleId }, orderBy: { createdAt: "desc" }, take: 50, select: linkSelect });
  // The address goes to those who may revoke the link (its maker, editors and admins, whoever may share the story
  // now): a contributor on their own draft sees that links exist, not an address to pass on.
  return rows.map((row) => {
    const mayHandle = canRevokePreview(actor, access, row);
    return view(row, key, now, mayHandle, mayHandle);
  });
}

/** What a token shows now, without counting it as an opening. */
export async function checkPreviewLink(token: string, now = new Date()): Promise<PreviewOpening> {
  const id = verifyToken(token);
  if (!id) return { kind: "missing" };
  const link = await db.previewLink.findUnique({
    where: { id },
    select: { id: true, articleId: true, notBefore: true, expiresAt: true, revokedAt: true, article: { select: { status: true, slug: true, section: { select: { slug: true } } } } },
  });
  if (!link) return { kind: "missing" };
  const state = stateOf(link, now);
  if (state === "revoked" || state === "expired") return { kind: "gone", reason: state };
  // Once the story is live the link has done its work; readers' copy is the story itself.
  if (link.article.status === "PUBLISHED") {
    return { kind: "gone", reason: "published", liveUrl: link.article.section ? `/${link.article.section.slug}/${link.article.slug}` : undefined };
  }
  if (!SHAREABLE_STATUSES.includes(link.article.status)) return { kind: "gone", reason: "withdrawn" };
  if (state === "waiting") return { kind: "waiting", opensAt: link.notBefore! };
  return { kind: "open", articleId: link.articleId, linkId: link.id };
}

/**
 * Opens a link: what `checkPreviewLink` says, and when it shows the story, the opening is counted and
 * recorded in the audit log (whoever holds a link is not signed in: the record names the link and the address).
 */
export async function openPreviewLink(token: string, now = new Date(), address: string | null = null): Promise<PreviewOpening> {
  const result = await checkPreviewLink(token, now);
  if (result.kind === "open") {
    const opening = result;
    await db.$transaction(async (tx) => {
      const link = await tx.previewLink.update({
        where: { id: opening.linkId },
        data: { opens: { increment: 1 }, lastOpenedAt: now },
        select: { opens: true, article: { select: { headline: true } } },
      });
      await recordAudit(tx, {
        actor: null,
        action: "preview-link.open",
        targetType: "article",
        targetId: opening.articleId,
        targetLabel: link.article.headline || "Untitled draft",
        summary: `preview link ${opening.linkId.slice(0, 8)}…, opening ${link.opens}`,
        address,
      });
    });
  }
  return result;
}
