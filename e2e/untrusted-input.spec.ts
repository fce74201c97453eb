// Requests and content the site must not take at face value: uploads larger
// than the limit sent without a length, uploads from other sites riding on an
// editor's cookie, addresses that do not decode, topics nobody published
// under, and stored bodies the editor cannot show.
import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { createAccount, createArticle, db, deleteArticles, paragraphs, uniqueSlug } from "./helpers/db";
import { testImage } from "./helpers/images";

async function sessionCookie(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

type Answer = { status: number; body: string; sentWhenAnswered: number; total: number };

/**
 * Posts a multipart upload of `total` bytes with chunked transfer encoding (no Content-Length), writing only
 * as fast as the server reads, and notes how much had been written when the answer came.
 */
function chunkedUpload(url: string, cookie: string, total: number): Promise<Answer> {
  const boundary = "----ledger-test-boundary";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 1);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: { status: number; sentWhenAnswered: number } | null = null;
    const req = httpRequest(url, { method: "POST", headers: { cookie, origin: new URL(url).origin, "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" } });
    req.on("response", (res) => {
      answered = { status: res.statusCode ?? 0, sentWhenAnswered: sent };
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        resolve({ ...answered!, body: Buffer.concat(parts).toString("utf8"), total });
        req.destroy();
      });
    });
    // Once answered, the server may close the connection while this side still writes: that is the point.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && !req.destroyed && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && !req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
    };
    req.write(head);
    pump();
  });
}

test.describe("uploads", () => {
  test("a chunked upload over the limit is refused with 413 as soon as it passes the limit, before the client has sent it all", async ({ page, baseURL }) => {
    await signIn(page);
    const before = await db().media.count();
    const answer = await chunkedUpload(`${baseURL}/api/media`, await sessionCookie(page), 64 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: "The file is larger than 10 MB." });
    expect(answer.sentWhenAnswered).toBeLessThan(answer.total);
    expect(await db().media.count()).toBe(before);
  });

  test("an upload another site makes with an editor's cookie is refused with 403; the site's own is taken", async ({ page, baseURL }) => {
    await signIn(page);
    const before = await db().media.count();
    const file = { name: "a.png", mimeType: "image/png", buffer: await testImage() };
    const foreign: Record<string, string>[] = [{ origin: "https://attacker.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }];
    for (const headers of foreign) {
      const refused = await page.request.post("/api/media", { multipart: { file }, headers });
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect((await refused.json()).error).toBe("Uploads are taken only from this site's own pages.");
    }
    expect(await db().media.count()).toBe(before);

    const own = await page.request.post("/api/media", { multipart: { file, alt: "Own upload" }, headers: { origin: baseURL!, "sec-fetch-site": "same-origin" } });
    expect(own.status()).toBe(201);
    await db().media.delete({ where: { id: (await own.json()).id } });
  });
});

test("addresses that do not decode answer 400 with a short text, not an error page", async ({ request }) => {
  for (const path of ["/%", "/%ff", "/tag/%", "/media/%", "/admin/%"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toBe("Bad request: this address is not a valid URL.\n");
  }
  // A query that does not decode is the page's to read, not a server error.
  expect((await request.get("/search?q=%")).status()).toBeLessThan(500);
  // Names the media route never serves: not found, whatever they decode to.
  for (const path of ["/media/%25", "/media/..%2f..%2fpackage.json", "/media/a%00.png", `/media/${"a".repeat(300)}.png`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});

test.describe("topics", () => {
  const ids: string[] = [];
  const tagSlugs: string[] = [];
  test.afterAll(async () => {
    await deleteArticles(ids);
    await db().tag.deleteMany({ where: { slug: { in: tagSlugs } } });
  });

  test("a topic page shows only topics with a published story; a draft's topic is not found", async ({ request }) => {
    const slug = uniqueSlug("secret-topic");
    tagSlugs.push(slug);
    const draft = await createArticle({ headline: "A draft with a secret topic", status: "DRAFT" });
    ids.push(draft.id);
    await db().tag.create({ data: { slug, name: "Secret Topic", articles: { create: [{ articleId: draft.id }] } } });
    const hidden = await request.get(`/tag/${slug}`);
    expect(hidden.status()).toBe(404);
    expect(await hidden.text()).not.toContain("Secret Topic");
  });

  test("the editor offers contributors the existing topics only, and editors new ones too", async ({ browser }) => {
    const contributor = await createAccount("contributor");
    const page = await (await browser.newContext()).newPage();
    try {
      await signIn(page, contributor);
      await page.goto("/admin/articles/new");
      await expect(page.locator("#tags-hint")).toHaveText("From the existing topics; an editor creates new ones.");
      // Typing a topic that does not exist offers nothing to create.
      await page.getByRole("combobox", { name: "Add a topic" }).fill("A topic nobody made");
      await expect(page.getByRole("option", { name: /Add new topic/ })).toHaveCount(0);
      await page.context().close();
      const editorPage = await (await browser.newContext()).newPage();
      await signIn(editorPage);
      await editorPage.goto("/admin/articles/new");
      await expect(editorPage.locator("#tags-hint")).toHaveText("Pick existing topics, or type a new one and choose “Add new topic”.");
      await editorPage.getByRole("combobox", { name: "Add a topic" }).fill("A topic nobody made");
      await expect(editorPage.getByRole("option", { name: "Add new topic “A topic nobody made”" })).toBeVisible();
      await editorPage.context().close();
    } finally {
      await db().user.delete({ where: { id: contributor.id } });
    }
  });
});

test("a story whose body has an element the editor does not know is not opened for editing, and says why", async ({ page }) => {
  const body = paragraphs("The opening paragraph.");
  body.content.push({ type: "callout", content: [{ type: "paragraph", content: [{ type: "text", text: "Text inside a callout." }] }] });
  const story = await createArticle({ headline: "A story with a callout", status: "DRAFT", body });
  try {
    await signIn(page);
    await page.goto(`/admin/articles/${story.id}`);
    const refusal = page.getByRole("alert").filter({ hasText: "This story cannot be opened in the editor" });
    await expect(refusal).toContainText("its body contains “callout”, which the editor does not know");
    await expect(page.getByRole("textbox", { name: "Story body" })).toHaveCount(0);
    await expect(page.getByLabel("Headline")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Save/ })).toHaveCount(0);
    const stored = await db().article.findUniqueOrThrow({ where: { id: story.id }, select: { version: true, body: true } });
    expect(stored.version).toBe(1);
    expect(JSON.stringify(stored.body)).toContain("Text inside a callout.");
  } finally {
    await deleteArticles([story.id]);
  }
});
