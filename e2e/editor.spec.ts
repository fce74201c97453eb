// An editor writes, publishes, edits, renames, unpublishes and schedules a
// story in the admin; a reader (a separate browser context, no cookies) sees
// each change on the site.
import { expect, test, type Page } from "@playwright/test";
import { db } from "./helpers/db";
import { addTopics, insertLink, pickSection, topicList } from "./helpers/editor";

const ADMIN = { email: "admin@example.com", password: "change-me-now-2026" };

async function signIn(page: Page) {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  // The session cookie is out of reach of scripts and not sent on cross-site requests.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
}

async function writeStory(page: Page, headline: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Standfirst").fill("The quay's old lamps shine again after a volunteer restoration.");
  const body = page.getByRole("textbox", { name: "Story body" });
  await body.click();
  await page.keyboard.type("Forty lamps along the North Quay were switched on tonight.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Heading", exact: true }).click();
  await expect(body.locator("h2")).toHaveCount(1);
  await page.keyboard.type("How it was done");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bulleted list" }).click();
  await expect(body.locator("ul")).toHaveCount(1);
  await page.keyboard.type("New glass from the harbour workshop");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Wiring paid for by a street collection");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Read the restoration diary");
  await page.keyboard.press("Shift+Home");
  await insertLink(page, { address: "https://example.org/lamps-diary" }, { viaToolbar: true });
  await pickSection(page, "News");
  await addTopics(page, ["Lamp restoration", "Harbour"]);
  await expect(topicList(page)).toHaveText([/^Lamp restoration/, /^Harbour/]);
}

test.describe.configure({ mode: "serial" });

test("an editor publishes a story and readers see it everywhere; edits, renames and unpublishing follow", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const headline = `North Quay lamps relit ${Date.now()}`;
  await writeStory(page, headline);
  await expect(page.getByLabel("Address (slug)")).toHaveValue(/^north-quay-lamps-relit-\d+$/);
  const slug = await page.getByLabel("Address (slug)").inputValue();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/);
  await expect(page.getByTestId("status")).toHaveText("published");

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const url = `/news/${slug}`;
  await readerPage.goto(url);
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(readerPage.getByRole("heading", { level: 2, name: "How it was done" })).toBeVisible();
  await expect(readerPage.locator(".article-body li")).toHaveText(["New glass from the harbour workshop", "Wiring paid for by a street collection"]);
  await expect(readerPage.locator(".article-body a", { hasText: "Read the restoration diary" })).toHaveAttribute("href", "https://example.org/lamps-diary");
  const topics = readerPage.getByRole("navigation", { name: "Topics" });
  await expect(topics.getByRole("link", { name: "Harbour" })).toHaveAttribute("href", "/tag/harbour");
  await expect(topics.getByRole("link", { name: "Lamp restoration" })).toHaveAttribute("href", "/tag/lamp-restoration");
  await readerPage.goto("/");
  await expect(readerPage.getByRole("link", { name: headline }).first()).toBeVisible();
  await readerPage.goto("/news");
  await expect(readerPage.getByRole("link", { name: headline })).toBeVisible();
  expect(await (await reader.request.get("/feed.xml")).text()).toContain(`/news/${slug}</link>`);
  expect(await (await reader.request.get("/news-sitemap.xml")).text()).toContain(headline);

  // Editing the headline updates the live page.
  const edited = `${headline} (updated)`;
  await page.getByLabel("Headline").fill(edited);
  // A live story has one button for saving, named for what it does.
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await page.getByRole("button", { name: "Update live story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
  await readerPage.goto(url);
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(edited);

  // A new address keeps the old one working with a permanent redirect.
  const newSlug = `${slug}-renamed`;
  await page.getByLabel("Address (slug)").fill(newSlug);
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
  await page.getByRole("button", { name: "Update live story" }).click();
  await expect(page.getByTestId("save-state")).toHaveText(/All changes saved/);
  await expect(page.getByRole("status").filter({ hasText: "Saved. The live story is updated." })).toBeVisible();
  const moved = await reader.request.get(url, { maxRedirects: 0 });
  expect([301, 308]).toContain(moved.status());
  expect(moved.headers().location!.split(", ")[0]).toBe(`/news/${newSlug}`);
  await readerPage.goto(url);
  await expect(readerPage).toHaveURL(new RegExp(`/news/${newSlug}$`));

  // Unpublished, it is gone for readers.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("dialog", { name: `Unpublish “${edited}”?` }).getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
  // Published once, its address says the story has gone (410), not that it never existed.
  expect((await reader.request.get(`/news/${newSlug}`)).status()).toBe(410);
  await readerPage.goto("/news");
  await expect(readerPage.getByRole("link", { name: edited })).toHaveCount(0);

  // Every save left a revision.
  await page.reload();
  await expect(page.getByRole("region", { name: "Revisions" }).getByRole("listitem")).toHaveCount(4);
  await reader.close();
});

test("a story scheduled a minute ahead goes live on its own", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page);
  const headline = `Ferry timetable restored ${Date.now()}`;
  await writeStory(page, headline);
  const slug = await page.getByLabel("Address (slug)").inputValue();
  const when = await page.evaluate(() => {
    // One minute from now, as wall-clock time in the site's zone.
    const soon = new Date(Date.now() + 70_000);
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(soon).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  });
  await page.getByLabel("Publish at (site time)").fill(when);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/);
  await expect(page.getByTestId("status")).toHaveText("scheduled");
  await page.close();

  const reader = await browser.newContext();
  expect((await reader.request.get(`/news/${slug}`)).status()).toBe(404);
  await expect.poll(async () => (await reader.request.get(`/news/${slug}`)).status(), { timeout: 150_000, intervals: [5_000] }).toBe(200);
  const front = await (await reader.request.get("/")).text();
  expect(front).toContain(headline);
  const row = await db().article.findUniqueOrThrow({ where: { slug } });
  expect(row.status).toBe("PUBLISHED");
  await reader.close();
});

test("a burst of parallel guesses cannot get past the limit", async ({ playwright, baseURL }) => {
  const email = `burst-${Date.now()}@example.com`;
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": "192.0.2.77" } });
  const statuses = await Promise.all(Array.from({ length: 25 }, (_, i) => api.post("/api/auth/sign-in/email", { data: { email, password: `guess-number-${i}` } }).then((r) => r.status())));
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
  await db().loginThrottle.deleteMany({ where: { key: { contains: email } } });
  await db().loginThrottle.deleteMany({ where: { key: "address:192.0.2.77" } });
  await api.dispose();
});

test("twenty wrong passwords lock sign-in with 429 and Retry-After", async ({ playwright, baseURL }) => {
  const email = `nobody-${Date.now()}@example.com`;
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 1}` } });
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) {
    const response = await api.post("/api/auth/sign-in/email", { data: { email, password: `wrong-password-${i}` } });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      break;
    }
  }
  expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  // A wrong email and a wrong password get the same answer.
  const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, "x-forwarded-for": "198.51.100.250" } });
  const unknown = await other.post("/api/auth/sign-in/email", { data: { email: `ghost-${Date.now()}@example.com`, password: "whatever-123" } });
  const wrong = await other.post("/api/auth/sign-in/email", { data: { email: ADMIN.email, password: "not-the-password" } });
  expect(unknown.status()).toBe(wrong.status());
  expect((await unknown.json()).message).toBe((await wrong.json()).message);
  await db().loginThrottle.deleteMany({ where: { key: { contains: "198.51.100." } } });
  await Promise.all([api.dispose(), other.dispose()]);
});

test("a saved draft can be previewed as readers will see it, by signed-in editors only", async ({ page, browser }) => {
  await signIn(page);
  const headline = `Tide gauge data reveals faster rise ${Date.now()}`;
  await writeStory(page, headline);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/);
  const id = page.url().split("/").pop()!;
  const [preview] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Preview (saved version)" }).click()]);
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(preview.getByRole("note")).toContainText("Preview");
  await expect(preview.locator(".article-body li").first()).toHaveText("New glass from the harbour workshop");
  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(`/preview/${id}`, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toContain("/admin/login");
  expect(await (await anonymous.request.get(`/preview/${id}`)).text()).not.toContain(headline);
  expect((await anonymous.request.get(`/news/${await page.getByLabel("Address (slug)").inputValue()}`)).status()).toBe(404);
  await anonymous.close();
});
