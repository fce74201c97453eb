// What the live-blog test files share: a newsroom with an account in every role, live blogs made through the
// real services, and the removal of everything a file made once it is done.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { articleInput } from "@/lib/validation/article";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { saveArticle } from "@/server/services/articles";
import { ensureOwnByline } from "@/server/services/bylines";
import type { LiveResult } from "@/server/services/live-blogs";
import { accountsInEveryRole, removeAccounts } from "./accounts";
import { paragraphs } from "./documents";

/** A rich-text document of one paragraph, as the editor's form sends it. */
export const doc = (text: string) => JSON.stringify(paragraphs(text));

/** The result of a live-blog action that must have succeeded. */
export function ok(result: LiveResult): Extract<LiveResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result;
}

type LiveBlogOptions = { headline?: string; bylined?: Role[]; intent?: "publish" | "save" };

/**
 * Registers the file's setup and teardown: accounts named "<name> <role>", and the articles made through
 * `liveBlog` or handed to `keep`, deleted after the file's tests with the accounts' bylines.
 */
export function liveBlogNewsroom(name: string) {
  const created: string[] = [];
  const newsroom = {
    actors: {} as Record<Role, Actor>,
    /** The news section's id. */
    sectionId: "",
    /** Deletes this article after the file's tests. */
    keep(id: string) {
      created.push(id);
    },
    /** A live blog in the news section, published unless asked otherwise, bylined on the given roles' own bylines (the editor's). */
    async liveBlog({ headline = "Storm over the harbour: live", bylined = ["editor"], intent = "publish" }: LiveBlogOptions = {}) {
      const authorIds = await Promise.all(bylined.map(async (role) => (await ensureOwnByline(db, newsroom.actors[role])).id));
      const slug = `live-${randomUUID().slice(0, 8)}`;
      const saved = await saveArticle(
        newsroom.actors.editor,
        articleInput.parse({ headline, slug, sectionId: newsroom.sectionId, kind: "LIVE_BLOG", body: doc("Key points."), authorIds, intent }),
      );
      if (!saved.ok) throw new Error(saved.message);
      created.push(saved.id);
      return { id: saved.id, slug };
    },
  };
  beforeAll(async () => {
    newsroom.sectionId = (await db.section.findFirstOrThrow({ where: { slug: "news" } })).id;
    // Filled in place: test files hold on to the object.
    Object.assign(newsroom.actors, await accountsInEveryRole(name));
  });
  afterAll(async () => {
    await db.article.deleteMany({ where: { id: { in: created } } });
    await db.author.deleteMany({ where: { userId: { in: Object.values(newsroom.actors).map((a) => a.id) } } });
    await removeAccounts(newsroom.actors);
    await db.$disconnect();
  });
  return newsroom;
}
