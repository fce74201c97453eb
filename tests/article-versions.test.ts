// A save refused because someone else saved first: the two versions compared part by part, merged by the
// editor's choice and saved on top of the other editor's version, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignBlocks, compareVersions, fieldsFromForm, fieldsToForm, mergeVersions, suggestedChoices, type VersionFields } from "@/lib/article-versions";
import { articleInput, formToObject } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { getConflictDetails } from "@/server/data/article-versions";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { paragraphs as doc } from "./helpers/documents";

let actors = {} as Record<Role, Actor>;
let sectionId = "";
let authorId = "";
const created: string[] = [];

/** The article form as the editor would submit it. */
function form(fields: Partial<VersionFields>, id?: string, version?: number): FormData {
  const base: VersionFields = {
    headline: "Ferry timetable changes", slug: "", standfirst: "Winter sailings start early.", body: doc("The first paragraph.", "The second paragraph."),
    sectionId, tags: "Transport", authorIds: [authorId], breaking: false, featured: false, seoTitle: "", seoDescription: "",
    heroImageId: "", heroAlt: "", heroCaption: "", heroCredit: "", scheduledAt: "", unpublishAt: "",
    kind: "STORY", update: "minor", updateNote: "",
  };
  const data = fieldsToForm({ ...base, ...fields }, new FormData());
  if (id) data.set("id", id);
  if (version !== undefined) data.set("version", String(version));
  return data;
}

async function save(actor: Actor, data: FormData, options: { automatic?: boolean } = {}) {
  return saveArticle(actor, articleInput.parse(formToObject(data)), new Date(), options);
}

beforeAll(async () => {
  sectionId = (await db.section.findFirstOrThrow({ where: { slug: "news" } })).id;
  authorId = (await db.author.findFirstOrThrow({ orderBy: { slug: "asc" } })).id;
  actors = await accountsInEveryRole("Versions");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("a refused save offers a choice", () => {
  it("answers with their version and the one both began from; each part is offered from whoever changed it, and the merge saves on top of theirs with one rejected revision", async () => {
    const slug = `ferry-${randomUUID().slice(0, 8)}`;
    const first = await save(actors.editor, form({ slug }));
    if (!first.ok) throw new Error(first.message);
    created.push(first.id);

    // The admin changes the headline and the second paragraph; the editor, from the same version, the standfirst and the topics.
    const theirs = await save(actors.admin, form({ slug, headline: "Ferry timetable changes from Monday", body: doc("The first paragraph.", "The second paragraph, checked.") }, first.id, first.version));
    expect(theirs.ok).toBe(true);
    const mine = form({ slug, standfirst: "Winter sailings start a week early.", tags: "Transport, Harbour" }, first.id, first.version);
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await save(actors.editor, mine);
      expect(!refused.ok && refused.conflict?.by).toBe("Versions admin");
    }
    // Retrying kept one rejected revision, not one per click.
    expect(await db.revision.count({ where: { articleId: first.id, kind: "conflict" } })).toBe(1);

    const details = await getConflictDetails(first.id, first.version, []);
    expect(details?.theirs.headline).toBe("Ferry timetable changes from Monday");
    expect(details?.base?.headline).toBe("Ferry timetable changes");
    const groups = compareVersions(details!.theirs, fieldsFromForm(mine), details!.base);
    expect(groups.filter((g) => g.differs).map((g) => [g.key, g.changedBy])).toEqual([
      ["headline", "theirs"],
      ["standfirst", "mine"],
      ["body", "theirs"],
      ["topics", "mine"],
    ]);
    const choices = suggestedChoices(groups);
    expect(choices).toEqual({ headline: "theirs", standfirst: "mine", body: "theirs", topics: "mine" });

    const merged = mergeVersions(details!.theirs, fieldsFromForm(mine), choices);
    const data = fieldsToForm(merged, new FormData());
    data.set("id", first.id);
    data.set("version", String(details!.version));
    const saved = await save(actors.editor, data);
    expect(saved.ok).toBe(true);
    const row = await db.article.findUniqueOrThrow({ where: { id: first.id }, include: { tags: { include: { tag: true } } } });
    expect([row.headline, row.standfirst, row.bodyText.includes("checked"), row.tags.map((t) => t.tag.name).sort()]).toEqual([
      "Ferry timetable changes from Monday",
      "Winter sailings start a week early.",
      true,
      ["Harbour", "Transport"],
    ]);
    expect(await db.revision.count({ where: { articleId: first.id, kind: "conflict" } })).toBe(1);
  });

  it("an automatic save that loses the race keeps no revision of its own", async () => {
    const first = await save(actors.editor, form({ slug: `ferry-auto-${randomUUID().slice(0, 8)}` }));
    if (!first.ok) throw new Error(first.message);
    created.push(first.id);
    expect((await save(actors.admin, form({ slug: first.slug, headline: "Theirs" }, first.id, first.version))).ok).toBe(true);
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await save(actors.editor, form({ slug: first.slug, standfirst: `Typing ${attempt}` }, first.id, first.version), { automatic: true });
      expect(!refused.ok && refused.message).toMatch(/not saved automatically.*compare the two versions/);
    }
    expect(await db.revision.count({ where: { articleId: first.id, kind: "conflict" } })).toBe(0);
  });
});

describe("comparing two versions", () => {
  const fields = (overrides: Partial<VersionFields>): VersionFields => ({ ...fieldsFromForm(form({})), ...overrides });

  it("ignores what a reader would not notice: key order in the story, topic order and case, surrounding spaces", () => {
    const a = fields({ body: { content: [{ content: [{ text: "Same words.", type: "text" }], type: "paragraph" }], type: "doc" }, tags: "Harbour, transport", headline: "Ferry " });
    const b = fields({ body: doc("Same words."), tags: "Transport,harbour", headline: "Ferry" });
    expect(compareVersions(a, b, null).filter((g) => g.differs)).toEqual([]);
    expect(compareVersions(a, fields({ ...b, authorIds: ["x", "y"] }), fields({ ...b, authorIds: ["y", "x"] })).find((g) => g.key === "bylines")).toMatchObject({ differs: true, changedBy: "both" });
  });

  it("lines the story up block by block: shared blocks once, a changed block side by side, a new one on its side", () => {
    const theirs = doc("Opening.", "The council met.", "Closing.");
    const mine = { type: "doc", content: [...doc("Opening.", "The council met on Tuesday.").content, { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What next" }] }, ...doc("Closing.").content] };
    expect(alignBlocks(theirs, mine).map((row) => [row.same, row.theirs?.text ?? null, row.mine ? `${row.mine.kind}: ${row.mine.text}` : null])).toEqual([
      [true, "Opening.", "Paragraph: Opening."],
      [false, "The council met.", "Paragraph: The council met on Tuesday."],
      [false, null, "Heading: What next"],
      [true, "Closing.", "Paragraph: Closing."],
    ]);
  });

  it("writes a version back into the form the editor's action reads, unchanged", () => {
    const version = fields({ authorIds: ["a", "b"], breaking: true, heroImageId: "img", heroAlt: "A ferry at dawn" });
    expect(fieldsFromForm(fieldsToForm(version, new FormData()))).toEqual(version);
  });
});
