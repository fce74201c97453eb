// Sections, topics, authors and accounts: who may change them, and what a
// refusal leaves behind (nothing).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { deleteSection, mergeTags, saveAuthor, saveSection, saveTag } from "@/server/services/taxonomy";
import { createUser, setActive, setRole } from "@/server/services/users";
import { authorInput, newUserInput, sectionInput, tagInput } from "@/lib/validation/taxonomy";

const actors = {} as Record<Role, Actor>;
const who = ["admin", "editor", "author", "contributor", "anonymous"] as const;
const actorFor = (w: (typeof who)[number]) => (w === "anonymous" ? null : actors[w]);
const suffix = () => randomUUID().slice(0, 8);

async function counts() {
  const [sections, tags, authors, users, sessions, links] = await Promise.all([
    db.section.count(), db.tag.count(), db.author.count(), db.user.count(), db.session.count(), db.articleTag.count(),
  ]);
  return { sections, tags, authors, users, sessions, links };
}

beforeAll(async () => {
  for (const role of ["admin", "editor", "author", "contributor"] as const) {
    const id = randomUUID();
    await db.user.create({ data: { id, name: `Tax ${role}`, email: `tax-${role}-${id}@example.com`, role } });
    actors[role] = { id, name: `Tax ${role}`, email: `tax-${role}-${id}@example.com`, role };
  }
});

afterAll(async () => {
  // Accounts come with bylines; theirs go with them.
  await db.author.deleteMany({ where: { user: { email: { startsWith: "tax-" } } } });
  await db.user.deleteMany({ where: { email: { startsWith: "tax-" } } });
  await db.section.deleteMany({ where: { slug: { startsWith: "matrix-" } } });
  await db.tag.deleteMany({ where: { slug: { startsWith: "matrix-" } } });
  await db.author.deleteMany({ where: { slug: { startsWith: "matrix-" } } });
  await db.$disconnect();
});

describe("role matrix for sections, topics, authors and accounts", () => {
  const staff = { admin: true, editor: true, author: false, contributor: false, anonymous: false };
  const adminOnly = { admin: true, editor: false, author: false, contributor: false, anonymous: false };
  const cases: { name: string; allowed: Record<(typeof who)[number], boolean>; run: (actor: Actor | null) => Promise<{ ok: boolean; message?: string }> }[] = [
    { name: "create a section", allowed: staff, run: (a) => saveSection(a, sectionInput.parse({ name: "Matrix", slug: `matrix-${suffix()}` })) },
    { name: "rename a section", allowed: staff, run: async (a) => { const s = await db.section.create({ data: { name: "M", slug: `matrix-${suffix()}` } }); return saveSection(a, sectionInput.parse({ id: s.id, name: "Renamed", slug: s.slug })); } },
    { name: "delete an empty section", allowed: staff, run: async (a) => { const s = await db.section.create({ data: { name: "M", slug: `matrix-${suffix()}` } }); return deleteSection(a, s.id); } },
    { name: "create a topic", allowed: staff, run: (a) => saveTag(a, tagInput.parse({ name: "Matrix", slug: `matrix-${suffix()}` })) },
    { name: "merge two topics", allowed: staff, run: async (a) => { const [x, y] = await Promise.all([db.tag.create({ data: { name: "X", slug: `matrix-${suffix()}` } }), db.tag.create({ data: { name: "Y", slug: `matrix-${suffix()}` } })]); return mergeTags(a, x.id, y.id); } },
    { name: "create an author", allowed: staff, run: (a) => saveAuthor(a, authorInput.parse({ name: "Matrix Writer", slug: `matrix-${suffix()}` })) },
    { name: "create an account", allowed: adminOnly, run: (a) => createUser(a, newUserInput.parse({ name: "New", email: `tax-new-${suffix()}@example.com`, role: "author", password: "a-long-password-1" }), "http://localhost") },
    { name: "change a role", allowed: adminOnly, run: (a) => setRole(a, actors.contributor.id, "contributor") },
    { name: "deactivate an account", allowed: adminOnly, run: async (a) => { const id = randomUUID(); await db.user.create({ data: { id, name: "Victim", email: `tax-victim-${id}@example.com`, role: "author" } }); return setActive(a, id, false); } },
  ];
  for (const c of cases) {
    for (const w of who) {
      it(`${w} ${c.allowed[w] ? "may" : "may not"} ${c.name}`, async () => {
        const result = await c.run(actorFor(w));
        expect(result.ok, result.message).toBe(c.allowed[w]);
        if (!c.allowed[w]) expect(result.message).toMatch(/role|admins|signed out/i);
      });
    }
  }

  it("a refusal changes nothing", async () => {
    const before = await counts();
    const tag = await db.tag.findFirstOrThrow({ where: { slug: "flooding" } });
    const into = await db.tag.findFirstOrThrow({ where: { slug: "weather" } });
    for (const actor of [null, actors.author, actors.contributor]) {
      await saveSection(actor, sectionInput.parse({ name: "Nope", slug: "matrix-nope" }));
      await mergeTags(actor, tag.id, into.id);
      await createUser(actor, newUserInput.parse({ name: "N", email: "tax-nope@example.com", role: "admin", password: "a-long-password-1" }), "http://localhost");
      await setActive(actor, actors.admin.id, false);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("taxonomy rules", () => {
  it("merging topics moves every article and removes the old topic", async () => {
    const from = await db.tag.create({ data: { name: "Old", slug: `matrix-${suffix()}` } });
    const into = await db.tag.create({ data: { name: "New", slug: `matrix-${suffix()}` } });
    const articles = await db.article.findMany({ take: 3, select: { id: true } });
    await db.articleTag.createMany({ data: articles.map((a) => ({ articleId: a.id, tagId: from.id })) });
    await db.articleTag.create({ data: { articleId: articles[0]!.id, tagId: into.id } });
    const result = await mergeTags(actors.editor, from.id, into.id);
    expect(result.ok).toBe(true);
    expect(await db.tag.findUnique({ where: { id: from.id } })).toBeNull();
    expect(await db.articleTag.count({ where: { tagId: into.id } })).toBe(3);
    expect(result.ok && result.tags).toEqual(expect.arrayContaining([`tag:${from.slug}`, `tag:${into.slug}`, `article:${articles[0]!.id}`]));
  });

  it("a section with articles cannot be deleted; a reserved or taken address is refused", async () => {
    const news = await db.section.findUniqueOrThrow({ where: { slug: "news" } });
    const refused = await deleteSection(actors.editor, news.id);
    expect(!refused.ok && refused.message).toMatch(/still has \d+ article/);
    expect(sectionInput.safeParse({ name: "Tags", slug: "tag" }).success).toBe(false);
    // The corrections page and its feed live at /corrections: a section there would be hidden behind them.
    expect(sectionInput.safeParse({ name: "Corrections", slug: "corrections" }).success).toBe(false);
    const taken = await saveSection(actors.editor, sectionInput.parse({ name: "Another news", slug: "news" }));
    expect(!taken.ok && taken.fieldErrors?.slug?.[0]).toMatch(/Another section/);
  });
});

describe("two people editing one section, topic or author", () => {
  it("a save from a form opened before someone else's change is refused, theirs kept; a save from a fresh form goes through", async () => {
    const section = await db.section.create({ data: { name: "Harbour desk", slug: `matrix-${suffix()}` } });
    const topic = await db.tag.create({ data: { name: "Harbour works", slug: `matrix-${suffix()}` } });
    const author = await db.author.create({ data: { name: "Nell Harbour", slug: `matrix-${suffix()}` } });
    const opened = { section: section.updatedAt.toISOString(), topic: topic.updatedAt.toISOString(), author: author.updatedAt.toISOString() };
    // The admin saves each first.
    expect((await saveSection(actors.admin, sectionInput.parse({ id: section.id, updatedAt: opened.section, name: "Harbour and quays", slug: section.slug }))).ok).toBe(true);
    expect((await saveTag(actors.admin, tagInput.parse({ id: topic.id, updatedAt: opened.topic, name: "Harbour repairs", slug: topic.slug }))).ok).toBe(true);
    expect((await saveAuthor(actors.admin, authorInput.parse({ id: author.id, updatedAt: opened.author, name: "Nell Harbour", slug: author.slug, jobTitle: "Ports reporter" }))).ok).toBe(true);
    // The editor, whose forms were opened before, is told; nothing of the admin's is lost.
    const stale = [
      await saveSection(actors.editor, sectionInput.parse({ id: section.id, updatedAt: opened.section, name: "Harbour desk", slug: section.slug, description: "Ships." })),
      await saveTag(actors.editor, tagInput.parse({ id: topic.id, updatedAt: opened.topic, name: "Harbour works", slug: topic.slug, description: "Works." })),
      await saveAuthor(actors.editor, authorInput.parse({ id: author.id, updatedAt: opened.author, name: "Nell Harbour", slug: author.slug, bio: "Covers the port." })),
    ];
    expect(stale.map((r) => (r.ok ? "saved" : r.message))).toEqual(
      ["section", "topic", "author"].map((what) => `Someone else changed this ${what} since you opened the page. Reload to see their change, then make yours again.`),
    );
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).name).toBe("Harbour and quays");
    expect((await db.tag.findUniqueOrThrow({ where: { id: topic.id } })).name).toBe("Harbour repairs");
    expect((await db.author.findUniqueOrThrow({ where: { id: author.id } })).jobTitle).toBe("Ports reporter");
    // After a reload the form carries the new time, and the save goes through.
    const fresh = (await db.section.findUniqueOrThrow({ where: { id: section.id } })).updatedAt.toISOString();
    expect((await saveSection(actors.editor, sectionInput.parse({ id: section.id, updatedAt: fresh, name: "Harbour and quays", slug: section.slug, description: "Ships." }))).ok).toBe(true);
    await db.section.delete({ where: { id: section.id } });
    await db.tag.delete({ where: { id: topic.id } });
    await db.author.delete({ where: { id: author.id } });
  });
});

describe("old addresses", () => {
  const redirectOf = (kind: string, fromSlug: string) => db.listingRedirect.findUnique({ where: { kind_fromSlug: { kind, fromSlug } } }).then((r) => r?.toSlug ?? null);

  it("a renamed section, topic or author leaves its old address leading to the new one, however often renamed", async () => {
    const s = suffix();
    const created = await saveSection(actors.editor, sectionInput.parse({ name: "Harbour", slug: `harbour-${s}` }));
    if (!created.ok) throw new Error(created.message);
    const renamed = await saveSection(actors.editor, sectionInput.parse({ id: created.id, name: "Harbour and coast", slug: `coast-${s}` }));
    expect(renamed).toMatchObject({ ok: true, tags: expect.arrayContaining(["redirects", `section:harbour-${s}`]) });
    expect(await redirectOf("section", `harbour-${s}`)).toBe(`coast-${s}`);
    // Renamed again: both older addresses lead to the newest, in one step.
    await saveSection(actors.editor, sectionInput.parse({ id: created.id, name: "The coast", slug: `the-coast-${s}` }));
    expect([await redirectOf("section", `harbour-${s}`), await redirectOf("section", `coast-${s}`)]).toEqual([`the-coast-${s}`, `the-coast-${s}`]);
    // An old address taken by a new section is that section's: it leads nowhere else.
    const retaken = await saveSection(actors.editor, sectionInput.parse({ name: "Harbour again", slug: `harbour-${s}` }));
    if (!retaken.ok) throw new Error(retaken.message);
    expect(await redirectOf("section", `harbour-${s}`)).toBeNull();
    // Deleted, a section's old addresses lead nowhere.
    await deleteSection(actors.editor, created.id);
    expect(await redirectOf("section", `coast-${s}`)).toBeNull();
    await deleteSection(actors.editor, retaken.id);

    const author = await saveAuthor(actors.editor, authorInput.parse({ name: "Ines Varga", slug: `ines-varga-${s}` }));
    if (!author.ok) throw new Error(author.message);
    await saveAuthor(actors.editor, authorInput.parse({ id: author.id, name: "Ines Varga-Holt", slug: `ines-varga-holt-${s}` }));
    expect(await redirectOf("author", `ines-varga-${s}`)).toBe(`ines-varga-holt-${s}`);
    await db.author.delete({ where: { id: author.id } });
    await db.listingRedirect.deleteMany({ where: { toSlug: `ines-varga-holt-${s}` } });
  });

  it("a topic merged into another leads to it", async () => {
    const s = suffix();
    const [from, into] = await Promise.all([db.tag.create({ data: { name: "Ferries", slug: `ferries-${s}` } }), db.tag.create({ data: { name: "Ferry services", slug: `ferry-services-${s}` } })]);
    expect(await mergeTags(actors.editor, from.id, into.id)).toMatchObject({ ok: true });
    expect(await redirectOf("tag", `ferries-${s}`)).toBe(`ferry-services-${s}`);
    await db.tag.delete({ where: { id: into.id } });
    await db.listingRedirect.deleteMany({ where: { toSlug: `ferry-services-${s}` } });
  });
});

describe("accounts", () => {
  it("deactivating ends the user's sessions at once and keeps them from signing in", async () => {
    const id = randomUUID();
    await db.user.create({ data: { id, name: "Leaving", email: `tax-leaving-${id}@example.com`, role: "editor" } });
    await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const result = await setActive(actors.admin, id, false);
    expect(result.ok).toBe(true);
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).banned).toBe(true);
  });

  it("the last admin cannot be demoted or deactivated, and nobody deactivates themselves", async () => {
    expect((await setActive(actors.admin, actors.admin.id, false)).ok).toBe(false);
    const admins = await db.user.findMany({ where: { role: "admin" }, select: { id: true } });
    expect(admins.length).toBeGreaterThan(1);
  });

  it("two admins demoting or deactivating each other at the same moment cannot leave the newsroom without one", async () => {
    const admin = async (label: string): Promise<Actor> => {
      const id = randomUUID();
      await db.user.create({ data: { id, name: `Tax ${label}`, email: `tax-${label}-${id}@example.com`, role: "admin" } });
      return { id, name: `Tax ${label}`, email: `tax-${label}-${id}@example.com`, role: "admin" };
    };
    const [a, b] = [await admin("first-admin"), await admin("second-admin")];
    // Every other admin is set aside for the moment: these two are the newsroom's only admins.
    const others = await db.user.findMany({ where: { role: "admin", id: { notIn: [a.id, b.id] }, OR: [{ banned: false }, { banned: null }] }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { banned: true } });
    try {
      const demoted = await Promise.all([setRole(a, b.id, "editor"), setRole(b, a.id, "editor")]);
      expect(demoted.filter((r) => r.ok)).toHaveLength(1);
      expect(demoted.find((r) => !r.ok)?.message).toMatch(/last admin/);
      const left = await db.user.findMany({ where: { id: { in: [a.id, b.id] }, role: "admin" }, select: { id: true } });
      expect(left).toHaveLength(1);
      // The one left, and an editor made admin again: deactivating each other at once leaves one of them.
      const other = left[0]!.id === a.id ? b : a;
      expect((await setRole(left[0]!.id === a.id ? a : b, other.id, "admin")).ok).toBe(true);
      const deactivated = await Promise.all([setActive(a, b.id, false), setActive(b, a.id, false)]);
      expect(deactivated.filter((r) => r.ok)).toHaveLength(1);
      expect(await db.user.count({ where: { id: { in: [a.id, b.id] }, role: "admin", OR: [{ banned: false }, { banned: null }] } })).toBe(1);
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { banned: false } });
      await db.user.deleteMany({ where: { id: { in: [a.id, b.id] } } });
    }
  });

  it("without a mail server, a new account's one-time set-password link is handed to the admin once, and the log only says one was made", async () => {
    const logged = [vi.spyOn(log, "info"), vi.spyOn(log, "warn")];
    let result;
    let lines: string[] = [];
    try {
      result = await createUser(actors.admin, newUserInput.parse({ name: "Linky", email: `tax-link-${suffix()}@example.com`, role: "author" }), "http://localhost:3000");
      lines = logged.flatMap((spy) => spy.mock.calls.map((call) => JSON.stringify(call)));
    } finally {
      logged.forEach((spy) => spy.mockRestore());
    }
    expect(result.ok).toBe(true);
    expect(result.ok && result.link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/reset-password\/\w+\?callbackURL=.*set-password$/);
    expect(result.message).toMatch(/Pass this one-time set-password link on to tax-link-.*; it works for 24 hours and is shown only now\./);
    expect(lines.join("\n")).toMatch(/set-password link made for tax-link-/);
    expect(lines.join("\n")).not.toContain("reset-password/");
  });
});
