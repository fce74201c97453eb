// The server is killed (SIGKILL) while editors' saves are in flight, with a
// story scheduled to go live while it is down.
//
// Saves go over HTTP to the real server action, encoded as the editor's
// browser sends them, so the kill lands inside the server's own handling.
import type { ChildProcess } from "node:child_process";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serverEnv, startServer, stopServer } from "../../scripts/lib/server-under-test";
import { bodyOf, saveActionId, saveThroughAction, signInAdmin } from "../helpers/editor-action";

const port = 3402;
const base = `http://127.0.0.1:${port}`;
const STORIES = 12;

describe("SIGKILL during saves", () => {
  let db: Client;
  let server: ChildProcess | undefined;
  let cookie = "";
  let actionId = "";
  let sectionId = "";
  const env = () => ({ ...serverEnv(inject("faultsDatabaseUrl"), port), SCHEDULER: "on", SCHEDULER_INTERVAL_MS: "1000" });

  const save = (fields: Record<string, string>) => saveThroughAction(base, cookie, fields, actionId);
  beforeAll(async () => {
    db = new Client({ connectionString: inject("faultsDatabaseUrl") });
    await db.connect();
    sectionId = (await db.query(`SELECT id FROM "Section" WHERE slug = 'news'`)).rows[0].id;
    actionId = saveActionId();
    server = await startServer(env(), port);
    cookie = await signInAdmin(base);
  });

  afterAll(async () => {
    await stopServer(server);
    await db.end();
  });

  it("leaves every story wholly old or wholly new, with no half-written revision, and publishes what fell due while down", async () => {
    const stamp = Date.now().toString(36);
    // The stories editors are working on, each saved once.
    const stories: { id: string; version: number; acked: number; inFlight: number | null }[] = [];
    for (let k = 0; k < STORIES; k++) {
      const saved = await save({ headline: `Kill ${stamp} story ${k} v0`, slug: `kill-${stamp}-${k}`, body: bodyOf(`kill-${k} v0`), sectionId, intent: "publish" });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      stories.push({ id: saved.id!, version: saved.version!, acked: 0, inFlight: null });
    }
    // A story scheduled a couple of minutes ahead (the form takes minutes), in the site's time zone as the form sends it.
    const later = new Date(Date.now() + 120_000);
    const wall = new Intl.DateTimeFormat("sv-SE", { timeZone: process.env.SITE_TIME_ZONE ?? "Europe/London", dateStyle: "short", timeStyle: "short" }).format(later).replace(" ", "T");
    const scheduled = await save({ headline: `Kill ${stamp} scheduled`, slug: `kill-${stamp}-scheduled`, body: bodyOf("due while the server is down"), sectionId, intent: "schedule", scheduledAt: wall });
    expect(scheduled.ok, JSON.stringify(scheduled)).toBe(true);

    // Every story is saved over and over, one save at a time each, all stories at once; the server dies meanwhile.
    let killed = false;
    const loops = stories.map(async (story, k) => {
      for (let n = 1; !killed; n++) {
        story.inFlight = n;
        try {
          const saved = await save({ id: story.id, version: String(story.version), headline: `Kill ${stamp} story ${k} v${n}`, slug: `kill-${stamp}-${k}`, body: bodyOf(`kill-${k} v${n}`), sectionId, intent: "publish" });
          if (!saved.ok) throw new Error(saved.message);
          story.version = saved.version!;
          story.acked = n;
          story.inFlight = null;
        } catch {
          return; // the connection died with the server
        }
      }
    });
    await new Promise((r) => setTimeout(r, 3000));
    const inFlightAtKill = stories.filter((s) => s.inFlight !== null).length;
    killed = true;
    server!.kill("SIGKILL");
    await Promise.all(loops);
    console.log(`saves acknowledged before the kill: ${stories.reduce((n, s) => n + s.acked, 0)}; in flight when it came: ${inFlightAtKill}`);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(stories.every((s) => s.acked >= 1)).toBe(true);

    for (const [k, story] of stories.entries()) {
      const { rows: [article] } = await db.query(`SELECT headline, "bodyText", version FROM "Article" WHERE id = $1`, [story.id]);
      const n = Number(/ v(\d+)$/.exec(article.headline)?.[1]);
      // Wholly one version: headline and body agree, and it is the last acknowledged save or the one in flight.
      expect(article.bodyText).toContain(`kill-${k} v${n}`);
      expect([story.acked, story.inFlight ?? story.acked]).toContain(n);
      const { rows: revisions } = await db.query(`SELECT version, snapshot FROM "Revision" WHERE "articleId" = $1 AND kind <> 'conflict' ORDER BY version`, [story.id]);
      // One complete revision per saved version, the newest matching the story.
      expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: article.version }, (_, i) => i + 1));
      for (const revision of revisions) {
        const m = / v(\d+)$/.exec(revision.snapshot.headline)?.[1];
        expect(JSON.stringify(revision.snapshot.body)).toContain(`kill-${k} v${m}`);
      }
      expect(revisions.at(-1)!.snapshot.headline).toBe(article.headline);
    }

    // The server stays down past the scheduled time (time is moved on in the database rather than waited for); then it is back.
    const { rows: [before] } = await db.query(`SELECT status FROM "Article" WHERE id = $1`, [scheduled.id]);
    expect(before.status).toBe("SCHEDULED");
    await db.query(`UPDATE "Article" SET "scheduledAt" = now() - interval '1 minute' WHERE id = $1`, [scheduled.id]);
    server = await startServer(env(), port);
    let status = "";
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && status !== "PUBLISHED") {
      status = (await db.query(`SELECT status FROM "Article" WHERE id = $1`, [scheduled.id])).rows[0].status;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe("PUBLISHED");
    const page = await fetch(`${base}/news/${scheduled.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Kill ${stamp} scheduled`);
  });
});
