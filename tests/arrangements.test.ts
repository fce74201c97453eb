// Arranging the front page and the section fronts: who may, what is refused and how it is said, the draft
// kept apart from what readers see until it is published, and placed stories that stop being published.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInput } from "@/lib/validation/article";
import { HOME, TOP_STORIES, sectionBlockSlot, sectionPageKey } from "@/lib/validation/arrangement";
import type { Actor, Role } from "@/server/auth/policies";
import { tags } from "@/server/cache-tags";
import { readFrontPage } from "@/server/data/fronts";
import { readSectionListing } from "@/server/data/listings";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { discardArrangementDraft, publishArrangement, saveArrangementDraft } from "@/server/services/arrangements";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

const run = randomUUID().slice(0, 8);
let actors = {} as Record<Role, Actor>;
const sections = { science: "", sport: "" };
const created: string[] = [];
// Later than the demo content, so this file's stories are the newest.
const base = Date.now() + 60 * 86_400_000;
let clock = 0;

type Story = { id: string; version: number; slug: string; headline: string };

async function story(name: string, options: { section?: keyof typeof sections; intent?: "publish" | "save"; featured?: boolean } = {}): Promise<Story> {
  const headline = `Arranged ${name} ${run}`;
  const saved = await saveArticle(
    actors.editor,
    articleInput.parse({
      headline,
      slug: `arranged-${name}-${run}`,
      sectionId: sections[options.section ?? "science"],
      body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words for the front." }] }] }),
      featured: options.featured ? "on" : undefined,
      intent: options.intent ?? "publish",
    }),
    new Date(base + ++clock * 60_000),
  );
  if (!saved.ok) throw new Error(saved.message);
  created.push(saved.id);
  return { id: saved.id, version: saved.version, slug: saved.slug, headline };
}

async function unpublish(target: Story): Promise<string[]> {
  const current = await db.article.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } });
  const result = await saveArticle(
    actors.editor,
    articleInput.parse({
      id: target.id,
      version: current.version,
      headline: target.headline,
      slug: target.slug,
      sectionId: sections.science,
      body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Words for the front." }] }] }),
      intent: "unpublish",
    }),
  );
  if (!result.ok) throw new Error(result.message);
  return result.tags;
}

const arrangement = (page: string, slots: Record<string, string[]>, version = 0) => ({ page, version: String(version), slots: JSON.stringify(slots) });
const currentVersion = async (page: string) => (await db.arrangement.findUnique({ where: { id: page }, select: { version: true } }))?.version ?? 0;

/** What recency alone puts in the lead: the newest featured story, else the newest. */
async function automaticLead(exclude: string[] = []): Promise<string | undefined> {
  const row = await db.article.findFirst({ where: { status: "PUBLISHED", id: { notIn: exclude } }, orderBy: [{ featured: "desc" }, { publishedAt: "desc" }], select: { id: true } });
  return row?.id;
}

beforeAll(async () => {
  sections.science = (await db.section.findFirstOrThrow({ where: { slug: "science" } })).id;
  sections.sport = (await db.section.findFirstOrThrow({ where: { slug: "sport" } })).id;
  actors = await accountsInEveryRole("Arranging");
  await db.arrangement.deleteMany({ where: { id: { in: [HOME, sectionPageKey(sections.science)] } } });
});

afterAll(async () => {
  await db.arrangement.deleteMany({ where: { id: { in: [HOME, sectionPageKey(sections.science)] } } });
  await db.article.deleteMany({ where: { id: { in: created } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("who arranges", () => {
  it("editors and admins publish arrangements; authors, contributors and the signed-out are told why not, and nothing is written", async () => {
    const lead = await story("roles");
    for (const role of ["author", "contributor"] as const) {
      for (const write of [publishArrangement, saveArrangementDraft, discardArrangementDraft]) {
        expect(await write(actors[role], arrangement(HOME, { lead: [lead.id] }))).toEqual({ ok: false, message: "Only editors and admins arrange the front page and the section fronts." });
      }
    }
    expect(await publishArrangement(null, arrangement(HOME, { lead: [lead.id] }))).toMatchObject({ ok: false, message: /signed out/ });
    expect(await db.arrangementSlot.count({ where: { articleId: lead.id } })).toBe(0);
    for (const role of ["editor", "admin"] as const) {
      const result = await publishArrangement(actors[role], arrangement(HOME, { lead: [lead.id] }, await currentVersion(HOME)));
      expect(result).toMatchObject({ ok: true, tags: [tags.home] });
    }
  });
});

describe("what is refused", () => {
  it("unknown and unpublished stories, another section's story in a section's block, a story placed twice and an overfull slot, each named on its slot", async () => {
    const live = await story("valid");
    const draft = await story("draft", { intent: "save" });
    const sport = await story("sport", { section: "sport" });
    const version = await currentVersion(HOME);
    const before = await db.arrangementSlot.findMany({ where: { arrangementId: HOME }, orderBy: [{ slot: "asc" }, { position: "asc" }] });

    const unknown = await publishArrangement(actors.editor, arrangement(HOME, { lead: ["no-such-story"] }, version));
    expect(unknown).toEqual({
      ok: false,
      message: "A story placed in Lead no longer exists (it may have been deleted). Remove it and try again.",
      fieldErrors: { lead: ["A story placed in Lead no longer exists (it may have been deleted). Remove it and try again."] },
    });
    const unpublished = await publishArrangement(actors.editor, arrangement(HOME, { secondary: [live.id, draft.id] }, version));
    expect(!unpublished.ok && unpublished.message).toBe(`“${draft.headline}” is a draft, so it cannot be placed in Top stories. Remove it, or publish the story first.`);
    const wrongSection = await publishArrangement(actors.editor, arrangement(HOME, { [sectionBlockSlot(sections.science)]: [sport.id] }, version));
    expect(!wrongSection.ok && wrongSection.message).toBe(`“${sport.headline}” is a Sport story; only Science stories can go in Science block.`);
    const twice = await publishArrangement(actors.editor, arrangement(HOME, { lead: [live.id], secondary: [live.id] }, version));
    expect(!twice.ok && twice.fieldErrors).toEqual({ secondary: [`“${live.headline}” is already in Lead; a story appears once on the page.`] });
    const full = await publishArrangement(actors.editor, arrangement(HOME, { lead: [live.id, sport.id] }, version));
    expect(!full.ok && full.message).toBe("Lead holds one story; remove the others.");
    const noSuchSlot = await publishArrangement(actors.editor, arrangement(HOME, { sidebar: [live.id] }, version));
    expect(!noSuchSlot.ok && noSuchSlot.message).toMatch(/There is no slot called “sidebar” on the front page/);
    const several = await saveArrangementDraft(actors.editor, arrangement(HOME, { lead: ["gone-story"], live: [draft.id] }, version));
    expect(!several.ok && several.message).toMatch(/^2 things to fix: A story placed in Lead no longer exists.*“Arranged draft .*” is a draft/);
    expect(!several.ok && Object.keys(several.fieldErrors ?? {})).toEqual(["lead", "live"]);

    // Bad input from a crafted request gets a message, not an error.
    expect(await publishArrangement(actors.editor, { page: "home", version: "0", slots: "{not json" })).toMatchObject({ ok: false, message: "The arrangement could not be read. Reload the page and try again." });
    expect(await publishArrangement(actors.editor, { page: "elsewhere", version: "0", slots: "{}" })).toMatchObject({ ok: false, message: "There is no such page to arrange. Reload and try again." });
    expect(await publishArrangement(actors.editor, arrangement("section:no-such-section", {}))).toEqual({ ok: false, message: "That section no longer exists." });

    expect(await db.arrangementSlot.findMany({ where: { arrangementId: HOME }, orderBy: [{ slot: "asc" }, { position: "asc" }] })).toEqual(before);
    expect(await currentVersion(HOME)).toBe(version);
  });

  it("refuses a publish over an arrangement someone else published since, naming them", async () => {
    const a = await story("stale-a");
    const b = await story("stale-b");
    const version = await currentVersion(HOME);
    expect((await publishArrangement(actors.admin, arrangement(HOME, { lead: [a.id] }, version))).ok).toBe(true);
    const stale = await publishArrangement(actors.editor, arrangement(HOME, { lead: [b.id] }, version));
    expect(stale).toEqual({ ok: false, message: "Arranging admin published the front page while you were arranging it. Reload to see their arrangement, then make your changes again." });
    expect((await readFrontPage("live")).lead?.id).toBe(a.id);
  });
});

describe("two editors arranging the same page", () => {
  it("a draft saved by one is not replaced, discarded or published over by another whose page has not seen it; each is told who and when", async () => {
    const a = await story("two-a");
    const b = await story("two-b");
    const version = await currentVersion(HOME);
    // Both pages open on the page without a draft.
    const from = (slots: Record<string, string[]>, draftSavedAt: string, v = version) => ({ ...arrangement(HOME, slots, v), draftSavedAt });
    const saved = await saveArrangementDraft(actors.admin, from({ lead: [a.id] }, ""), new Date("2026-12-06T09:15:00Z"));
    if (!saved.ok) throw new Error(saved.message);
    const theirs = "Arranging admin saved a draft of the front page at 6 Dec 2026, 09:15 while you were arranging it. Reload to see their draft, then make your changes again.";
    expect(await saveArrangementDraft(actors.editor, from({ lead: [b.id] }, ""))).toMatchObject({ ok: false, message: theirs });
    expect(await discardArrangementDraft(actors.editor, from({}, ""))).toMatchObject({ ok: false, message: theirs });
    expect(await publishArrangement(actors.editor, from({ lead: [b.id] }, ""))).toMatchObject({ ok: false, message: theirs });
    expect((await readFrontPage("draft")).lead?.id).toBe(a.id);
    // The same editor from another window is told too.
    expect((await saveArrangementDraft(actors.admin, from({ lead: [b.id] }, ""))).ok).toBe(false);
    // The page that saved it carries on.
    const at = saved.at.toISOString();
    expect((await saveArrangementDraft(actors.admin, from({ lead: [b.id] }, at), new Date("2026-12-06T09:16:00Z"))).ok).toBe(true);
    expect((await publishArrangement(actors.admin, from({ lead: [b.id] }, "2026-12-06T09:16:00.000Z"))).ok).toBe(true);
    // A page still holding the draft that was published since is told so.
    expect(await saveArrangementDraft(actors.editor, from({ lead: [a.id] }, at, version + 1))).toMatchObject({
      ok: false,
      message: "The draft of the front page was published or discarded while you were arranging it. Reload to see what readers see now, then make your changes again.",
    });
  });
});

describe("draft, preview and publish", () => {
  it("a draft changes only the preview; publishing shows it to readers, with a revision and an audit record, and asks to expire the front page", async () => {
    const lead = await story("lead");
    const second = await story("second");
    const third = await story("third");
    const breaking = await story("live-blog");
    const scienceTop = await story("science-top");
    const version = await currentVersion(HOME);
    await publishArrangement(actors.editor, arrangement(HOME, {}, version));
    const readersBefore = await readFrontPage("live");

    const draft = arrangement(HOME, { lead: [lead.id], secondary: [third.id, second.id], live: [breaking.id], [sectionBlockSlot(sections.science)]: [scienceTop.id] }, version + 1);
    expect(await saveArrangementDraft(actors.editor, draft)).toMatchObject({ ok: true, tags: [] });
    expect((await readFrontPage("live")).lead?.id).toBe(readersBefore.lead?.id);
    const preview = await readFrontPage("draft");
    expect(preview.lead?.id).toBe(lead.id);
    expect(preview.secondary.slice(0, 2).map((card) => card.id)).toEqual([third.id, second.id]);
    // The rest of the top stories are filled automatically, without repeating a placed story.
    expect(preview.secondary).toHaveLength(TOP_STORIES);
    expect(new Set([preview.lead?.id, ...preview.secondary.map((c) => c.id), ...preview.latest.map((c) => c.id)]).size).toBe(1 + TOP_STORIES + preview.latest.length);
    expect(preview.live.map((card) => card.id)).toEqual([breaking.id]);
    expect(preview.sections.find((s) => s.slug === "science")?.articles[0]?.id).toBe(scienceTop.id);
    expect(preview.sections.find((s) => s.slug === "science")?.articles).toHaveLength(4);

    const published = await publishArrangement(actors.editor, draft, new Date("2026-12-03T16:31:00Z"));
    expect(published).toMatchObject({ ok: true, version: version + 2, tags: [tags.home] });
    const readers = await readFrontPage("live");
    expect([readers.lead?.id, readers.secondary[0]?.id, readers.live[0]?.id]).toEqual([lead.id, third.id, breaking.id]);
    const revision = await db.arrangementRevision.findFirstOrThrow({ where: { arrangementId: HOME, version: version + 2 } });
    expect([revision.userId, revision.createdAt.toISOString()]).toEqual([actors.editor.id, "2026-12-03T16:31:00.000Z"]);
    expect((revision.slots as Record<string, { headline: string }[]>).lead).toEqual([{ id: lead.id, headline: lead.headline }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "front.publish", targetId: HOME }, orderBy: { id: "desc" } });
    expect([audit.actorId, audit.targetLabel]).toEqual([actors.editor.id, "Front page"]);
    expect(audit.summary).toContain(`Lead: automatic → “${lead.headline}”`);
    // Publishing ends the draft: the preview shows what readers see.
    expect(await db.arrangementSlot.count({ where: { arrangementId: HOME, draft: true } })).toBe(0);
    expect((await readFrontPage("draft")).lead?.id).toBe(lead.id);

    // A discarded draft leaves readers' arrangement as it was.
    await saveArrangementDraft(actors.editor, arrangement(HOME, { lead: [second.id] }, version + 2));
    expect((await readFrontPage("draft")).lead?.id).toBe(second.id);
    expect((await discardArrangementDraft(actors.editor, arrangement(HOME, {}, version + 2))).ok).toBe(true);
    expect((await readFrontPage("draft")).lead?.id).toBe(lead.id);
  });

  it("a placed story that is later unpublished drops out at once: its slot falls back to recency", async () => {
    const placed = await story("to-unpublish");
    const newest = await story("newest-after", { featured: true });
    const version = await currentVersion(HOME);
    expect((await publishArrangement(actors.editor, arrangement(HOME, { lead: [placed.id] }, version))).ok).toBe(true);
    expect((await readFrontPage("live")).lead?.id).toBe(placed.id);

    // The unpublish expires the front page, and the next read no longer shows the story anywhere.
    expect(await unpublish(placed)).toContain(tags.home);
    const front = await readFrontPage("live");
    expect(front.lead?.id).toBe(await automaticLead());
    expect(front.lead?.id).toBe(newest.id);
    const everywhere = [front.lead, ...front.secondary, ...front.live, ...front.latest, ...front.sections.flatMap((s) => s.articles)].map((card) => card?.id);
    expect(everywhere).not.toContain(placed.id);
    // The editors see why: the story is still in its slot, marked, and a publish with it is refused.
    const again = await publishArrangement(actors.editor, arrangement(HOME, { lead: [placed.id] }, version + 1));
    expect(!again.ok && again.message).toBe(`“${placed.headline}” is a draft, so it cannot be placed in Lead. Remove it, or publish the story first.`);
  });
});

describe("section fronts", () => {
  it("place their own top stories first on page 1, continue the same order on page 2, and drop a story that leaves", async () => {
    const page = sectionPageKey(sections.science);
    const older = await story("science-older");
    const stories = [];
    for (let i = 0; i < 3; i++) stories.push(await story(`science-${i}`));
    const sport = await story("sport-top", { section: "sport" });
    const wrong = await publishArrangement(actors.editor, arrangement(page, { top: [sport.id] }));
    expect(!wrong.ok && wrong.message).toBe(`“${sport.headline}” is a Sport story; only Science stories can go in Top stories.`);
    expect(await publishArrangement(actors.editor, arrangement(page, { top: [older.id] }))).toMatchObject({ ok: true, tags: [tags.section("science")] });

    const first = await readSectionListing("science", 1, "live");
    expect(first?.articles.slice(0, 4).map((card) => card.id)).toEqual([older.id, stories[2]!.id, stories[1]!.id, stories[0]!.id]);
    // The order runs on across pages: nothing repeated, nothing skipped.
    const all = [];
    for (let n = 1; n <= (first?.pageCount ?? 1); n++) all.push(...((await readSectionListing("science", n, "live"))?.articles ?? []).map((card) => card.id));
    expect(all).toHaveLength(first!.total);
    expect(new Set(all).size).toBe(first!.total);

    await unpublish(older);
    expect((await readSectionListing("science", 1, "live"))?.articles[0]?.id).toBe(stories[2]!.id);
  });
});
