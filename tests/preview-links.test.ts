// Preview links: who may make and revoke them, what a link shows over its life (embargo, open, expired,
// revoked, story published), that the database alone cannot make a working link, and that a shared draft
// stays out of everything readers and crawlers find.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantToWallTime } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { previewLinkInput, type PreviewLinkInput } from "@/lib/validation/preview-link";
import { canRevokePreview, canSharePreview, type Actor, type Role } from "@/server/auth/policies";
import { findRelated } from "@/server/data/related";
import { searchArticles } from "@/server/data/search";
import { db } from "@/server/db";
import { checkPreviewLink, createPreviewLink, listPreviewLinks, openPreviewLink, revokePreviewLink, verifyToken } from "@/server/services/preview-links";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

// The server's auth secret signs the links; the test server's own is used when it is set.
process.env.BETTER_AUTH_SECRET ??= "preview-link-test-secret-0123456789";

const HOUR = 3_600_000;
let actors = {} as Record<Role, Actor>;
let sectionId = "";
const created: string[] = [];

async function story(fields: { status?: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED"; createdById?: string; text?: string; tagSlug?: string } = {}) {
  const status = fields.status ?? "DRAFT";
  const live = status === "PUBLISHED";
  const tag = fields.tagSlug ? await db.tag.findUniqueOrThrow({ where: { slug: fields.tagSlug } }) : null;
  const row = await db.article.create({
    data: {
      slug: `prv-${randomUUID().slice(0, 8)}`,
      headline: "Harbour authority plans a tidal lagoon",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: fields.text ?? "Draft words." }] }] },
      bodyText: fields.text ?? "Draft words.",
      status,
      sectionId,
      createdById: fields.createdById ?? null,
      ...(live ? { publishedAt: new Date(), firstPublishedAt: new Date() } : {}),
      ...(status === "SCHEDULED" ? { scheduledAt: new Date(Date.now() + 48 * HOUR) } : {}),
      ...(tag ? { tags: { create: [{ tagId: tag.id }] } } : {}),
    },
  });
  created.push(row.id);
  return row;
}

const linkInput = (articleId: string, fields: Partial<Record<string, string>> = {}): PreviewLinkInput => previewLinkInput.parse({ articleId, lifetime: "1d", ...fields });

async function makeLink(actor: Actor, articleId: string, fields: Partial<Record<string, string>> = {}, now = new Date()) {
  const result = await createPreviewLink(actor, linkInput(articleId, fields), now);
  if (!result.ok) throw new Error(result.message);
  return { ...result.link, url: result.link.url!, token: result.link.url!.split("/preview/link/")[1]! };
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole("Preview");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("making a link", () => {
  it("gives a link at the site's address whose token carries 128 random bits and a signature the database does not hold", async () => {
    const draft = await story();
    const link = await makeLink(actors.editor, draft.id);
    expect(link.url.startsWith(`${site.url}/preview/link/`)).toBe(true);
    const [id, signature] = link.token.split(".") as [string, string];
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(Buffer.from(signature, "base64url")).toHaveLength(32);
    const row = await db.previewLink.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row)).not.toContain(signature);
    // Everything a database read gives, without the server's secret, opens nothing.
    expect(await checkPreviewLink(`${id}.${"A".repeat(43)}`)).toEqual({ kind: "missing" });
    expect(await checkPreviewLink(id)).toEqual({ kind: "missing" });
    expect(verifyToken(link.token)).toBe(id);
    const secret = process.env.BETTER_AUTH_SECRET;
    process.env.BETTER_AUTH_SECRET = "another-server-secret-0123456789";
    try {
      expect(await checkPreviewLink(link.token)).toEqual({ kind: "missing" });
    } finally {
      process.env.BETTER_AUTH_SECRET = secret;
    }
    // Two links for one story never share a token.
    expect((await makeLink(actors.editor, draft.id)).token).not.toBe(link.token);
  });

  it("offers lifetimes from one hour to thirty days and nothing else, and counts an embargoed link's lifetime from its opening", async () => {
    const draft = await story();
    const now = new Date();
    expect(previewLinkInput.safeParse({ articleId: draft.id, lifetime: "90d" }).success).toBe(false);
    expect(previewLinkInput.safeParse({ articleId: draft.id, lifetime: "1h" }).success).toBe(true);
    expect(previewLinkInput.safeParse({ articleId: draft.id, lifetime: "30d" }).success).toBe(true);
    const hour = await makeLink(actors.editor, draft.id, { lifetime: "1h" }, now);
    expect(hour.expiresAt.getTime() - now.getTime()).toBe(HOUR);
    const opensAt = new Date(Math.ceil((now.getTime() + 5 * HOUR) / 60_000) * 60_000);
    const embargoed = await makeLink(actors.editor, draft.id, { lifetime: "30d", notBefore: instantToWallTime(opensAt, site.timeZone) }, now);
    expect(embargoed.notBefore).toEqual(opensAt);
    expect(embargoed.expiresAt.getTime() - opensAt.getTime()).toBe(30 * 24 * HOUR);
    expect(embargoed.state).toBe("waiting");
  });

  it("refuses a 'not before' time in the past or in the wrong shape, with a message for the field", async () => {
    const draft = await story();
    const past = await createPreviewLink(actors.editor, linkInput(draft.id, { notBefore: instantToWallTime(new Date(Date.now() - HOUR), site.timeZone) }));
    expect(past).toMatchObject({ ok: false, fieldErrors: { notBefore: ["Pick a time in the future, or leave it empty to open the link at once."] } });
    expect(previewLinkInput.safeParse({ articleId: draft.id, lifetime: "1d", notBefore: "tomorrow" }).success).toBe(false);
  });
});

describe("the audit log", () => {
  it("records who made and who revoked a link, on the story, once each; a refused attempt leaves nothing", async () => {
    const draft = await story();
    const link = await makeLink(actors.editor, draft.id);
    await revokePreviewLink(actors.admin, link.id);
    await revokePreviewLink(actors.admin, link.id);
    await createPreviewLink(actors.contributor, linkInput(draft.id));
    const records = await db.auditEvent.findMany({ where: { targetType: "article", targetId: draft.id }, orderBy: { id: "asc" } });
    expect(records.map((r) => [r.action, r.actorName])).toEqual([
      ["preview-link.create", "Preview editor"],
      ["preview-link.revoke", "Preview admin"],
    ]);
    expect(records[0]!.targetLabel).toBe(draft.headline);
    expect(records[0]!.summary).toContain(`link ${link.id}`);
    // The record names the link, never its token.
    expect(records.map((r) => `${r.summary} ${r.targetLabel}`).join(" ")).not.toContain(link.token.split(".")[1]);
  });
});

describe("who may share", () => {
  it("editors and admins share any story not yet live; authors their own drafts and stories in review; contributors none", async () => {
    const authorsDraft = await story({ createdById: actors.author.id });
    const authorsReview = await story({ status: "IN_REVIEW", createdById: actors.author.id });
    const authorsScheduled = await story({ status: "SCHEDULED", createdById: actors.author.id });
    const othersDraft = await story({ createdById: actors.editor.id });
    const contributorsDraft = await story({ createdById: actors.contributor.id });

    for (const role of ["admin", "editor"] as const) {
      for (const target of [authorsDraft, authorsReview, authorsScheduled, othersDraft]) expect((await createPreviewLink(actors[role], linkInput(target.id))).ok).toBe(true);
    }
    expect((await createPreviewLink(actors.author, linkInput(authorsDraft.id))).ok).toBe(true);
    expect((await createPreviewLink(actors.author, linkInput(authorsReview.id))).ok).toBe(true);
    // A scheduled story is the editors' (authors no longer edit it), and so is everyone else's.
    expect(await createPreviewLink(actors.author, linkInput(authorsScheduled.id))).toEqual({ ok: false, message: "Your role does not allow you to share a preview of this story." });
    expect((await createPreviewLink(actors.author, linkInput(othersDraft.id))).ok).toBe(false);
    expect((await createPreviewLink(actors.contributor, linkInput(contributorsDraft.id))).ok).toBe(false);
    expect(await createPreviewLink(null, linkInput(authorsDraft.id))).toEqual({ ok: false, message: "You are signed out. Sign in again, then make the link." });
  });

  it("refuses links to live and archived stories, saying why", async () => {
    const live = await story({ status: "PUBLISHED" });
    const archived = await story({ status: "ARCHIVED" });
    expect(await createPreviewLink(actors.admin, linkInput(live.id))).toEqual({ ok: false, message: "This story is live: share its address instead." });
    expect(await createPreviewLink(actors.admin, linkInput(archived.id))).toEqual({ ok: false, message: "Archived stories cannot be previewed." });
    expect(canSharePreview(actors.admin, { createdById: null, status: "PUBLISHED", bylineUserIds: [] })).toBe(false);
  });

  it("lets the link's maker and editors revoke it, but not an author who neither made it nor may share the story", async () => {
    const draft = await story({ createdById: actors.editor.id });
    const link = await makeLink(actors.editor, draft.id);
    expect(await revokePreviewLink(actors.author, link.id)).toEqual({ ok: false, message: "Your role does not allow you to revoke this link." });
    expect(await revokePreviewLink(actors.contributor, link.id)).toMatchObject({ ok: false });
    const access = { createdById: actors.author.id, status: "DRAFT", bylineUserIds: [] };
    expect(canRevokePreview(actors.author, access, { createdById: actors.author.id })).toBe(true);
    expect(canRevokePreview(actors.contributor, access, { createdById: actors.editor.id })).toBe(false);
    expect(await revokePreviewLink(actors.editor, link.id)).toMatchObject({ ok: true });
    expect((await listPreviewLinks(actors.contributor, draft.id))).toBeNull();
  });

  it("shows a contributor that links to their draft exist, but not an address to pass on", async () => {
    const draft = await story({ createdById: actors.contributor.id });
    const link = await makeLink(actors.editor, draft.id);
    const [seen] = (await listPreviewLinks(actors.contributor, draft.id))!;
    expect(seen).toMatchObject({ id: link.id, createdBy: "Preview editor", url: null, canRevoke: false });
    expect((await listPreviewLinks(actors.editor, draft.id))![0]!.url).toBe(link.url);
  });
});

describe("opening a link", () => {
  it("shows the story while open and counts each opening with its time; a check alone counts nothing", async () => {
    const draft = await story();
    const link = await makeLink(actors.editor, draft.id);
    const first = new Date(Date.now() + 60_000);
    const second = new Date(Date.now() + 120_000);
    expect(await openPreviewLink(link.token, first)).toMatchObject({ kind: "open", articleId: draft.id });
    expect(await openPreviewLink(link.token, second, "198.51.100.40")).toMatchObject({ kind: "open" });
    await checkPreviewLink(link.token);
    const [listed] = (await listPreviewLinks(actors.editor, draft.id))!;
    expect(listed).toMatchObject({ id: link.id, opens: 2, lastOpenedAt: second, createdBy: "Preview editor", state: "open", canRevoke: true });
    expect(listed!.url).toBe(link.url);
    // Each opening is in the audit log, from the address it came from; a check is not an opening.
    const openings = await db.auditEvent.findMany({ where: { targetId: draft.id, action: "preview-link.open" }, orderBy: { id: "asc" } });
    expect(openings.map((o) => [o.actorKind, o.address, o.summary?.endsWith(`opening ${openings.indexOf(o) + 1}`)])).toEqual([
      ["anonymous", null, true],
      ["anonymous", "198.51.100.40", true],
    ]);
  });

  it("under embargo says when it opens, then opens at that time", async () => {
    const draft = await story();
    const now = new Date();
    const opensAt = new Date(Math.ceil((now.getTime() + 2 * HOUR) / 60_000) * 60_000);
    const link = await makeLink(actors.editor, draft.id, { notBefore: instantToWallTime(opensAt, site.timeZone) }, now);
    expect(await openPreviewLink(link.token, now)).toEqual({ kind: "waiting", opensAt });
    expect(await openPreviewLink(link.token, new Date(opensAt.getTime() + 1000))).toMatchObject({ kind: "open" });
    expect((await db.previewLink.findUniqueOrThrow({ where: { id: link.id } })).opens).toBe(1);
  });

  it("is gone once expired or revoked, and once the story is published it points to the live story", async () => {
    const draft = await story();
    const now = new Date();
    const expiring = await makeLink(actors.editor, draft.id, { lifetime: "1h" }, now);
    expect(await openPreviewLink(expiring.token, new Date(now.getTime() + HOUR))).toEqual({ kind: "gone", reason: "expired" });

    const revoked = await makeLink(actors.editor, draft.id);
    expect(await revokePreviewLink(actors.editor, revoked.id)).toMatchObject({ ok: true });
    expect(await revokePreviewLink(actors.editor, revoked.id)).toEqual({ ok: true, message: "The link was already revoked." });
    expect(await openPreviewLink(revoked.token)).toEqual({ kind: "gone", reason: "revoked" });
    expect((await db.previewLink.findUniqueOrThrow({ where: { id: revoked.id } })).opens).toBe(0);

    const live = await makeLink(actors.editor, draft.id);
    await db.article.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date(), firstPublishedAt: new Date() } });
    expect(await openPreviewLink(live.token)).toEqual({ kind: "gone", reason: "published", liveUrl: `/science/${draft.slug}` });
    await db.article.update({ where: { id: draft.id }, data: { status: "ARCHIVED" } });
    expect(await openPreviewLink(live.token)).toEqual({ kind: "gone", reason: "withdrawn" });
  });
});

describe("a shared draft stays private", () => {
  // Feeds and sitemaps are cached reads that run only inside Next: e2e/preview-links.spec.ts reads them over HTTP.
  it("is in no search result or related list, however often its link is opened", async () => {
    const word = `zephyrine${randomUUID().slice(0, 6).replace(/[^a-z]/g, "q")}`;
    const neighbour = await story({ status: "PUBLISHED", tagSlug: "housing" });
    const draft = await story({ text: `The lagoon would hold back the ${word} tides.`, tagSlug: "housing" });
    const link = await makeLink(actors.editor, draft.id);
    expect((await openPreviewLink(link.token)).kind).toBe("open");

    expect((await searchArticles({ q: word })).total).toBe(0);
    expect((await findRelated(neighbour.slug, 20)).map((card) => card.id)).not.toContain(draft.id);
  });
});
