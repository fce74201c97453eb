// Live blogs against the real database: entries posted, edited, deleted, pinned and marked as key events,
// their order and pages, permalinks to older pages, two editors posting at once, who may do what, and the
// structured data. The cached reads run here without Next's cache around them.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { instantToWallTime } from "@/lib/dates-zone";
import { liveBlogPostingJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site";
import { articleInput } from "@/lib/validation/article";
import { authorInput, ownBylineInput } from "@/lib/validation/taxonomy";
import { canEndLiveBlog, canLiveEntry, ROLES, type Actor, type Role } from "@/server/auth/policies";
import { tags } from "@/server/cache-tags";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { ensureOwnByline, updateOwnByline } from "@/server/services/bylines";
import { deleteLiveEntry, editLiveEntry, flagLiveEntry, postLiveEntry, setLiveCoverage } from "@/server/services/live-blogs";
import { saveAuthor } from "@/server/services/taxonomy";
import { LIVE_PAGE_SIZE } from "@/lib/live-blog/paths";
import { doc, liveBlogNewsroom, ok } from "./helpers/live-blogs";

vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));
const { getLiveBlogPage, getLiveKeyEvents, findLiveEntryPage, MAX_KEY_EVENTS } = await import("@/server/data/live-blogs");

const newsroom = liveBlogNewsroom("Live");
const { actors, liveBlog } = newsroom;

const post = (actor: Actor | null, articleId: string, fields: Record<string, unknown> = {}, now?: Date) =>
  postLiveEntry(actor, { articleId, body: doc("The wind is picking up along the sea wall."), ...fields }, now);

describe("who may do what", () => {
  const access = (bylined: string[]) => ({ createdById: "someone", status: "PUBLISHED", bylineUserIds: bylined });
  it("editors and admins anything; authors post and flag on blogs they are bylined on and change only their own entries; contributors nothing", () => {
    const expected: Record<Role, Record<string, boolean>> = {
      admin: { post: true, "post (not bylined)": true, "edit own": true, "edit another's": true, flag: true, end: true },
      editor: { post: true, "post (not bylined)": true, "edit own": true, "edit another's": true, flag: true, end: true },
      author: { post: true, "post (not bylined)": false, "edit own": true, "edit another's": false, flag: true, end: false },
      contributor: { post: false, "post (not bylined)": false, "edit own": false, "edit another's": false, flag: false, end: false },
    };
    for (const role of ROLES) {
      const actor = { id: `u-${role}`, name: role, email: `${role}@example.com`, role };
      const mine = access([actor.id]);
      expect({
        post: canLiveEntry(actor, "post", mine),
        "post (not bylined)": canLiveEntry(actor, "post", access(["other"])),
        "edit own": canLiveEntry(actor, "edit", mine, { createdById: actor.id }) && canLiveEntry(actor, "delete", mine, { createdById: actor.id }),
        "edit another's": canLiveEntry(actor, "edit", mine, { createdById: "other" }) || canLiveEntry(actor, "delete", mine, { createdById: "other" }),
        flag: canLiveEntry(actor, "flag", mine, { createdById: "other" }),
        end: canEndLiveBlog(actor),
      }).toEqual(expected[role]);
    }
    expect(canLiveEntry(null, "post", access([]))).toBe(false);
    expect(canLiveEntry({ kind: "system", name: "scheduler" }, "post", access([]))).toBe(false);
  });

  it("the service holds to the same rules for each role, on the real blog", async () => {
    const blog = await liveBlog({ bylined: ["author", "contributor"] });
    const other = await liveBlog({ bylined: ["editor"] });
    for (const role of ["admin", "editor", "author"] as const) expect((await post(actors[role], blog.id)).ok).toBe(true);
    expect(await post(actors.contributor, blog.id)).toMatchObject({ ok: false, message: /Contributors cannot post/ });
    expect(await post(actors.author, other.id)).toMatchObject({ ok: false, message: /bylined on/ });
    expect(await post(null, blog.id)).toMatchObject({ ok: false, message: /signed out/ });
    expect((await post(actors.editor, other.id)).ok).toBe(true);

    // An author changes what they posted, not what an editor posted on the same blog.
    const theirs = ok(await post(actors.author, blog.id, { title: "Mine" }));
    const editors = ok(await post(actors.editor, blog.id, { title: "The editor's" }));
    expect((await deleteLiveEntry(actors.author, { entryId: editors.id })).ok).toBe(false);
    expect((await flagLiveEntry(actors.author, { entryId: editors.id, flag: "keyEvent", value: "on" })).ok).toBe(true);
    expect((await deleteLiveEntry(actors.author, { entryId: theirs.id })).ok).toBe(true);
    expect((await deleteLiveEntry(actors.contributor, { entryId: editors.id })).ok).toBe(false);

    expect(await setLiveCoverage(actors.author, { articleId: blog.id, state: "ended" })).toMatchObject({ ok: false, message: /Only editors and admins/ });
    expect((await setLiveCoverage(actors.admin, { articleId: blog.id, state: "ended" })).ok).toBe(true);
    expect(await post(actors.editor, blog.id)).toMatchObject({ ok: false, message: /ended/ });
  });
});

describe("entries", () => {
  it("posting adds a row with the writer's byline, an audit record, and expires the blog's pages and the sitemaps; the blog's time follows it", async () => {
    const blog = await liveBlog();
    const at = new Date(Date.now() + 1000);
    const result = ok(await post(actors.editor, blog.id, { title: "  Sea wall closed  ", keyEvent: "on" }, at));
    expect(result.tags).toEqual([tags.liveEntries(blog.id), tags.sitemaps]);
    const entry = await db.liveEntry.findUniqueOrThrow({ where: { id: result.id }, include: { authors: { include: { author: true } } } });
    expect([entry.title, entry.bodyText, entry.keyEvent, entry.pinned, entry.postedAt]).toEqual(["Sea wall closed", "The wind is picking up along the sea wall.", true, false, at]);
    expect(entry.authors.map((a) => a.author.userId)).toEqual([actors.editor.id]);
    expect((await db.article.findUniqueOrThrow({ where: { id: blog.id } })).contentUpdatedAt).toEqual(at);
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: blog.id, action: "live.entry-post" } })).summary).toBe(`entry ${result.id}: Sea wall closed`);

    // On a blog not yet published, nothing public shows it but the blog's own (unpublished) page.
    const draft = await liveBlog({ intent: "save" });
    expect(ok(await post(actors.editor, draft.id)).tags).toEqual([tags.liveEntries(draft.id)]);
  });

  it("refuses an empty entry, an image without alt text, a story that is not a live blog", async () => {
    const blog = await liveBlog();
    const empty = await post(actors.editor, blog.id, { body: doc("   ") });
    expect(!empty.ok && empty.fieldErrors?.body?.[0]).toBe("Write the update.");
    const image = JSON.stringify({ type: "doc", content: [{ type: "image", attrs: { src: "/media/x.jpg", alt: "" } }] });
    const noAlt = await post(actors.editor, blog.id, { body: image });
    expect(!noAlt.ok && noAlt.fieldErrors?.body?.[0]).toMatch(/alt text/);
    const story = await saveArticle(actors.editor, articleInput.parse({ headline: "A story", slug: `story-${randomUUID().slice(0, 8)}`, sectionId: newsroom.sectionId, body: doc("Words."), intent: "publish" }));
    if (!story.ok) throw new Error(story.message);
    newsroom.keep(story.id);
    // An image readers would not be shown (not from the media library) is no update either.
    const foreign = JSON.stringify({ type: "doc", content: [{ type: "image", attrs: { src: "https://example.org/storm.jpg", alt: "The storm" } }] });
    const unseen = await post(actors.editor, blog.id, { body: foreign });
    expect(!unseen.ok && unseen.fieldErrors?.body?.[0]).toBe("Write the update.");
    // A pasted transcript is too long for an update, which every watching reader fetches again and again.
    const transcript = await post(actors.editor, blog.id, { body: doc("The mayor said the wall would hold. ".repeat(1600)) });
    expect(!transcript.ok && transcript.fieldErrors?.body?.[0]).toMatch(/belongs in a story/);
    expect(await post(actors.editor, story.id)).toMatchObject({ ok: false, message: /not a live blog/ });
    expect(await db.liveEntry.count({ where: { articleId: { in: [blog.id, story.id] } } })).toBe(0);
  });

  it("an edit changes the text, time and bylines, keeps the blog's time, and loses to a newer edit with the other editor named", async () => {
    const blog = await liveBlog();
    const posted = ok(await post(actors.editor, blog.id, {}, new Date(Date.now() - 3_600_000)));
    const before = await db.article.findUniqueOrThrow({ where: { id: blog.id } });
    const earlier = new Date(Date.now() - 2 * 3_600_000);
    const edit = (actor: Actor, fields: Record<string, unknown>) =>
      editLiveEntry(actor, { entryId: posted.id, version: 1, title: "Sea wall closed", body: doc("The sea wall is closed from the lifeboat station to the pier."), ...fields });
    const result = ok(await edit(actors.admin, { postedAt: instantToWallTime(earlier, site.timeZone), authorIds: [(await ensureOwnByline(db, actors.author)).id] }));
    expect(result.tags).toEqual([tags.liveEntries(blog.id)]);
    const row = await db.liveEntry.findUniqueOrThrow({ where: { id: posted.id }, include: { authors: { include: { author: true } } } });
    expect([row.version, row.title, row.bodyText, row.updatedById]).toEqual([2, "Sea wall closed", "The sea wall is closed from the lifeboat station to the pier.", actors.admin.id]);
    expect(Math.floor(row.postedAt.getTime() / 60_000)).toBe(Math.floor(earlier.getTime() / 60_000));
    expect(row.authors.map((a) => a.author.userId)).toEqual([actors.author.id]);
    expect((await db.article.findUniqueOrThrow({ where: { id: blog.id } })).contentUpdatedAt).toEqual(before.contentUpdatedAt);

    const stale = await edit(actors.editor, { title: "Another title" });
    expect(stale).toMatchObject({ ok: false, message: `${actors.admin.name} changed this entry while you were editing it. Reload to see their version; your text is still in the form.` });
    const future = await editLiveEntry(actors.editor, { entryId: posted.id, version: 2, body: doc("x"), postedAt: instantToWallTime(new Date(Date.now() + 3_600_000), site.timeZone) });
    expect(!future.ok && future.fieldErrors?.postedAt?.[0]).toMatch(/future/);
    // A mistyped year, long before the blog began (and "0026", which JavaScript's Date.UTC reads as 1926).
    for (const year of ["2025", "0026"]) {
      const typo = await editLiveEntry(actors.editor, { entryId: posted.id, version: 2, body: doc("x"), postedAt: instantToWallTime(earlier, site.timeZone).replace(/^\d{4}/, year) });
      expect(!typo.ok && typo.fieldErrors?.postedAt?.[0]).toMatch(/at most 7 days before the live blog was started/);
    }
    expect((await db.liveEntry.findUniqueOrThrow({ where: { id: posted.id } })).title).toBe("Sea wall closed");
    // A time from before that rule (an import, say) is kept when the editor leaves it alone.
    const old = new Date(Date.now() - 30 * 86_400_000);
    await db.liveEntry.update({ where: { id: posted.id }, data: { postedAt: old } });
    ok(await editLiveEntry(actors.editor, { entryId: posted.id, version: 2, body: doc("The sea wall is closed."), postedAt: instantToWallTime(old, site.timeZone) }));
    expect((await db.liveEntry.findUniqueOrThrow({ where: { id: posted.id } })).postedAt).toEqual(old);
  });

  it("a deleted entry is gone from the blog, and the audit log keeps what it said", async () => {
    const blog = await liveBlog();
    const posted = ok(await post(actors.editor, blog.id, { title: "Wrong ferry times" }));
    expect(ok(await deleteLiveEntry(actors.editor, { entryId: posted.id })).tags).toEqual([tags.liveEntries(blog.id)]);
    expect(await db.liveEntry.count({ where: { id: posted.id } })).toBe(0);
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: blog.id, action: "live.entry-delete" } })).summary).toBe(`entry ${posted.id}: Wrong ferry times`);
    expect(await deleteLiveEntry(actors.editor, { entryId: posted.id })).toMatchObject({ ok: false, message: /no longer exists/ });
  });

  it("renaming someone who wrote an entry refreshes the blog's entries, though its byline does not name them, whoever renames them", async () => {
    const blog = await liveBlog({ bylined: ["editor"] });
    const writer = await ensureOwnByline(db, actors.admin);
    ok(await post(actors.admin, blog.id, { authorIds: [writer.id] }));
    const renamed = await saveAuthor(actors.editor, authorInput.parse({ id: writer.id, name: `${writer.name} Jr`, slug: writer.slug, userId: actors.admin.id }));
    expect(renamed.ok && renamed.tags).toEqual(expect.arrayContaining([tags.liveEntries(blog.id)]));
    const own = await updateOwnByline(actors.admin, ownBylineInput.parse({ name: writer.name }));
    expect(own.ok && own.tags).toEqual(expect.arrayContaining([tags.liveEntries(blog.id)]));
  });

  it("pins at most three entries, which show above the others on the first page; key events are listed with their entries", async () => {
    const blog = await liveBlog();
    const base = Date.now() - 600_000;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(ok(await post(actors.editor, blog.id, { title: `Entry ${i}` }, new Date(base + i * 1000))).id);
    for (const id of ids.slice(0, 3)) ok(await flagLiveEntry(actors.editor, { entryId: id, flag: "pinned", value: "on" }));
    expect(await flagLiveEntry(actors.editor, { entryId: ids[3], flag: "pinned", value: "on" })).toMatchObject({ ok: false, message: /At most 3/ });
    expect(await post(actors.editor, blog.id, { pinned: "on" })).toMatchObject({ ok: false, message: /At most 3/ });
    ok(await flagLiveEntry(actors.editor, { entryId: ids[0], flag: "pinned", value: "off" }));
    ok(await flagLiveEntry(actors.editor, { entryId: ids[3], flag: "pinned", value: "on" }));
    ok(await flagLiveEntry(actors.editor, { entryId: ids[4], flag: "keyEvent", value: "on" }));
    const entry = await db.liveEntry.findUniqueOrThrow({ where: { id: ids[3] } });
    // A flag is how an entry is shown, not what it says: its version and time stay.
    expect([entry.version, entry.updatedAt.getTime() - entry.createdAt.getTime() < 1000]).toEqual([1, true]);

    const page = (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!;
    expect(page.pinned.map((e) => e.title)).toEqual(["Entry 3", "Entry 2", "Entry 1"]);
    expect(page.entries.map((e) => e.title)).toEqual(["Entry 4", "Entry 0"]);
    expect(page.pinned[0]!.html).toContain('<span class="live-flag">Pinned</span>');
    expect(page.keyEvents).toEqual([expect.objectContaining({ id: ids[4], label: "Entry 4", page: 1 })]);
    expect(await db.auditEvent.count({ where: { targetId: blog.id, action: "live.entry-flag" } })).toBe(6);
  });
});

describe("order, pages and permalinks", () => {
  it("newest first, a page at a time, only the page asked for; an entry on an older page is found by its permalink, key events say their page where it shows them", async () => {
    const blog = await liveBlog();
    const base = Date.now() - 3_600_000;
    const ids: string[] = [];
    // Two full pages and five entries on a third.
    const count = 2 * LIVE_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) ids.push(ok(await post(actors.editor, blog.id, { title: `Update ${i}`, keyEvent: i === 2 ? "on" : undefined }, new Date(base + i * 60_000))).id);
    const first = (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!;
    expect([first.page, first.pageCount, first.total]).toEqual([1, 3, count]);
    expect(first.entries).toHaveLength(LIVE_PAGE_SIZE);
    expect(first.entries.map((e) => e.title).slice(0, 3)).toEqual([`Update ${count - 1}`, `Update ${count - 2}`, `Update ${count - 3}`]);
    expect(first.changedAt).toEqual(new Date(base + (count - 1) * 60_000));
    const last = (await getLiveBlogPage(blog.id, "news", blog.slug, 3))!;
    expect(last.entries.map((e) => e.title)).toEqual(["Update 4", "Update 3", "Update 2", "Update 1", "Update 0"]);
    expect(last.pinned).toEqual([]);
    expect(await getLiveBlogPage(blog.id, "news", blog.slug, 4)).toBeNull();
    // A key event says its page where that page shows it; elsewhere its link goes through the entry's look-up.
    expect(first.keyEvents).toEqual([expect.objectContaining({ id: ids[2], page: null })]);
    expect(last.keyEvents).toEqual([expect.objectContaining({ id: ids[2], page: 3 })]);
    // Each entry's HTML carries its permalink: the blog's address and the entry's fragment.
    expect(first.entries[0]!.html).toContain(`href="/news/${blog.slug}#entry-${ids[count - 1]}"`);

    const lastOnFirstPage = ids[count - LIVE_PAGE_SIZE]!;
    expect(await findLiveEntryPage(blog.id, ids[0]!)).toBe(3);
    expect(await findLiveEntryPage(blog.id, lastOnFirstPage)).toBe(1);
    expect(await findLiveEntryPage(blog.id, ids[count - LIVE_PAGE_SIZE - 1]!)).toBe(2);
    expect(await findLiveEntryPage(blog.id, "no-such-entry")).toBeNull();
    // A newer entry pushes the oldest ones further back; pinning one brings it to the first page.
    ok(await post(actors.editor, blog.id));
    expect(await findLiveEntryPage(blog.id, lastOnFirstPage)).toBe(2);
    ok(await flagLiveEntry(actors.editor, { entryId: ids[0]!, flag: "pinned", value: "on" }));
    expect(await findLiveEntryPage(blog.id, ids[0]!)).toBe(1);
  });

  it("lists the newest key events at the top, a page's worth, and every one of them, each with its page, on the key-events page", async () => {
    const blog = await liveBlog();
    const base = Date.now() - 3_600_000;
    const count = MAX_KEY_EVENTS + 2;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(ok(await post(actors.editor, blog.id, { title: `Turn ${i}`, keyEvent: "on" }, new Date(base + i * 60_000))).id);
    ok(await post(actors.editor, blog.id, { title: "Not a key event" }, new Date(base + count * 60_000)));
    const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => `Turn ${count - 1 - i}`);
    // Behind the one newer entry that is not a key event, the key events fill the first page but one place, then
    // go on to the second.
    const onFirstPage = LIVE_PAGE_SIZE - 1;
    const { keyEvents, keyEventCount } = (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!;
    expect(keyEventCount).toBe(count);
    expect(keyEvents.map((event) => event.label)).toEqual(newestFirst(MAX_KEY_EVENTS));
    expect(keyEvents.filter((event) => event.page === 1)).toHaveLength(onFirstPage);
    expect(keyEvents.filter((event) => event.page === null)).toHaveLength(MAX_KEY_EVENTS - onFirstPage);
    const { events, total } = await getLiveKeyEvents(blog.id);
    expect(total).toBe(count);
    expect(events.map((event) => event.label)).toEqual(newestFirst(count));
    expect(events.map((event) => event.page)).toEqual([...Array<number>(onFirstPage).fill(1), ...Array<number>(count - onFirstPage).fill(2)]);
    expect(events.map((event) => event.postedAt)).toEqual(newestFirst(count).map((_, i) => new Date(base + (count - 1 - i) * 60_000)));
    // The oldest listed key event is on the second page: the first page's list sends readers to its look-up, the
    // second page's links within the page.
    expect(keyEvents.at(-1)).toEqual(expect.objectContaining({ id: ids[2], page: null }));
    expect((await getLiveBlogPage(blog.id, "news", blog.slug, 2))!.keyEvents.at(-1)).toEqual(expect.objectContaining({ id: ids[2], page: 2 }));
    // A pinned key event is on the first page, in its place by time, on the blog's every page and the key-events page;
    // one older than the newest few is listed only there.
    ok(await flagLiveEntry(actors.editor, { entryId: ids[2]!, flag: "pinned", value: "on" }));
    ok(await flagLiveEntry(actors.editor, { entryId: ids[0]!, flag: "pinned", value: "on" }));
    for (const page of [1, 2]) {
      const listed = (await getLiveBlogPage(blog.id, "news", blog.slug, page))!.keyEvents;
      expect(listed.map((event) => event.label)).toEqual(newestFirst(MAX_KEY_EVENTS));
      expect(listed.at(-1)).toEqual(expect.objectContaining({ id: ids[2], page: 1 }));
    }
    expect((await getLiveKeyEvents(blog.id)).events.at(-1)).toEqual(expect.objectContaining({ id: ids[0], page: 1 }));
  });

  it("the blog's last change is its newest entry, or a later substantive update of its key points; a minor fix leaves it", async () => {
    const blog = await liveBlog();
    const base = Date.now() - 3_600_000;
    const at = (minutes: number) => new Date(base + minutes * 60_000);
    ok(await post(actors.editor, blog.id, {}, at(0)));
    const authorIds = [(await ensureOwnByline(db, actors.editor)).id];
    const keyPoints = async (update: "minor" | "substantive", when: Date) => {
      const { version } = await db.article.findUniqueOrThrow({ where: { id: blog.id }, select: { version: true } });
      const saved = await saveArticle(actors.editor, articleInput.parse({ id: blog.id, version, slug: blog.slug, headline: "Storm over the harbour: live", sectionId: newsroom.sectionId, kind: "LIVE_BLOG", body: doc(`Key points at ${when.toISOString()}.`), authorIds, update }), when);
      if (!saved.ok) throw new Error(saved.message);
    };
    const changedAt = async () => (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!.changedAt;
    await keyPoints("minor", at(10));
    expect(await changedAt()).toEqual(at(0));
    await keyPoints("substantive", at(20));
    expect(await changedAt()).toEqual(at(20));
    ok(await post(actors.editor, blog.id, {}, at(30)));
    expect(await changedAt()).toEqual(at(30));
  });

  it("two editors posting at once both land, none overwritten", async () => {
    const blog = await liveBlog({ bylined: ["editor", "admin"] });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(i % 2 ? actors.admin : actors.editor, blog.id, { title: `At once ${i}`, body: doc(`Posted by ${i % 2 ? "the admin" : "the editor"}, number ${i}.`) })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.liveEntry.findMany({ where: { articleId: blog.id }, select: { title: true, createdById: true } });
    expect(rows.map((r) => r.title).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `At once ${i}`).sort());
    expect(rows.filter((r) => r.createdById === actors.admin.id)).toHaveLength(6);
  });
});

describe("structured data", () => {
  it("LiveBlogPosting carries its coverage times and its newest entries as BlogPosting, dateModified following the newest", async () => {
    const blog = await liveBlog();
    const base = Date.now() - 600_000;
    for (let i = 0; i < 3; i++) ok(await post(actors.editor, blog.id, { title: i === 1 ? "" : `Update ${i}` }, new Date(base + i * 1000)));
    ok(await setLiveCoverage(actors.editor, { articleId: blog.id, state: "ended" }));
    const article = await db.article.findUniqueOrThrow({ where: { id: blog.id } });
    const page = (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!;
    const data = liveBlogPostingJsonLd({
      url: `/news/${blog.slug}`,
      headline: article.headline,
      description: "",
      images: [],
      publishedAt: article.publishedAt!,
      modifiedAt: page.changedAt!,
      section: "News",
      keywords: [],
      wordCount: 2,
      authors: [],
      coverageStartedAt: article.firstPublishedAt!,
      firstEntryAt: page.firstPostedAt,
      coverageEndedAt: article.liveEndedAt,
      updates: page.entries,
    }) as unknown as Record<string, unknown> & { liveBlogUpdate: Record<string, unknown>[] };
    expect(data["@type"]).toBe("LiveBlogPosting");
    // The entries were posted ten minutes before the blog's publication: the coverage starts with the first.
    expect(data.coverageStartTime).toBe(new Date(Math.min(base, article.firstPublishedAt!.getTime())).toISOString());
    expect(data.coverageEndTime).toBe(article.liveEndedAt!.toISOString());
    expect(data.dateModified).toBe(new Date(base + 2000).toISOString());
    expect(data.liveBlogUpdate.map((u) => u.headline)).toEqual(["Update 2", "The wind is picking up along the sea wall.", "Update 0"]);
    const [newest] = data.liveBlogUpdate;
    expect(newest).toMatchObject({
      "@type": "BlogPosting",
      datePublished: new Date(base + 2000).toISOString(),
      articleBody: "The wind is picking up along the sea wall.",
      url: `${site.url}/news/${blog.slug}#entry-${page.entries[0]!.id}`,
    });
    expect(newest!.dateModified).toBeDefined();
  });

  it("coverage starts with the earliest entry when one was posted before the blog went live", async () => {
    const blog = await liveBlog();
    const article = await db.article.findUniqueOrThrow({ where: { id: blog.id } });
    const early = new Date(article.firstPublishedAt!.getTime() - 3_600_000);
    ok(await post(actors.editor, blog.id, { title: "Prepared before publication" }, early));
    ok(await post(actors.editor, blog.id, { title: "After" }));
    const page = (await getLiveBlogPage(blog.id, "news", blog.slug, 1))!;
    expect(page.firstPostedAt).toEqual(early);
    const input = { url: `/news/${blog.slug}`, headline: article.headline, description: "", images: [], publishedAt: article.publishedAt!, modifiedAt: page.changedAt!, section: "News", keywords: [], wordCount: 2, authors: [], coverageEndedAt: null, updates: page.entries };
    const started = (firstEntryAt: Date | null) => liveBlogPostingJsonLd({ ...input, coverageStartedAt: article.firstPublishedAt!, firstEntryAt }).coverageStartTime;
    expect(started(page.firstPostedAt)).toBe(early.toISOString());
    // Entries all posted after it went live: the coverage starts with the blog.
    expect(started(new Date(article.firstPublishedAt!.getTime() + 60_000))).toBe(article.firstPublishedAt!.toISOString());
  });
});
