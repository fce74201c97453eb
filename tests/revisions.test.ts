// A story's versions for the revisions panel, the comparison and "Load into the editor", against the real
// database: what a version recorded comes back as the editor's form holds it, and nothing else is offered.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldsToForm, type VersionFields } from "@/lib/article-versions";
import { articleInput, formToObject } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { getVersion, getVersionForEditor, listRevisions } from "@/server/data/revisions";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { paragraphs as doc } from "./helpers/documents";

let actors = {} as Record<Role, Actor>;
let sectionId = "";
let authorId = "";
const created: string[] = [];

async function save(fields: Partial<VersionFields>, id?: string, version?: number) {
  const base: VersionFields = {
    headline: "Lifeboat station to move", slug: "", standfirst: "The crew backs the plan.", body: doc("First paragraph."),
    sectionId, tags: "Harbour", authorIds: [authorId], breaking: false, featured: false, seoTitle: "", seoDescription: "",
    heroImageId: "", heroAlt: "", heroCaption: "", heroCredit: "", scheduledAt: "", unpublishAt: "", kind: "STORY", update: "minor", updateNote: "",
  };
  const data = fieldsToForm({ ...base, ...fields }, new FormData());
  if (id) data.set("id", id);
  if (version !== undefined) data.set("version", String(version));
  const result = await saveArticle(actors.editor, articleInput.parse(formToObject(data)), new Date());
  if (!result.ok) throw new Error(result.message);
  return result;
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "news" } })).id;
  authorId = (await db.author.findFirstOrThrow({ orderBy: { slug: "asc" } })).id;
  actors = await accountsInEveryRole("Revisions");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("a story's versions", () => {
  it("lists them newest first with who saved them, and loads an old one's text and settings as the form holds them", async () => {
    const slug = `lifeboat-${randomUUID().slice(0, 8)}`;
    const first = await save({ slug, breaking: true });
    created.push(first.id);
    const second = await save({ slug, headline: "Lifeboat station moves in May", body: doc("First paragraph, revised.", "A second one."), tags: "Harbour, Council", breaking: false }, first.id, first.version);

    const list = await listRevisions(first.id);
    expect(list.map((r) => r.version)).toEqual([second.version, first.version]);
    expect(list[0]!.by).toBe(actors.editor.name);

    const loaded = await getVersionForEditor(first.id, list[1]!.id);
    expect(loaded?.revision.version).toBe(first.version);
    expect(loaded?.values).toMatchObject({ headline: "Lifeboat station to move", slug, tags: "Harbour", authorIds: [authorId], breaking: true, hero: null });
    expect(loaded?.values.body).toEqual(doc("First paragraph."));
    // Times and the story's kind are decisions about the story now: a load leaves them alone.
    expect(loaded?.values).not.toHaveProperty("scheduledAt");
    expect(loaded?.values).not.toHaveProperty("unpublishAt");

    const current = await getVersion(first.id, "current");
    expect(current?.version).toBe(second.version);
    expect(current?.fields.headline).toBe("Lifeboat station moves in May");
  });

  it("offers nothing for a correction, another story's revision or an id that cannot be one", async () => {
    const one = await save({ slug: `pier-${randomUUID().slice(0, 8)}` });
    const other = await save({ slug: `quay-${randomUUID().slice(0, 8)}` });
    created.push(one.id, other.id);
    const correction = await db.revision.create({ data: { articleId: one.id, version: one.version, kind: "correction", snapshot: { correction: "The date was wrong." } } });
    const othersRevision = (await listRevisions(other.id))[0]!;

    expect(await getVersion(one.id, correction.id)).toBeNull();
    expect(await getVersionForEditor(one.id, othersRevision.id)).toBeNull();
    expect(await getVersion(one.id, "x".repeat(300))).toBeNull();
    expect(await getVersion(one.id, "not an id\u0000")).toBeNull();
    expect(await getVersionForEditor("missing-story", othersRevision.id)).toBeNull();
  });
});
