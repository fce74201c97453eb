// Malformed, mistyped, oversized and forged requests against every public
// route and the server action endpoints: clear 4xx answers, never a 500, and
// the database unchanged.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db } from "./helpers/db";

async function counts() {
  const d = db();
  const [articles, users, media, revisions, tags, sections, sessions, views] = await Promise.all([
    d.article.count(), d.user.count(), d.media.count(), d.revision.count(), d.tag.count(), d.section.count(), d.session.count(), d.articleViewDay.count(),
  ]);
  return { articles, users, media, revisions, tags, sections, sessions, views };
}

async function actionIdOf(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const id = /id&quot;:&quot;([0-9a-f]{20,})/.exec(html)?.[1];
  if (!id) throw new Error(`no server action on ${path}`);
  return id;
}

test("no request shape gets a 500, and nothing is written", async ({ request, baseURL }) => {
  const before = await counts();
  const statuses: { what: string; status: number }[] = [];
  const send = async (what: string, call: Promise<{ status(): number }>) => statuses.push({ what, status: (await call).status() });

  // Public pages with odd paths and query strings; broken percent-encoding ("/%") is answered by the server's front.
  for (const path of ["/%", "/%ff", "/tag/%", "/media/%", "/news/%00", "/news/%25", "/news/" + "a".repeat(3000), "/tag/%F0%9F%9A%A2", "/author/..%2f..%2fetc", "/search?q=%", "/search?page=-1&q=a", "/search?q=" + "%22".repeat(500), "/news/page/99999999999999999999", "/sitemaps/articles-0.xml", "/sitemaps/..%2fpackage.json", "/media/..%2f..%2fpackage.json", "/media/%00.jpg", "/news/feed.xml?x[]=1"]) {
    await send(`GET ${path.slice(0, 60)}`, request.get(path));
  }

  // Route handlers with wrong bodies and content types.
  const bodies: [string, Record<string, string> | undefined, string | Buffer][] = [
    ["no body", undefined, ""],
    ["json garbage", { "content-type": "application/json" }, "{"],
    ["xml", { "content-type": "application/xml" }, "<a/>"],
    ["form", { "content-type": "application/x-www-form-urlencoded" }, "a=1&b=2"],
    ["huge", { "content-type": "application/json" }, Buffer.alloc(2 * 1024 * 1024, 0x61)],
    ["deep json", { "content-type": "application/json" }, "[".repeat(5000) + "]".repeat(5000)],
  ];
  for (const route of ["/api/views", "/api/revalidate", "/api/media", "/api/auth/sign-in/email", "/api/auth/sign-up/email", "/api/health", "/api/ready"]) {
    for (const [name, headers, data] of bodies) {
      await send(`POST ${route} ${name}`, request.post(route, { headers: { origin: baseURL!, ...headers }, data }));
    }
  }
  await send("revalidate with a forged secret", request.post("/api/revalidate", { headers: { authorization: "Bearer guess-guess-guess-guess" }, data: { tags: ["home"] } }));
  await send("media multipart without file", request.post("/api/media", { multipart: { alt: "x" } }));

  // Server actions: forged ids, real ids with garbage, wrong types, oversized bodies.
  const realId = await actionIdOf(request, "/admin/login");
  const actionCalls: [string, string, Record<string, string>, string | Buffer | undefined, Record<string, string> | undefined][] = [
    ["forged id", "0".repeat(42), { "content-type": "text/plain;charset=UTF-8" }, '["$K1"]', undefined],
    ["malformed id", "../../x", { "content-type": "text/plain;charset=UTF-8" }, "[]", undefined],
    ["real id, plain args", realId, { "content-type": "text/plain;charset=UTF-8" }, '["$K1"]', undefined],
    ["real id, not json", realId, { "content-type": "text/plain;charset=UTF-8" }, "{{{", undefined],
    ["real id, json type", realId, { "content-type": "application/json" }, "{}", undefined],
    ["real id, huge", realId, { "content-type": "text/plain;charset=UTF-8" }, Buffer.alloc(3 * 1024 * 1024, 0x61), undefined],
    ["real id, empty multipart", realId, {}, undefined, { x: "y" }],
    ["real id, multipart with bad root", realId, {}, undefined, { "0": "zzz" }],
    ["real id, multipart with other args", realId, {}, undefined, { "0": '["$K1"]', "_1_email": "a@b.c" }],
  ];
  for (const [name, id, headers, data, multipart] of actionCalls) {
    for (const path of ["/admin/login", "/", "/admin"]) {
      await send(`action ${name} at ${path}`, request.post(path, { headers: { "next-action": id, ...headers }, maxRedirects: 0, ...(multipart ? { multipart } : { data }) }));
    }
  }

  const errors = statuses.filter((s) => s.status >= 500);
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  expect(statuses.find((s) => s.what === "POST /api/views huge")?.status).toBe(413);
  expect(statuses.find((s) => s.what === "action real id, huge at /admin/login")?.status).toBe(413);
  expect(statuses.find((s) => s.what === "action real id, json type at /")?.status).toBe(415);
  expect(await counts()).toEqual(before);
});
