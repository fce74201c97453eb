// The audit log: what the newsroom's privileged actions leave behind, that the
// database keeps it append-only, the admins' view of it and its retention.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInput, type ArticleInput } from "@/lib/validation/article";
import { schedulerActor, type Actor, type Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { publishScheduledArticles, saveArticle } from "@/server/services/articles";
import { listAudit, purgeAuditLog, recordAudit } from "@/server/services/audit";
import { deleteSection, mergeTags, saveSection, saveTag } from "@/server/services/taxonomy";
import { createUser, setActive, setRole } from "@/server/services/users";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { connect } from "./helpers/db";
import { serveAuth, type AuthServer } from "./helpers/auth-server";

let actors = {} as Record<Role, Actor>;
let sectionId = "";
const run = randomUUID().slice(0, 8);
const articles: string[] = [];
const users: string[] = [];

function input(fields: Partial<Record<string, unknown>>): ArticleInput {
  return articleInput.parse({
    headline: `Audit story ${run}`,
    slug: `audit-${run}-${randomUUID().slice(0, 6)}`,
    body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words in the story." }] }] }),
    sectionId,
    ...fields,
  });
}

async function save(actor: Actor, fields: Partial<Record<string, unknown>>) {
  const result = await saveArticle(actor, input(fields));
  if (!result.ok) throw new Error(result.message);
  if (!articles.includes(result.id)) articles.push(result.id);
  return result;
}

const recordsFor = (targetId: string) => db.auditEvent.findMany({ where: { targetId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  actors = await accountsInEveryRole(`Audit${run}`);
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("stories", () => {
  it("records creation and each step towards readers, with who did it, and not every draft save", async () => {
    const draft = await save(actors.author, {});
    await save(actors.author, { id: draft.id, version: draft.version, slug: draft.slug, standfirst: "A first draft." });
    const submitted = await save(actors.author, { id: draft.id, version: draft.version + 1, slug: draft.slug, intent: "submit" });
    const live = await save(actors.editor, { id: draft.id, version: submitted.version, slug: draft.slug, intent: "publish" });
    await save(actors.editor, { id: draft.id, version: live.version, slug: draft.slug, headline: `Audit story ${run}, updated`, intent: "save" });

    const records = await recordsFor(draft.id);
    expect(records.map((r) => [r.action, r.actorName])).toEqual([
      ["article.create", actors.author.name],
      ["article.submit", actors.author.name],
      ["article.publish", actors.editor.name],
      ["article.update-live", actors.editor.name],
    ]);
    expect(records[2]!.summary).toContain("IN_REVIEW → PUBLISHED");
    expect(records[3]!.summary).toContain(`headline: “Audit story ${run}” → “Audit story ${run}, updated”`);
    expect(records.every((r) => r.targetType === "article" && r.actorKind === "user")).toBe(true);
  });

  it("records a live story's new address and that the old one redirects", async () => {
    const live = await save(actors.editor, { intent: "publish" });
    const moved = `audit-moved-${run}`;
    await save(actors.editor, { id: live.id, version: live.version, slug: moved, intent: "save" });
    const slug = (await recordsFor(live.id)).find((r) => r.action === "article.slug");
    expect(slug?.summary).toBe(`/${live.slug} → /${moved}; the old address redirects to the new one`);
  });

  it("records unpublishing and archiving", async () => {
    const live = await save(actors.editor, { intent: "publish" });
    const down = await save(actors.editor, { id: live.id, version: live.version, slug: live.slug, intent: "unpublish" });
    await save(actors.admin, { id: live.id, version: down.version, slug: live.slug, intent: "archive" });
    expect((await recordsFor(live.id)).map((r) => r.action)).toEqual(["article.publish", "article.unpublish", "article.archive"]);
  });

  it("a refused change leaves no record", async () => {
    const live = await save(actors.editor, { intent: "publish" });
    const refused = await saveArticle(actors.author, input({ id: live.id, version: live.version, slug: live.slug, intent: "unpublish" }));
    expect(refused.ok).toBe(false);
    expect((await recordsFor(live.id)).map((r) => r.action)).toEqual(["article.publish"]);
  });

  it("the scheduler's publishing is recorded as the system, with no address", async () => {
    const when = new Date(Date.now() + 3_600_000);
    const wall = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/London", dateStyle: "short", timeStyle: "short" }).format(when).replace(" ", "T");
    const scheduled = await save(actors.editor, { intent: "schedule", scheduledAt: wall });
    const result = await publishScheduledArticles(schedulerActor, new Date(when.getTime() + 60_000));
    expect(result.ok && result.published.map((p) => p.id)).toContain(scheduled.id);
    const records = await recordsFor(scheduled.id);
    expect(records.map((r) => [r.action, r.actorKind, r.actorName])).toEqual([
      ["article.schedule", "user", actors.editor.name],
      ["article.publish", "system", "scheduler"],
    ]);
    expect(records[1]!.address).toBeNull();
  });
});

describe("sections, topics and accounts", () => {
  it("records a section's creation, renaming and deletion with before and after", async () => {
    const created = await saveSection(actors.editor, { id: undefined, name: `Audit desk ${run}`, slug: `audit-desk-${run}`, description: "", position: 90 });
    if (!created.ok) throw new Error(created.message);
    await saveSection(actors.editor, { id: created.id, name: `Audit bureau ${run}`, slug: `audit-desk-${run}`, description: "", position: 90 });
    await deleteSection(actors.admin, created.id);
    const records = await recordsFor(created.id);
    expect(records.map((r) => r.action)).toEqual(["section.create", "section.update", "section.delete"]);
    expect(records[1]!.summary).toBe(`name: “Audit desk ${run}” → “Audit bureau ${run}”`);
  });

  it("records a topic merge under the topic that remains", async () => {
    const from = await saveTag(actors.editor, { id: undefined, name: `Audit old ${run}`, slug: `audit-old-${run}`, description: "" });
    const into = await saveTag(actors.editor, { id: undefined, name: `Audit new ${run}`, slug: `audit-new-${run}`, description: "" });
    if (!from.ok || !into.ok) throw new Error("topics not created");
    await mergeTags(actors.editor, from.id, into.id);
    const merge = (await recordsFor(into.id)).find((r) => r.action === "topic.merge");
    expect(merge?.summary).toBe(`“Audit old ${run}” (0 stories) merged into “Audit new ${run}”`);
    await db.tag.delete({ where: { id: into.id } });
  });

  it("records account creation, role changes and deactivation", async () => {
    const email = `audit-${run}@example.com`;
    const created = await createUser(actors.admin, { name: "Audit Person", email, role: "contributor", password: "correct horse battery" }, "http://localhost:3000");
    if (!created.ok) throw new Error(created.message);
    users.push(created.id);
    await setRole(actors.admin, created.id, "author");
    await setActive(actors.admin, created.id, false);
    await setActive(actors.admin, created.id, true);
    const records = await recordsFor(created.id);
    expect(records.map((r) => [r.action, r.summary])).toEqual([
      ["account.create", "Audit Person, contributor, with a password"],
      ["account.role", "role: contributor → author"],
      ["account.deactivate", "signed out everywhere"],
      ["account.reactivate", null],
    ]);
    expect(records.every((r) => r.actorId === actors.admin.id && r.targetLabel === email)).toBe(true);
  });
});

describe("sign-in", () => {
  let server: AuthServer;
  beforeAll(async () => {
    server = await serveAuth({ trustedProxies: "127.0.0.1" });
  });
  afterAll(() => server.close());

  it("records failed and successful sign-ins and sign-outs with the client's address", async () => {
    const email = `audit-sign-in-${run}@example.com`;
    const created = await createUser(actors.admin, { name: "Audit Signer", email, role: "author", password: "a long enough password" }, "http://localhost:3000");
    if (!created.ok) throw new Error(created.message);
    users.push(created.id);
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(server.url + path, { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.23", ...headers }, body: JSON.stringify(body) });

    expect((await post("/api/auth/sign-in/email", { email, password: "not the password" })).status).toBe(401);
    const ok = await post("/api/auth/sign-in/email", { email, password: "a long enough password" });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect((await post("/api/auth/sign-out", {}, { cookie })).status).toBe(200);

    const records = await recordsFor(created.id);
    expect(records.map((r) => [r.action, r.actorKind, r.address])).toEqual([
      ["account.create", "user", null],
      ["auth.sign-in-failed", "anonymous", "198.51.100.23"],
      ["auth.sign-in", "user", "198.51.100.23"],
      ["auth.sign-out", "user", "198.51.100.23"],
    ]);
    expect(records[1]!.targetLabel).toBe(email);
  });
});

describe("append-only", () => {
  it("the database refuses to change or remove a record, by any path", async () => {
    const client = await connect();
    try {
      await recordAudit(db, { actor: actors.admin, action: "account.role", targetType: "account", targetId: `append-${run}`, summary: "original", address: null });
      await expect(client.query(`UPDATE "AuditEvent" SET summary = 'forged' WHERE "targetId" = $1`, [`append-${run}`])).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent" WHERE "targetId" = $1`, [`append-${run}`])).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(db.auditEvent.deleteMany({ where: { targetId: `append-${run}` } })).rejects.toThrow(/append-only/);
      expect((await recordsFor(`append-${run}`)).map((r) => r.summary)).toEqual(["original"]);
    } finally {
      await client.end();
    }
  });

  it("retention removes only records older than the kept days, and says so in the log", async () => {
    const client = await connect();
    try {
      // Records from long ago, as a log that has run for years would hold (inserting is what the log allows).
      await client.query(`INSERT INTO "AuditEvent" ("at", "actorKind", "actorName", "action", "targetId") VALUES (now() - interval '400 days', 'user', 'Old', 'article.publish', $1), (now() - interval '10 days', 'user', 'Recent', 'article.publish', $1)`, [`retain-${run}`]);
      // A purge that names a cut-off may still not reach past it.
      await client.query("BEGIN");
      await client.query(`SELECT set_config('ledger.audit_purge_before', $1, true)`, [new Date(Date.now() - 365 * 86_400_000).toISOString()]);
      await expect(client.query(`DELETE FROM "AuditEvent" WHERE "targetId" = $1`, [`retain-${run}`])).rejects.toThrow(/append-only/);
      await client.query("ROLLBACK");
      const removed = await purgeAuditLog(schedulerActor, new Date(), 365);
      expect(removed).toBeGreaterThanOrEqual(1);
      expect((await recordsFor(`retain-${run}`)).map((r) => r.actorName)).toEqual(["Recent"]);
      const purge = await db.auditEvent.findFirst({ where: { action: "audit.purge" }, orderBy: { id: "desc" } });
      expect(purge?.actorKind).toBe("system");
      expect(purge?.summary).toMatch(/record\(s\) older than 365 days/);
      // With no retention configured nothing is removed.
      expect(await purgeAuditLog(schedulerActor, new Date(), undefined)).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe("the admins' view", () => {
  it("is for admins only", async () => {
    for (const role of ["editor", "author", "contributor"] as const) expect((await listAudit(actors[role], { page: 1 })).ok).toBe(false);
    expect((await listAudit(null, { page: 1 })).ok).toBe(false);
  });

  it("filters by person, action group, target and date, newest first, in pages", async () => {
    const target = `filter-${run}`;
    for (let i = 0; i < 55; i++) {
      await recordAudit(db, { actor: i % 2 ? actors.editor : actors.admin, action: i % 3 ? "topic.update" : "section.update", targetType: "topic", targetId: target, targetLabel: `Filter topic ${run}`, address: null });
    }
    const all = await listAudit(actors.admin, { target: `filter topic ${run}`, page: 1 });
    if (!all.ok) throw new Error(all.message);
    expect(all.rows).toHaveLength(50);
    expect(all.hasNext).toBe(true);
    expect(all.rows[0]!.id > all.rows[49]!.id).toBe(true);
    const second = await listAudit(actors.admin, { target, page: 2 });
    expect(second.ok && second.rows.length).toBe(5);

    const byEditor = await listAudit(actors.admin, { target, actorId: actors.editor.id, page: 1 });
    expect(byEditor.ok && byEditor.rows.every((r) => r.actorId === actors.editor.id) && byEditor.rows.length).toBe(27);
    const topics = await listAudit(actors.admin, { target, action: "topic.", page: 1 });
    expect(topics.ok && topics.rows.length).toBe(36);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const future = await listAudit(actors.admin, { target, from: tomorrow, page: 1 });
    expect(future.ok && future.rows.length).toBe(0);
    const scheduler = await listAudit(actors.admin, { actorId: "scheduler", page: 1 });
    expect(scheduler.ok && scheduler.rows.every((r) => r.actorKind === "system")).toBe(true);
  });
});
