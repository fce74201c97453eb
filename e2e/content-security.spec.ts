// The Content-Security-Policy of HTML pages: scripts run only with the page's
// nonce, on pages rendered at build time, rendered for the cache and rendered
// per request alike, and the site still works in a browser that enforces it.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./helpers/admin";
import { db } from "./helpers/db";

const PAGES = ["/", "/news", "/news/ferrier-street-water-main-burst", "/tag/agriculture", "/search?q=water", "/admin/login", "/no-such-page"];

function scriptPolicy(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  return policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

/** Records the browser's CSP violation reports from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test("every script on a page carries the nonce its policy names, never one the client chose", async ({ request }) => {
  for (const path of PAGES) {
    // Twice: the second answer of a reader page comes from the cache.
    for (const attempt of [1, 2]) {
      const response = await request.get(path, { headers: { "content-security-policy": "script-src 'nonce-chosenbytheclient0'" } });
      const policy = scriptPolicy(response);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, `${path} #${attempt}: ${policy}`).toBeTruthy();
      expect(policy, path).toContain("'strict-dynamic'");
      expect(policy, path).not.toContain("unsafe-inline");
      expect(nonce).not.toBe("chosenbytheclient0");

      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"));
      expect(scripts.length, path).toBeGreaterThan(3);
      for (const tag of scripts) expect(tag, `${path} #${attempt}`).toContain(`nonce="${nonce}"`);
    }
  }
});

test("readers who share one render of a page each get the policy naming the nonce that render carries", async ({ request }) => {
  // A story no one has read since the server started: its first readers arrive together, Next renders it once for all
  // of them, with the first one's nonce; the policy has to follow the page, not the request.
  const story = await db().article.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { startsWith: "synthetic-" } }, orderBy: { publishedAt: "asc" }, select: { slug: true, section: { select: { slug: true } } } });
  const path = `/${story.section!.slug}/${story.slug}`;
  const answers = await Promise.all(Array.from({ length: 6 }, () => request.get(path)));
  for (const response of answers) {
    const nonce = /'nonce-([^']+)'/.exec(scriptPolicy(response))?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"));
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
});

test("responses other than pages forbid everything", async ({ request }) => {
  for (const path of ["/feed.xml", "/sitemap.xml", "/api/health", "/robots.txt"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(policy, path).toContain("default-src 'none'");
    expect(policy, path).toContain("frame-ancestors 'none'");
  }
});

test("readers' and editors' pages work under the policy with no violation", async ({ page }) => {
  const violations = await watchViolations(page);

  await page.goto("/");
  await page.waitForFunction(() => "next" in window);
  // Client-side navigation (no reload: the marker survives): the router fetches and runs what the next page needs.
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  await page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: "News" }).click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
  expect(await page.evaluate(() => "__samePage" in window)).toBe(true);
  expect(await violations()).toEqual([]);

  await page.goto("/news/ferrier-street-water-main-burst");
  await page.waitForFunction(() => "next" in window);
  expect(await violations()).toEqual([]);

  await signIn(page);
  await page.goto("/admin/articles/new");
  const editor = page.getByRole("textbox", { name: "Story body" });
  await editor.click();
  await page.keyboard.type("Typed under a strict policy.");
  await expect(editor).toContainText("Typed under a strict policy.");
  expect(await violations()).toEqual([]);

  // A page with a prerendered shell and a per-request part.
  const story = await db().article.findFirstOrThrow({ where: { slug: "ferrier-street-water-main-burst" } });
  await page.goto(`/admin/articles/${story.id}`);
  await expect(page.getByLabel("Headline")).toHaveValue(story.headline);
  // The editor exists only once its script has run (and nothing is typed: the story autosaves).
  await expect(page.getByRole("textbox", { name: "Story body" })).toHaveAttribute("contenteditable", "true");
  expect(await violations()).toEqual([]);
});

test("an inline script slipped into a page without the nonce does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route("**/news/ferrier-street-water-main-burst", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/news/ferrier-street-water-main-burst");
  await page.waitForFunction(() => "next" in window);
  expect(await page.evaluate(() => "__injected" in window)).toBe(false);
  expect((await violations()).some((v) => v.startsWith("script-src"))).toBe(true);
});
