// Two instances behind Varnish, sharing Redis and PostgreSQL: what an editor
// changes on one instance, and what the scheduler publishes on whichever
// instance takes it, is on every instance and through the cache within a
// second; the cache keeps what readers share and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagsForLiveEntryChange } from "../../server/cache-tags";
import { bodyOf, saveThroughAction, signInAdmin } from "../helpers/editor-action";
import { database, publishedStories, revalidateOn, startTestCluster, visibleAfter, type TestCluster } from "./helpers";

const VISIBLE_WITHIN_MS = 1000;

describe("a cluster of two instances behind Varnish", () => {
  let cluster: TestCluster;
  let app1: string;
  let app2: string;
  let cookie: string;
  let sectionId: string;

  beforeAll(async () => {
    cluster = await startTestCluster(3500, { SCHEDULER: "on", SCHEDULER_INTERVAL_MS: "500" });
    [app1, app2] = cluster.instances.map((i) => i.url) as [string, string];
    cookie = await signInAdmin(app1);
    const db = await database();
    sectionId = (await db.query(`SELECT id FROM "Section" WHERE slug = 'news'`)).rows[0].id;
    await db.end();
  });

  afterAll(() => cluster?.close());

  it("shows an edit saved through the admin on instance 1 on instance 2 and through Varnish within a second", async () => {
    const [story] = await publishedStories(1, 5);
    const page = story!.path;
    // Every copy warm: Varnish, and each instance's view of the shared cache.
    for (const url of [cluster.url, app1, app2]) {
      await fetch(url + page);
      expect((await fetch(url + page)).status).toBe(200);
    }
    expect((await fetch(cluster.url + page)).headers.get("x-cache")).toBe("HIT");

    const db = await database();
    const { rows: [current] } = await db.query(`SELECT version, slug, standfirst FROM "Article" WHERE id = $1`, [story!.id]);
    await db.end();
    const headline = `Harbour ferry timetable changes ${Date.now()}`;
    const saved = await saveThroughAction(app1, cookie, { id: story!.id, version: String(current.version), headline, slug: current.slug, standfirst: current.standfirst ?? "", body: bodyOf("The new timetable starts on Monday."), sectionId, intent: "publish" });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);

    // Checked side by side, from the moment the action answered.
    const seen = await Promise.all([cluster.url, app2, app1].map((url) => visibleAfter(url + page, headline, 3000)));
    expect(seen.map((ms) => ms !== null && ms <= VISIBLE_WITHIN_MS), `ms until visible (varnish, app2, app1): ${seen.map((ms) => (ms === null ? "never" : Math.round(ms))).join(", ")}`).toEqual([true, true, true]);
  });

  it("publishes a scheduled story on whichever instance's scheduler takes it, visible everywhere within a second", async () => {
    const db = await database();
    const slug = `scheduled-ferry-${Date.now().toString(36)}`;
    const headline = `Night ferry returns to the timetable ${slug}`;
    // Scheduled a few seconds ahead through the admin (the form takes minutes: the time is set in the database after).
    const saved = await saveThroughAction(app2, cookie, { headline, slug, body: bodyOf("The night ferry is back."), sectionId, intent: "save" });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    await db.query(`UPDATE "Article" SET status = 'SCHEDULED', "scheduledAt" = now() + interval '3 seconds' WHERE id = $1`, [saved.id]);
    // Not live yet anywhere.
    expect((await fetch(`${cluster.url}/news/${slug}`)).status).toBe(404);

    let publishedAt = 0;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const { rows: [row] } = await db.query(`SELECT status FROM "Article" WHERE id = $1`, [saved.id]);
      if (row.status === "PUBLISHED") {
        publishedAt = performance.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await db.end();
    expect(publishedAt, "the scheduler published the story").toBeGreaterThan(0);
    const seen = await Promise.all([cluster.url, app1, app2].map((url) => visibleAfter(`${url}/news/${slug}`, headline, 3000)));
    expect(seen.every((ms) => ms !== null && ms <= VISIBLE_WITHIN_MS), `ms until visible (varnish, app1, app2): ${seen.map((ms) => (ms === null ? "never" : Math.round(ms))).join(", ")}`).toBe(true);
    // Which instance published it is in the log.
    expect(cluster.logs.some((line) => line.includes("scheduler: refreshed cache tags after publishing"))).toBe(true);
  });

  it("follows a rename, which expires every page (revalidatePath), through Varnish and on both instances", async () => {
    const [story] = await publishedStories(1, 30);
    for (const url of [cluster.url, app1, app2]) {
      await fetch(url + story!.path);
      await fetch(url + story!.path);
    }
    const db = await database();
    const { rows: [section] } = await db.query(`SELECT s.id, s.name FROM "Section" s JOIN "Article" a ON a."sectionId" = s.id WHERE a.id = $1`, [story!.id]);
    const renamed = `${section.name} Desk`;
    await db.query(`UPDATE "Section" SET name = $1 WHERE id = $2`, [renamed, section.id]);
    try {
      // What the taxonomy actions do after a write: revalidatePath("/", "layout"), Next's tag for every page.
      await revalidateOn(app1, ["_N_T_/layout", "sections"]);
      const seen = await Promise.all([cluster.url, app2].map((url) => visibleAfter(url + story!.path, `>${renamed}<`, 3000)));
      expect(seen.every((ms) => ms !== null && ms <= VISIBLE_WITHIN_MS), `ms until visible (varnish, app2): ${seen.join(", ")}`).toBe(true);
    } finally {
      await db.query(`UPDATE "Section" SET name = $1 WHERE id = $2`, [section.name, section.id]);
      await db.end();
      await revalidateOn(app1, ["_N_T_/layout", "sections"]);
    }
  });

  it("keeps one copy of a reader page whatever cookies or tracking parameters come with it, and shows readers no tags", async () => {
    const [story] = await publishedStories(1, 40);
    const first = await fetch(`${cluster.url}${story!.path}`);
    await first.text();
    const again = await fetch(`${cluster.url}${story!.path}?utm_source=newsletter&utm_medium=email&fbclid=abc123`, { headers: { cookie: "_ga=GA1.2.3; theme=dark" } });
    expect(again.headers.get("x-cache")).toBe("HIT");
    expect(await again.text()).toContain(story!.headline.slice(0, 30));
    // The tags travel from the instance to Varnish, not further.
    for (const header of ["surrogate-key", "xkey", "x-ledger-tags", "x-ledger-nonce"]) expect(again.headers.get(header), header).toBeNull();
    const direct = await fetch(`${app1}${story!.path}`);
    expect(direct.headers.get("surrogate-key")).toContain(`article:${story!.id}`);
    // Every reader of the kept copy gets the policy naming the nonce its scripts carry.
    const nonce = /'nonce-([^']+)'/.exec(again.headers.get("content-security-policy") ?? "")?.[1];
    const html = await (await fetch(`${cluster.url}${story!.path}`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"));
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("never keeps the newsroom, the API, previews, actions or a signed-in editor's pages", async () => {
    for (const path of ["/admin/login", "/api/health", "/preview/anything"]) {
      await fetch(cluster.url + path);
      expect((await fetch(cluster.url + path)).headers.get("x-cache"), path).toBe("PASS");
    }
    const [story] = await publishedStories(1, 41);
    await fetch(cluster.url + story!.path);
    expect((await fetch(cluster.url + story!.path, { headers: { cookie } })).headers.get("x-cache")).toBe("PASS");
    expect((await fetch(cluster.url + story!.path)).headers.get("x-cache")).toBe("HIT");
  });

  it("purges the pages that carry a tag, softly, and refuses a purge that names none", async () => {
    const [story] = await publishedStories(1, 42);
    await fetch(cluster.url + story!.path);
    expect((await fetch(cluster.url + story!.path)).headers.get("x-cache")).toBe("HIT");
    const purged = await fetch(`${cluster.url}/`, { method: "PURGE", headers: { "surrogate-key": `article:${story!.id}` } });
    expect(purged.status).toBe(200);
    expect(Number(/^Purged (\d+)/.exec(await purged.text())?.[1])).toBeGreaterThanOrEqual(1);
    // Soft: the copy is still there to answer while a new one is fetched (the edit test above shows the new one arriving).
    expect((await fetch(cluster.url + story!.path)).status).toBe(200);
    expect((await fetch(`${cluster.url}/`, { method: "PURGE" })).status).toBe(400);
  });

  /**
   * A story cached by Varnish, then given a new headline straight in the database for `check` (which expires what
   * it likes), and its headline put back afterwards.
   */
  async function withNewHeadline(offset: number, headline: string, check: (story: { id: string; path: string }) => Promise<void>) {
    const [story] = await publishedStories(1, offset);
    await fetch(cluster.url + story!.path);
    expect((await fetch(cluster.url + story!.path)).headers.get("x-cache")).toBe("HIT");
    const db = await database();
    await db.query(`UPDATE "Article" SET headline = $1 WHERE id = $2`, [headline, story!.id]);
    try {
      await check(story!);
    } finally {
      await db.query(`UPDATE "Article" SET headline = $1 WHERE id = $2`, [story!.headline, story!.id]);
      await db.end();
      await revalidateOn(app1, [`article:${story!.id}`]);
    }
  }

  it("purges through Varnish however many tags a change names (an import's hundreds, with long slugs), in requests Varnish accepts", async () => {
    const headline = `Pier lights relit ${Date.now()}`;
    await withNewHeadline(44, headline, async (story) => {
      // 300 topic tags of about 130 bytes each, the story's own among them: far more than one header line holds.
      const topics = Array.from({ length: 300 }, (_, i) => `slug:${i}-${"a-long-topic-name-".repeat(7)}`);
      await revalidateOn(app1, [...topics.slice(0, 50), `article:${story.id}`, ...topics.slice(50)]);
      expect(await visibleAfter(cluster.url + story.path, headline, 3000), "the story's new headline through Varnish").not.toBeNull();
    });
  });

  it("gives the first reader of a page purged a while ago the new page, not the old copy", async () => {
    const headline = `Quay clock restored ${Date.now()}`;
    await withNewHeadline(45, headline, async (story) => {
      await revalidateOn(app1, [`article:${story.id}`]);
      // Nobody reads the page for a while after the change (past the few seconds a purged copy may still answer
      // while the new one is fetched): the next reader must not be handed the old copy.
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      const first = await (await fetch(cluster.url + story.path)).text();
      expect(first.includes(headline), "the first reader's page has the new headline").toBe(true);
    });
  });

  it("names the tags of the feeds and sitemaps answered per request, so that a change purges them from Varnish too", async () => {
    const expected: [string, string[]][] = [
      ["/news/feed.xml", ["feeds", "sections"]],
      ["/tag/transport/feed.xml", ["feeds", "tag:transport"]],
      ["/author/maren-okafor/feed.xml", ["feeds", "author:maren-okafor"]],
      ["/sitemap.xml", ["sitemaps"]],
      ["/sitemaps/articles-1.xml", ["sitemaps"]],
    ];
    for (const [path, keys] of expected) {
      const direct = await fetch(app2 + path);
      expect(direct.status, path).toBe(200);
      const surrogate = (direct.headers.get("surrogate-key") ?? "").split(/[ ,]+/);
      expect(surrogate, path).toEqual(expect.arrayContaining(keys));
      // Readers see no tags.
      expect((await fetch(cluster.url + path)).headers.get("surrogate-key"), path).toBeNull();
    }
  });

  it("serves a live blog's updates to watching readers as Varnish hits, and a new entry in them and on the page within a second", async () => {
    const db = await database();
    const { rows: [blog] } = await db.query(`SELECT a.id, a.slug, s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.kind = 'LIVE_BLOG' AND a."liveEndedAt" IS NULL AND a.status = 'PUBLISHED' LIMIT 1`);
    expect(blog, "the seed has a live blog that is live").toBeTruthy();
    const page = `/${blog.section}/${blog.slug}`;
    const updates = `${page}/updates.json`;
    for (const path of [page, updates]) {
      await fetch(cluster.url + path);
      expect((await fetch(cluster.url + path)).headers.get("x-cache"), path).toBe("HIT");
    }
    expect((await fetch(cluster.url + updates)).headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    // The instances send the blog's tags for Varnish to purge by, the entries' tag among them.
    for (const path of [page, updates]) expect((await fetch(app2 + path)).headers.get("surrogate-key"), path).toContain(`live:${blog.id}`);

    // An entry written, and on instance 1 exactly the tags the newsroom's post expires: the blog's entries (and
    // the sitemaps), not the article's own read.
    const title = `Council chamber lights flicker ${Date.now()}`;
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The lights flickered twice." }] }] });
    await db.query(`INSERT INTO "LiveEntry" (id, "articleId", title, body, "bodyText", "updatedAt") VALUES ($1, $2, $3, $4, 'The lights flickered twice.', now())`, [`cluster-${Date.now().toString(36)}`, blog.id, title, body]);
    await db.end();
    await revalidateOn(app1, tagsForLiveEntryChange({ id: blog.id, slug: blog.slug, status: "PUBLISHED", section: blog.section, tags: [], authors: [] }, "post"));
    const seen = await Promise.all([cluster.url + updates, app2 + updates, cluster.url + page, app2 + page].map((url) => visibleAfter(url, title, 3000)));
    expect(seen.every((ms) => ms !== null && ms <= VISIBLE_WITHIN_MS), `ms until visible (updates: varnish, app2; page: varnish, app2): ${seen.map((ms) => (ms === null ? "never" : Math.round(ms))).join(", ")}`).toBe(true);
    // The first poll after the purge already had it: no old copy was handed out meanwhile.
    expect(await (await fetch(cluster.url + updates)).text()).toContain(title);
  });
});
