// Who else has a story open: heartbeats from two people's tabs, leaving,
// going stale, taking over, and who may ask at all, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleInput } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { heartbeat, PRESENCE, type PresenceResult } from "@/server/services/presence";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";

let actors = {} as Record<Role, Actor>;
const articles: string[] = [];

async function story(owner: Actor): Promise<string> {
  const saved = await saveArticle(owner, articleInput.parse({ headline: "Presence story", slug: `presence-${randomUUID().slice(0, 8)}`, body: "" }));
  if (!saved.ok) throw new Error(saved.message);
  articles.push(saved.id);
  return saved.id;
}

function names(result: PresenceResult): string[] {
  if (!result.ok) throw new Error(result.message);
  return result.others.map((o) => o.name);
}

beforeAll(async () => {
  actors = await accountsInEveryRole("Presence");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: articles } } });
  await removeAccounts(actors);
  await db.$disconnect();
});

describe("two people on one story", () => {
  it("each sees the other from their next heartbeat, with the time they opened it", async () => {
    const id = await story(actors.editor);
    const [editorTab, adminTab] = [randomUUID(), randomUUID()];
    const t0 = new Date();
    expect(names(await heartbeat(actors.editor, { articleId: id, tabId: editorTab }, t0))).toEqual([]);
    const admin = await heartbeat(actors.admin, { articleId: id, tabId: adminTab }, new Date(t0.getTime() + 1000));
    expect(names(admin)).toEqual([actors.editor.name]);
    expect(admin.ok && admin.others[0]!.since).toBe(t0.toISOString());
    expect(names(await heartbeat(actors.editor, { articleId: id, tabId: editorTab }, new Date(t0.getTime() + 2000)))).toEqual([actors.admin.name]);
  });

  it("a closed tab is gone at once; a tab whose heartbeats stopped is gone after the stale time", async () => {
    const id = await story(actors.editor);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const t0 = new Date();
    await heartbeat(actors.editor, { articleId: id, tabId: a }, t0);
    await heartbeat(actors.admin, { articleId: id, tabId: b }, t0);
    await heartbeat(actors.admin, { articleId: id, tabId: b, leave: true }, t0);
    expect(names(await heartbeat(actors.editor, { articleId: id, tabId: a }, t0))).toEqual([]);
    await heartbeat(actors.admin, { articleId: id, tabId: c }, t0);
    const later = new Date(t0.getTime() + PRESENCE.staleMs + 1000);
    expect(names(await heartbeat(actors.editor, { articleId: id, tabId: a }, later))).toEqual([]);
  });

  it("the same person in a second tab is told it is them", async () => {
    const id = await story(actors.editor);
    await heartbeat(actors.editor, { articleId: id, tabId: randomUUID() });
    const second = await heartbeat(actors.editor, { articleId: id, tabId: randomUUID() });
    expect(second.ok && second.others.map((o) => o.self)).toEqual([true]);
  });

  it("taking over tells the others who and when, once, and is in the audit log", async () => {
    const id = await story(actors.editor);
    const [editorTab, adminTab] = [randomUUID(), randomUUID()];
    const t0 = new Date();
    await heartbeat(actors.editor, { articleId: id, tabId: editorTab }, t0);
    const t1 = new Date(t0.getTime() + 3000);
    const taking = await heartbeat(actors.admin, { articleId: id, tabId: adminTab, takeOver: true }, t1);
    expect(taking.ok && taking.takenOverBy).toBeNull();
    const told = await heartbeat(actors.editor, { articleId: id, tabId: editorTab }, new Date(t1.getTime() + 1000));
    expect(told.ok && told.takenOverBy).toEqual({ name: actors.admin.name, at: t1.toISOString() });
    const record = await db.auditEvent.findFirst({ where: { targetId: id, action: "article.take-over" } });
    expect(record?.actorId).toBe(actors.admin.id);
    expect(record?.summary).toBe(`from ${actors.editor.name}`);
  });

  it("a tab id sent by someone else does not move or take that tab", async () => {
    const id = await story(actors.editor);
    const tab = randomUUID();
    const t0 = new Date();
    await heartbeat(actors.editor, { articleId: id, tabId: tab }, t0);
    const forged = await heartbeat(actors.admin, { articleId: id, tabId: tab, takeOver: true }, new Date(t0.getTime() + 1000));
    expect(names(forged)).toEqual([actors.editor.name]);
    const row = await db.editingPresence.findUniqueOrThrow({ where: { tabId: tab } });
    expect(row.userId).toBe(actors.editor.id);
    expect(row.tookOverAt).toBeNull();
  });
});

describe("who may ask", () => {
  it("only people who may edit the story, about a story that exists, with a well-formed request", async () => {
    const id = await story(actors.editor);
    const tabId = randomUUID();
    expect(await heartbeat(null, { articleId: id, tabId })).toMatchObject({ ok: false, status: 401 });
    expect(await heartbeat(actors.author, { articleId: id, tabId })).toMatchObject({ ok: false, status: 403, message: "You don't have access to this story." });
    expect(await heartbeat(actors.contributor, { articleId: id, tabId })).toMatchObject({ ok: false, status: 403 });
    expect(await heartbeat(actors.editor, { articleId: "no-such-story", tabId })).toMatchObject({ ok: false, status: 404 });
    expect(await heartbeat(actors.editor, { articleId: id, tabId: "not-a-uuid" })).toMatchObject({ ok: false, status: 400 });
    expect(await heartbeat(actors.editor, "[1000000]")).toMatchObject({ ok: false, status: 400 });
    const own = await story(actors.author);
    expect((await heartbeat(actors.author, { articleId: own, tabId })).ok).toBe(true);
  });
});

describe("a story deleted while it is open", () => {
  it("answers the heartbeats that cross the deletion with 'no longer exists', never an error", async () => {
    const answers = new Set<string>();
    for (let i = 0; i < 15; i++) {
      const id = await story(actors.editor);
      const tabId = randomUUID();
      // The heartbeat's look-up and its write race the deletion: some land before it, some between, some after.
      const [result] = await Promise.all([heartbeat(actors.editor, { articleId: id, tabId }), db.article.delete({ where: { id } })]);
      answers.add(result.ok ? "ok" : `${result.status} ${result.message}`);
    }
    for (const answer of answers) expect(["ok", "404 This story no longer exists."]).toContain(answer);
  });
});
