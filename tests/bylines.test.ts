// Every account can be a byline: made with the account (or claimed, when a byline of that name waits
// for one), made on first use for older accounts, carried by a story saved without one, and edited by
// its owner alone.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { articleInput } from "@/lib/validation/article";
import { newUserInput, ownBylineInput } from "@/lib/validation/taxonomy";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { ensureOwnByline, updateOwnByline } from "@/server/services/bylines";
import { createUser } from "@/server/services/users";

const suffix = () => randomUUID().slice(0, 8);
const users: string[] = [];
const authors: string[] = [];
const articles: string[] = [];

async function account(name: string, role: Role = "author"): Promise<Actor> {
  const id = randomUUID();
  const email = `byline-${suffix()}@example.com`;
  await db.user.create({ data: { id, name, email, role } });
  users.push(id);
  return { id, name, email, role };
}

const admin = async () => account(`Byline admin ${suffix()}`, "admin");

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await db.author.deleteMany({ where: { OR: [{ id: { in: authors } }, { userId: { in: users } }] } });
  await db.user.deleteMany({ where: { OR: [{ id: { in: users } }, { email: { startsWith: "byline-" } }] } });
  await db.$disconnect();
});

describe("an account's byline", () => {
  it("comes with a new account, and a story its owner saves without a byline carries it", async () => {
    const name = `Odile Varga ${suffix()}`;
    const result = await createUser(await admin(), newUserInput.parse({ name, email: `byline-${suffix()}@example.com`, role: "author", password: "a-long-password-1" }), "http://localhost");
    expect(result.ok, result.message).toBe(true);
    if (!result.ok) return;
    users.push(result.id);
    const byline = await db.author.findUniqueOrThrow({ where: { userId: result.id } });
    expect(byline.name).toBe(name);
    expect(byline.slug).toMatch(/^odile-varga-/);

    const writer: Actor = { id: result.id, name, email: "", role: "author" };
    const section = await db.section.findFirstOrThrow({ select: { id: true } });
    const saved = await saveArticle(writer, articleInput.parse({ headline: "Night buses return to the harbour line", slug: `byline-${suffix()}`, body: "", sectionId: section.id, authorIds: [] }));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    articles.push(saved.id);
    const story = await db.article.findUniqueOrThrow({ where: { id: saved.id }, select: { authors: { select: { authorId: true } } } });
    expect(story.authors).toEqual([{ authorId: byline.id }]);
  });

  it("is the waiting byline of the same name when one has no account yet, instead of a second one", async () => {
    const name = `Marek Holloway ${suffix()}`;
    const waiting = await db.author.create({ data: { name, slug: `byline-${suffix()}`, jobTitle: "Courts reporter" } });
    authors.push(waiting.id);
    const result = await createUser(await admin(), newUserInput.parse({ name: name.toUpperCase(), email: `byline-${suffix()}@example.com`, role: "author", password: "a-long-password-1" }), "http://localhost");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    users.push(result.id);
    expect(result.message).toContain(`It carries the existing byline “${name}”.`);
    expect((await db.author.findUniqueOrThrow({ where: { id: waiting.id } })).userId).toBe(result.id);
    expect(await db.author.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
    // The account may now open the byline's drafts: the audit log says who linked them, and why.
    const linked = await db.auditEvent.findFirstOrThrow({ where: { action: "author.update", targetId: waiting.id } });
    expect(linked.summary).toMatch(/^linked to the account byline-.*@example\.com, which shares its name$/);
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "account.create", targetId: result.id } })).summary).toContain(`carries the existing byline “${name}”`);
  });

  it("an older account that takes a waiting byline on its first visit leaves an audit record of its own doing", async () => {
    const name = `Ada Quarry ${suffix()}`;
    const waiting = await db.author.create({ data: { name, slug: `ada-quarry-${suffix()}` } });
    authors.push(waiting.id);
    const older = await account(name);
    const own = await ensureOwnByline(db, older);
    expect(own).toMatchObject({ id: waiting.id, linked: true });
    const record = await db.auditEvent.findFirstOrThrow({ where: { action: "author.update", targetId: waiting.id } });
    expect(record.actorId).toBe(older.id);
  });

  it("is made once for an older account on first use, even when asked for twice at once, at an address of its own", async () => {
    const name = `Ines Farrow ${suffix()}`;
    // Someone else's byline already has the address the name would give.
    const other = await account(`Other ${suffix()}`);
    const taken = await db.author.create({ data: { name: "Somebody else", slug: name.toLowerCase().replace(/ /g, "-"), userId: other.id } });
    authors.push(taken.id);
    const older = await account(name);
    const [first, second] = await Promise.all([ensureOwnByline(db, older), ensureOwnByline(db, older)]);
    expect(first.id).toBe(second.id);
    expect(await db.author.count({ where: { userId: older.id } })).toBe(1);
    expect(first.slug).toBe(`${taken.slug}-2`);
    expect(first.name).toBe(name);
  });

  it("is edited by its owner (name, job title, bio, photo), keeping its address; nobody else's changes", async () => {
    const owner = await account(`Tamsin Ode ${suffix()}`);
    const neighbour = await account(`Neighbour ${suffix()}`);
    const [own, theirs] = await Promise.all([ensureOwnByline(db, owner), ensureOwnByline(db, neighbour)]);
    const photo = await db.media.findFirstOrThrow({ select: { id: true } });
    const result = await updateOwnByline(owner, ownBylineInput.parse({ name: "Tamsin Ode-Marr", jobTitle: "Transport reporter", bio: "Covers the ferries.", photoId: photo.id }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.tags).toContain(`author:${own.slug}`);
    const after = await db.author.findUniqueOrThrow({ where: { id: own.id } });
    expect([after.name, after.jobTitle, after.bio, after.photoId, after.slug]).toEqual(["Tamsin Ode-Marr", "Transport reporter", "Covers the ferries.", photo.id, own.slug]);
    expect((await db.author.findUniqueOrThrow({ where: { id: theirs.id } })).name).toBe(neighbour.name);
  });

  it("refuses a signed-out edit, a photo no longer in the library and an empty name", async () => {
    const owner = await account(`Ravi Stone ${suffix()}`);
    const own = await ensureOwnByline(db, owner);
    expect((await updateOwnByline(null, ownBylineInput.parse({ name: "Nobody" }))).ok).toBe(false);
    const gone = await updateOwnByline(owner, ownBylineInput.parse({ name: "Ravi Stone", photoId: "no-such-image" }));
    expect(!gone.ok && gone.fieldErrors?.photoId?.[0]).toMatch(/no longer in the media library/);
    expect(ownBylineInput.safeParse({ name: "  " }).success).toBe(false);
    expect((await db.author.findUniqueOrThrow({ where: { id: own.id } })).name).toBe(owner.name);
  });
});
