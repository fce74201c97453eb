import { expect, test, type Locator, type Page } from "@playwright/test";
import { articlesA } from "../prisma/seed-data/articles-a";
import { articlesB } from "../prisma/seed-data/articles-b";
import { authors } from "../prisma/seed-data/authors";
import { sections } from "../prisma/seed-data/taxonomy";
import { tagsForArticleChange } from "@/server/cache-tags";
import { createArticle, db, deleteArticles, paragraphs, uniqueSlug } from "./helpers/db";
import { firstLocation, jsonLd, revalidate, xmlValues } from "./helpers/site";

const demo = [...articlesA, ...articlesB];

/** The redirect target's path (Next 16.4 may repeat the Location header; Playwright joins repeats with ", "). */
const water = demo.find((a) => a.slug === "ferrier-street-water-main-burst")!;
const waterUrl = `/news/${water.slug}`;

/** The paths of the pages the client router fetches from now on (ahead of a click, or for one). */
function watchRouterFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) fetched.push(url.pathname);
  });
  return fetched;
}

/** Points at `link` until its page is fetched ahead: the page may still be hydrating when the pointer first arrives. */
async function pointUntilFetched(page: Page, link: Locator, fetched: string[]): Promise<void> {
  const href = new URL((await link.getAttribute("href"))!, "http://x").pathname;
  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    expect(fetched).toContain(href);
  }).toPass({ timeout: 10_000 });
}

/** Marks the document, so that a later check can tell a navigation without a reload from a reload. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}

async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => "notReloaded" in window);
}

test.describe("article page", () => {
  test("shows headline, standfirst, byline, dates, hero image, body, tags and rails", async ({ page }) => {
    const response = await page.goto(waterUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(water.headline);
    await expect(page.getByText(water.standfirst)).toBeVisible();
    const author = authors.find((a) => a.slug === water.authors[0])!;
    await expect(page.locator("header").getByRole("link", { name: author.name })).toHaveAttribute("href", `/author/${author.slug}`);
    await expect(page.locator("article header time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    const hero = page.locator("figure").first();
    await expect(hero.locator("img")).toHaveAttribute("alt", water.heroAlt!);
    await expect(hero.locator("figcaption")).toContainText(water.heroCaption!);
    await expect(hero.locator("figcaption")).toContainText("Illustration: The Ledger");
    await expect(page.locator(".article-body p").first()).toContainText("A burst water main flooded a stretch of Ferrier Street");
    await expect(page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Flooding" })).toHaveAttribute("href", "/tag/flooding");
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related stories" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Most popular" })).toBeVisible();
    // Breadcrumb to the section.
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "News" })).toHaveAttribute("href", "/news");
  });

  test("asks the server for no other page until the reader points at a link, then opens it without a reload", async ({ page }) => {
    const fetched = watchRouterFetches(page);
    await page.goto(waterUrl);
    await page.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);

    const link = page.getByRole("region", { name: "Related stories" }).getByRole("link").first();
    const href = (await link.getAttribute("href"))!;
    await pointUntilFetched(page, link, fetched);
    expect(new Set(fetched)).toEqual(new Set([href]));

    await markDocument(page);
    await link.click();
    await expect(page).toHaveURL(href);
    await expect(page.locator("h1")).not.toHaveText(water.headline);
    expect(await isSameDocument(page)).toBe(true);
  });

  test("leaves a click with a modifier key to the browser: the story opens in a new tab and this page stays", async ({ page, context }) => {
    const fetched = watchRouterFetches(page);
    await page.goto(waterUrl);
    const link = page.getByRole("region", { name: "Latest" }).getByRole("link").first();
    const href = (await link.getAttribute("href"))!;
    // The page's navigator is listening once a pointer over the link fetches its page.
    await pointUntilFetched(page, link, fetched);
    const opened = context.waitForEvent("page");
    await link.click({ modifiers: ["ControlOrMeta"] });
    const tab = await opened;
    await expect(tab).toHaveURL(href);
    await expect(page).toHaveURL(waterUrl);
    await expect(page.locator("h1")).toHaveText(water.headline);
    await tab.close();
  });

  test("a link to the page the reader is on takes them to its top without a reload", async ({ page }) => {
    const fetched = watchRouterFetches(page);
    await page.goto("/news");
    // The navigator is listening once a pointer over another section's link fetches that page.
    await pointUntilFetched(page, page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: "World" }), fetched);
    await markDocument(page);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole("contentinfo").getByRole("link", { name: "News", exact: true }).first().click();
    await expect(page).toHaveURL(/\/news$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(await isSameDocument(page)).toBe(true);
  });

  test("carries canonical, OpenGraph and NewsArticle structured data with the right values", async ({ page, baseURL }) => {
    await page.goto(waterUrl);
    const canonical = `${baseURL}${waterUrl}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="article:section"]')).toHaveAttribute("content", "News");
    await expect(page.locator('meta[property="article:tag"]').first()).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", /^\d{4}-/);
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /\/media\/crops\/16x9\/demo-ferrier-street-water-main-burst\.jpg$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const data = await jsonLd(page);
    const article = data.find((d) => d["@type"] === "NewsArticle")!;
    expect(article).toBeTruthy();
    expect(article.headline).toBe(water.headline);
    expect(article.description).toBe(water.standfirst);
    expect(article.articleSection).toBe("News");
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": canonical });
    expect(new Date(article.datePublished as string).getTime()).toBeGreaterThan(Date.now() - 3 * 86_400_000);
    expect(Date.parse(article.dateModified as string)).toBeGreaterThanOrEqual(Date.parse(article.datePublished as string));
    expect(article.image).toEqual(["16x9", "4x3", "1x1"].map((ratio) => `${baseURL}/media/crops/${ratio}/demo-ferrier-street-water-main-burst.jpg`));
    expect(article.author).toEqual([expect.objectContaining({ "@type": "Person", name: "Maren Okafor", url: `${baseURL}/author/maren-okafor` })]);
    expect(article.publisher).toEqual(expect.objectContaining({ name: "The Ledger", logo: expect.objectContaining({ url: `${baseURL}/logo-square.png` }) }));
    expect(article.keywords).toContain("Flooding");
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList") as { itemListElement: { name: string; item: string }[] };
    expect(crumbs.itemListElement.map((c) => c.name)).toEqual(["Home", "News", water.headline]);
    expect(crumbs.itemListElement[1]!.item).toBe(`${baseURL}/news`);
  });

  test("text that looks like HTML cannot break out of the JSON-LD script", async ({ page }) => {
    const evil = await createArticle({ headline: `Headline </script><script>window.__pwned=1</script>`, status: "PUBLISHED" });
    try {
      await page.goto(evil.url);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      const data = await jsonLd(page);
      expect(data.find((d) => d["@type"] === "NewsArticle")!.headline).toBe(evil.headline);
      await expect(page.locator("h1")).toHaveText(evil.headline);
    } finally {
      await deleteArticles([evil.id]);
    }
  });
});

test.describe("listings", () => {
  test("a section page lists its stories newest first, paginates and 404s past the last page", async ({ page, baseURL }) => {
    await page.goto("/news");
    await expect(page.locator("h1")).toHaveText("News");
    await expect(page.getByRole("heading", { level: 2, name: water.headline })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/news`);
    await expect(page.locator('link[rel="next"]')).toHaveAttribute("href", "/news/page/2");
    const pager = page.getByRole("navigation", { name: "Pagination" });
    await pager.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/\/news\/page\/2$/);
    // Next keeps the previous page hidden for back navigation: ask for what is visible.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News");
    await page.reload();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/news/page/2`);
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute("href", "/news");
    await expect(pager.locator('[aria-current="page"]')).toHaveText("2");
    const times = await page.locator("main article time").evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute("datetime")!)));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const last = await page.locator("p", { hasText: /page 2 of \d+/ }).textContent();
    const pageCount = Number(/of (\d+)/.exec(last!)![1]);
    expect((await page.request.get(`/news/page/${pageCount + 1}`)).status()).toBe(404);
    expect((await page.request.get("/news/page/0")).status()).toBe(404);
    const first = await page.request.get("/news/page/1", { maxRedirects: 0 });
    expect([301, 308]).toContain(first.status());
    expect(first.headers().location).toMatch(/\/news$/);
  });

  test("tag and author pages show their stories; the author page has photo and bio", async ({ page }) => {
    await page.goto("/tag/flooding");
    await expect(page.locator("h1")).toHaveText("Flooding");
    await expect(page.getByRole("link", { name: water.headline })).toBeVisible();
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(breadcrumb.getByRole("link", { name: "Home" })).toBeVisible();
    await expect(breadcrumb.getByText("Flooding")).toHaveAttribute("aria-current", "page");

    const author = authors.find((a) => a.slug === "maren-okafor")!;
    await page.goto(`/author/${author.slug}`);
    await expect(page.locator("h1")).toHaveText(author.name);
    await expect(page.getByText(author.bio)).toBeVisible();
    await expect(page.getByRole("img", { name: `Portrait of ${author.name}` })).toBeVisible();
    await expect(page.getByRole("link", { name: water.headline })).toBeVisible();
    const data = await jsonLd(page);
    expect(data.map((d) => d["@type"])).toEqual(expect.arrayContaining(["ProfilePage", "CollectionPage", "BreadcrumbList"]));
  });

  test("unknown sections, tags and authors are 404", async ({ request }) => {
    for (const path of ["/no-such-section", "/tag/no-such-tag", "/author/nobody-here", "/news/no-such-story", "/a/b/c"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("front page", () => {
  test("has the masthead date, breaking strip, latest with excerpts and most popular", async ({ page, baseURL }) => {
    await page.goto("/");
    const today = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(new Date());
    await expect(page.locator("header time").first()).toHaveText(today);
    const breaking = page.getByRole("region", { name: "Breaking news" });
    await expect(breaking.getByRole("link", { name: water.headline })).toBeVisible();
    const latest = page.getByRole("region", { name: "Latest" });
    await expect(latest.getByRole("listitem")).toHaveCount(10);
    await expect(latest.locator("p.excerpt").first()).not.toBeEmpty();
    await expect(page.getByRole("region", { name: "Most popular" }).getByRole("listitem")).toHaveCount(5);
    const data = await jsonLd(page);
    const site = data.find((d) => d["@type"] === "WebSite")!;
    expect(site).toEqual(expect.objectContaining({ name: "The Ledger", url: `${baseURL}/` }));
    // Section navigation lists every section in order.
    const nav = page.getByRole("navigation", { name: "Sections", exact: true });
    await expect(nav.getByRole("link")).toHaveText(["Home", ...sections.map((s) => s.name)]);
  });

  test("a story published through the data layer appears after the revalidation call", async ({ page, request }) => {
    await page.goto("/");
    const headline = `Harbour lights relit after forty years ${Date.now()}`;
    const article = await createArticle({ headline, status: "DRAFT", section: "news", body: paragraphs("The lamps along the quay were lit again tonight.") });
    try {
      await page.reload();
      await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
      const published = await db().article.update({
        where: { id: article.id },
        data: { status: "PUBLISHED", publishedAt: new Date(), firstPublishedAt: new Date(), featured: true },
        include: { section: true, tags: { include: { tag: true } }, authors: { include: { author: true } } },
      });
      await revalidate(request, tagsForArticleChange(null, {
        id: published.id, slug: published.slug, status: published.status, section: published.section?.slug ?? null,
        tags: published.tags.map((t) => t.tag.slug), authors: published.authors.map((a) => a.author.slug),
      }));
      await page.reload();
      await expect(page.getByRole("region", { name: "Top story" }).getByRole("link", { name: headline })).toBeVisible();
      await page.goto("/news");
      await expect(page.getByRole("link", { name: headline })).toBeVisible();
    } finally {
      await deleteArticles([article.id]);
      await revalidate(request, ["home", "section:news", "rails", "feeds", "sitemaps"]);
    }
  });
});

test.describe("unpublished stories and old slugs", () => {
  test("drafts, stories in review and scheduled stories are 404 to readers", async ({ request }) => {
    const draft = await createArticle({ headline: "A draft nobody should see", status: "DRAFT" });
    const review = await createArticle({ headline: "A story waiting for review", status: "IN_REVIEW" });
    const scheduled = await createArticle({ headline: "A story for tomorrow", status: "SCHEDULED", scheduledAt: new Date(Date.now() + 86_400_000) });
    try {
      for (const a of [draft, review, scheduled]) expect((await request.get(a.url)).status(), a.headline).toBe(404);
    } finally {
      await deleteArticles([draft.id, review.id, scheduled.id]);
    }
  });

  test("an old slug permanently redirects to the article's current URL", async ({ request }) => {
    const article = await createArticle({ headline: "A story that was renamed", status: "PUBLISHED" });
    const oldSlug = uniqueSlug("old-name");
    await db().slugRedirect.create({ data: { fromSlug: oldSlug, articleId: article.id } });
    try {
      const response = await request.get(`/${article.section}/${oldSlug}`, { maxRedirects: 0 });
      expect([301, 308]).toContain(response.status());
      expect(firstLocation(response)).toBe(article.url);
      // The right slug under the wrong section goes to the right section too.
      const moved = await request.get(`/politics/${article.slug}`, { maxRedirects: 0 });
      expect([301, 308]).toContain(moved.status());
      expect(firstLocation(moved)).toBe(article.url);
    } finally {
      await deleteArticles([article.id]);
    }
  });
});

test.describe("search", () => {
  test("finds a story by a word in its body, with a highlighted snippet", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search stories" }).fill("bakery cast-iron");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=bakery/);
    const results = page.getByRole("region", { name: /match/ });
    await expect(results.getByRole("link", { name: water.headline })).toBeVisible();
    await expect(results.locator("mark").first()).toBeVisible();
  });

  test("filters by section and shows an empty state", async ({ page }) => {
    await page.goto("/search?q=bakery+cast-iron&section=sport");
    await expect(page.getByText(/No stories match/)).toBeVisible();
    await page.goto("/search?q=zzyzx-qwerty");
    await expect(page.getByText("No stories match")).toBeVisible();
  });

  test("marks a phrase as one highlight, and lists newest first within a period when asked", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('"bakery owner"')}`);
    const results = page.getByRole("region", { name: /match/ });
    await expect(results.locator("mark", { hasText: /^bakery owner$/i }).first()).toBeVisible();

    await page.goto("/search?q=council");
    await page.getByLabel("Order").selectOption("newest");
    await page.getByLabel("Published").selectOption("year");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/order=newest/);
    await expect(page).toHaveURL(/within=year/);
    await expect(page.getByText(/in the past year · newest first/)).toBeVisible();
    const dates = await page.getByRole("region", { name: /match/ }).locator("li time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The next page keeps the reader's choices.
    const next = page.getByRole("link", { name: "Next →" });
    if (await next.count()) await expect(next).toHaveAttribute("href", /order=newest.*within=year|within=year.*order=newest/);
  });

  test("answers hostile input with a normal page", async ({ request }) => {
    const inputs = [
      `"unterminated quote`, `harbour & | ! ( ) :* <-> '`, "'; DROP TABLE \"Article\"; --", "🚢🌊 harbour 🦀",
      "x".repeat(1000), "<script>alert(1)</script>", "\u0000\u0001 null bytes", "-", "!!!", "a or or or",
    ].map(encodeURIComponent);
    // Percent-encodings that are not valid UTF-8 at all.
    inputs.push("%FF%FE%FD", "%ED%A0%80", "%", "%%41");
    for (const q of inputs) {
      const response = await request.get(`/search?q=${q}`);
      expect(response.status(), q.slice(0, 40)).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("<script>alert(1)</script>");
    }
    expect((await request.get("/search?q=harbour&page=99999")).status()).toBe(200);
    expect((await request.get("/search?q[]=a&section[]=b")).status()).toBe(200);
  });
});

test.describe("feeds and sitemaps", () => {
  test("RSS lists the latest 50 stories with full content", async ({ page, request, baseURL }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    await page.goto("/robots.txt");
    const links = await xmlValues(page, xml, "link");
    expect(links[0]).toBe(`${baseURL}/`);
    expect(links).toContain(`${baseURL}${waterUrl}`);
    expect(await xmlValues(page, xml, "item")).toHaveLength(50);
    const content = await xmlValues(page, xml, "content:encoded");
    expect(content.join("")).toContain("A burst water main flooded a stretch of Ferrier Street");
    const section = await request.get("/news/feed.xml");
    const sectionLinks = await xmlValues(page, await section.text(), "link");
    expect(sectionLinks.slice(1).every((l) => l.startsWith(`${baseURL}/news/`))).toBe(true);
    // Feeds are advertised in the head of pages.
    await page.goto("/news");
    const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(feeds).toHaveCount(2);
    expect(await feeds.evaluateAll((els) => els.map((el) => new URL(el.getAttribute("href")!, location.href).pathname))).toEqual(["/feed.xml", "/news/feed.xml"]);
  });

  test("the sitemap index points at chunks that list articles, sections, tags and authors", async ({ page, request, baseURL }) => {
    await page.goto("/robots.txt");
    const index = await (await request.get("/sitemap.xml")).text();
    const maps = await xmlValues(page, index, "loc");
    expect(maps).toEqual(expect.arrayContaining([`${baseURL}/sitemaps/articles-1.xml`, `${baseURL}/sitemaps/sections.xml`, `${baseURL}/sitemaps/tags.xml`, `${baseURL}/sitemaps/authors.xml`]));
    expect((await xmlValues(page, index, "lastmod")).every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
    const chunk = await (await request.get("/sitemaps/articles-1.xml")).text();
    const urls = await xmlValues(page, chunk, "loc");
    expect(urls).toContain(`${baseURL}${waterUrl}`);
    expect(urls.length).toBeLessThanOrEqual(50_000);
    expect(await xmlValues(page, await (await request.get("/sitemaps/sections.xml")).text(), "loc")).toContain(`${baseURL}/news`);
    expect(await xmlValues(page, await (await request.get("/sitemaps/tags.xml")).text(), "loc")).toContain(`${baseURL}/tag/flooding`);
    expect(await xmlValues(page, await (await request.get("/sitemaps/authors.xml")).text(), "loc")).toContain(`${baseURL}/author/maren-okafor`);
    expect((await request.get("/sitemaps/articles-999.xml")).status()).toBe(404);
  });

  test("the news sitemap lists only stories from the last 48 hours", async ({ page, request, baseURL }) => {
    await page.goto("/robots.txt");
    const xml = await (await request.get("/news-sitemap.xml")).text();
    const urls = await xmlValues(page, xml, "loc");
    const recent = demo.filter((a) => a.hoursAgo < 47).map((a) => `${baseURL}/${a.section}/${a.slug}`);
    const old = demo.filter((a) => a.hoursAgo > 49).map((a) => `${baseURL}/${a.section}/${a.slug}`);
    expect(urls).toEqual(expect.arrayContaining(recent));
    for (const url of old) expect(urls).not.toContain(url);
    const titles = await xmlValues(page, xml, "news:title");
    expect(titles).toContain(water.headline);
    for (const date of await xmlValues(page, xml, "news:publication_date")) {
      expect(Date.now() - Date.parse(date)).toBeLessThan(48 * 3_600_000 + 60_000);
    }
  });

  test("robots.txt allows the site, keeps crawlers out of the admin and names both sitemaps", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/User-Agent: \*/i);
    expect(text).toContain("Disallow: /admin");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});

test("no page loads anything from outside the site", async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) outside.push(req.url());
  });
  for (const path of ["/", "/news", waterUrl, "/tag/flooding", "/author/maren-okafor", "/search?q=harbour", "/nope"]) {
    await page.goto(`${baseURL}${path}`);
    await page.waitForLoadState("networkidle");
  }
  expect(outside).toEqual([]);
});

test("reader pages work with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(waterUrl);
  await expect(page.locator("h1")).toHaveText(water.headline);
  await expect(page.locator(".article-body p").first()).toBeVisible();
  await page.goto("/search?q=bakery");
  await expect(page.getByRole("link", { name: water.headline })).toBeVisible();
  await page.goto("/news/page/2");
  await expect(page.getByRole("navigation", { name: "Pagination" })).toBeVisible();
  await context.close();
});
