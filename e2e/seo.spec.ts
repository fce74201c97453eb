// What search engines, social sites and feed readers find on the reader site, and a few things readers
// notice around it: the favicon, the current section in the navigation, sharing by e-mail, printing.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { articlesA } from "../prisma/seed-data/articles-a";
import { sections } from "../prisma/seed-data/taxonomy";
import { serveArgs, serveEnv } from "../scripts/lib/serve-command";
import { projectRoot } from "../scripts/lib/database";
import type { RichDocument } from "@/lib/rich-text/document";
import { freePort } from "../tests/helpers/free-port";
import { createArticle, db, deleteArticles } from "./helpers/db";
import { firstLocation, jsonLd, revalidate, xmlValues } from "./helpers/site";

const water = articlesA.find((a) => a.slug === "ferrier-street-water-main-burst")!;
const waterUrl = `/news/${water.slug}`;
const waterImage = "/media/demo-ferrier-street-water-main-burst.jpg";

async function meta(page: Page, key: string): Promise<string | null> {
  const tag = page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
  return (await tag.count()) ? tag.getAttribute("content") : null;
}

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Width and height from a JPEG's first start-of-frame marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number } | null {
  for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: jpeg.readUInt16BE(at + 7), height: jpeg.readUInt16BE(at + 5) };
  }
  return null;
}

async function feedLinks(page: Page): Promise<{ href: string; title: string }[]> {
  return page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) =>
    links.map((l) => ({ href: l.getAttribute("href") ?? "", title: l.getAttribute("title") ?? "" })),
  );
}

test.describe("metadata of reader pages", () => {
  const indexable = ["/", "/news", "/news/page/2", waterUrl, "/tag/flooding", "/author/maren-okafor"];

  test("every indexable page allows large image previews and names the site, its locale and the site's feed", async ({ page, baseURL }) => {
    for (const url of indexable) {
      await page.goto(url);
      expect(await meta(page, "robots"), url).toBe("index, follow, max-image-preview:large");
      expect(await meta(page, "og:site_name"), url).toBe("The Ledger");
      expect(await meta(page, "og:locale"), url).toBe("en_GB");
      expect(await meta(page, "og:url"), url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
      expect((await feedLinks(page)).map((l) => l.href), url).toContain(`${baseURL}/feed.xml`);
      // Every shared image is described, for social sites' readers of screen readers too.
      expect(await meta(page, "og:image"), url).toMatch(/^http/);
      expect(await meta(page, "og:image:alt"), url).toBeTruthy();
      expect(await meta(page, "twitter:image:alt"), url).toBeTruthy();
      expect(await meta(page, "og:image:width"), url).toMatch(/^\d+$/);
    }
  });

  test("a story shares its own picture and offers its section's feed; a section page shares the site's picture", async ({ page, baseURL }) => {
    await page.goto(waterUrl);
    // The hero's 16:9 crop, 1200 px wide, for networks; all three crops for search engines.
    const crop = (ratio: string) => `${baseURL}/media/crops/${ratio}/demo-ferrier-street-water-main-burst.jpg`;
    expect(await meta(page, "og:image")).toBe(crop("16x9"));
    expect([await meta(page, "og:image:width"), await meta(page, "og:image:height")]).toEqual(["1200", "675"]);
    const article = (await jsonLd(page)).find((item) => item["@type"] === "NewsArticle")!;
    expect(article.image).toEqual([crop("16x9"), crop("4x3"), crop("1x1")]);
    for (const [ratio, height] of [["16x9", 675], ["4x3", 900], ["1x1", 1200]] as const) {
      const image = await page.request.get(crop(ratio));
      expect(image.headers()["content-type"], ratio).toBe("image/jpeg");
      expect(image.headers()["cache-control"], ratio).toContain("immutable");
      expect(jpegSize(await image.body()), ratio).toEqual({ width: 1200, height });
    }
    expect((await page.request.get("/media/crops/16x9/no-such-image.jpg")).status()).toBe(404);
    expect((await page.request.get("/media/crops/2x1/demo-ferrier-street-water-main-burst.jpg")).status()).toBe(404);
    const alt = await meta(page, "og:image:alt");
    expect(alt).toBe(await page.locator("article figure img").first().getAttribute("alt"));
    expect(await meta(page, "twitter:image:alt")).toBe(alt);
    expect(await feedLinks(page)).toEqual([
      { href: `${baseURL}/feed.xml`, title: "The Ledger — latest stories" },
      { href: `${baseURL}/news/feed.xml`, title: "The Ledger — News" },
    ]);

    await page.goto("/news");
    expect(await meta(page, "og:image")).toBe(`${baseURL}/share.png`);
    expect(await meta(page, "og:image:width")).toBe("1200");
    expect(await meta(page, "og:image:height")).toBe("630");
    expect(await meta(page, "og:image:alt")).toBe("The Ledger: news from Calder Bay and the world");
    const share = await page.request.get("/share.png");
    expect(share.headers()["content-type"]).toBe("image/png");
  });

  test("a story without a picture shares a card drawn from its headline, renewed when the headline changes", async ({ page, baseURL }) => {
    const story = await createArticle({ headline: "Night ferry timetable changes from Monday", status: "PUBLISHED", section: "news" });
    try {
      await page.goto(`/news/${story.slug}`);
      const card = await meta(page, "og:image");
      expect(card).toMatch(new RegExp(`^${baseURL}/media/cards/${story.id}\\.[a-z0-9]+\\.png$`));
      expect([await meta(page, "og:image:width"), await meta(page, "og:image:height"), await meta(page, "og:image:alt")]).toEqual(["1200", "630", "Night ferry timetable changes from Monday"]);
      expect(await meta(page, "twitter:card")).toBe("summary_large_image");
      expect((await jsonLd(page)).find((item) => item["@type"] === "NewsArticle")!.image).toEqual([card]);
      const image = await page.request.get(card!);
      expect(image.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

      // Once the headline changes, the old card's address leads to the new one.
      await db().article.update({ where: { id: story.id }, data: { headline: "Night ferry timetable changes from Tuesday" } });
      const moved = await page.request.get(card!, { maxRedirects: 0 });
      expect(moved.status()).toBe(301);
      expect(moved.headers()["location"]).toMatch(new RegExp(`^/media/cards/${story.id}\\.[a-z0-9]+\\.png$`));
      expect(moved.headers()["location"]).not.toBe(new URL(card!).pathname);
    } finally {
      await deleteArticles([story.id]);
    }
  });

  test("pages kept out of the index say so and nothing more", async ({ page }) => {
    await page.goto("/search?q=harbour");
    expect(await meta(page, "robots")).toBe("noindex, follow");
    // The reader's search page still offers the feed.
    expect((await feedLinks(page)).length).toBeGreaterThan(0);
    await page.goto("/admin/login");
    expect(await meta(page, "robots")).toBe("noindex, nofollow");
    const missing = await page.goto("/news/no-such-story");
    expect(missing?.status()).toBe(404);
    const robots = await page.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((t) => t.getAttribute("content")));
    expect(robots).toContain("noindex");
    expect(robots.join(" ")).not.toMatch(/max-image-preview|(^|[ ,])index/);
  });

  test("a story without a byline is credited to the publication in its structured data", async ({ page, request, baseURL }) => {
    const story = await createArticle({ headline: `Council notice on winter gritting routes ${Date.now()}`, status: "PUBLISHED", section: "news" });
    try {
      await db().articleAuthor.deleteMany({ where: { articleId: story.id } });
      await revalidate(request, [`article:${story.id}`, `slug:${story.slug}`]);
      await page.goto(story.url);
      const article = (await jsonLd(page)).find((d) => d["@type"] === "NewsArticle")!;
      expect(article.author).toEqual({ "@type": "NewsMediaOrganization", name: "The Ledger", url: `${baseURL}/` });
    } finally {
      await deleteArticles([story.id]);
      await revalidate(request, ["home", "section:news", "feeds", "sitemaps", "rails"]);
    }
  });
});

test.describe("crawler files", () => {
  test("robots.txt follows the standard and names both sitemaps", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).not.toMatch(/^host:/im);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
    expect(text).toMatch(/^Disallow: \/admin$/m);
  });

  test("the front page is in the sitemap, ahead of the sections", async ({ page, baseURL }) => {
    const index = await xmlValues(page, await (await page.request.get("/sitemap.xml")).text(), "loc");
    const sectionsMap = index.find((loc) => loc.endsWith("/sitemaps/sections.xml"))!;
    const locs = await xmlValues(page, await (await page.request.get(sectionsMap)).text(), "loc");
    expect(locs[0]).toBe(`${baseURL}/`);
    expect(locs).toContain(`${baseURL}/news`);
  });
});

test.describe("feeds", () => {
  test("topics and authors have feeds, discoverable from their pages", async ({ page, baseURL }) => {
    for (const [url, title] of [["/tag/flooding", "The Ledger — Flooding"], ["/author/maren-okafor", "The Ledger — stories by Maren Okafor"]] as const) {
      await page.goto(url);
      expect(await feedLinks(page)).toContainEqual({ href: `${baseURL}${url}/feed.xml`, title });
      await expect(page.getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", `${url}/feed.xml`);
      const response = await page.request.get(`${url}/feed.xml`);
      expect(response.headers()["content-type"]).toContain("application/rss+xml");
      const xml = await response.text();
      const links = await xmlValues(page, xml, "link");
      expect(links[0]).toBe(`${baseURL}${url}`);
      expect(links.length).toBeGreaterThan(1);
      expect((await xmlValues(page, xml, "title"))[0]).toMatch(/^The Ledger: /);
    }
    // The addresses feed readers (and a WordPress site) use lead to the feeds for good.
    for (const [from, to] of [["/feed/", "/feed.xml"], ["/rss", "/feed.xml"], ["/tag/flooding/feed/", "/tag/flooding/feed.xml"], ["/author/maren-okafor/feed", "/author/maren-okafor/feed.xml"], ["/news/feed", "/news/feed.xml"]] as const) {
      const moved = await page.request.get(from, { maxRedirects: 0 });
      expect([moved.status(), new URL(firstLocation(moved), baseURL).pathname], from).toEqual([308, to]);
    }
    expect((await page.request.get("/tag/no-such-topic/feed.xml")).status()).toBe(404);
    expect((await page.request.get("/author/nobody-here/feed.xml")).status()).toBe(404);
  });

  test("a renamed author's old page and feed lead to the new ones for good", async ({ page, request }) => {
    const s = Date.now();
    const author = await db().author.create({ data: { slug: `ines-varga-${s}`, name: "Ines Varga" } });
    try {
      const story = await createArticle({ headline: `Harbour dues rise in spring ${s}`, status: "PUBLISHED" });
      try {
        await db().$transaction([
          db().articleAuthor.deleteMany({ where: { articleId: story.id } }),
          db().articleAuthor.create({ data: { articleId: story.id, authorId: author.id, position: 0 } }),
        ]);
        expect((await request.get(`/author/ines-varga-${s}`)).status()).toBe(200);
        // Renamed as the newsroom's author form does it (server/services/taxonomy.ts).
        await db().$transaction([
          db().author.update({ where: { id: author.id }, data: { slug: `ines-varga-holt-${s}`, name: "Ines Varga-Holt" } }),
          db().listingRedirect.create({ data: { kind: "author", fromSlug: `ines-varga-${s}`, toSlug: `ines-varga-holt-${s}` } }),
        ]);
        await revalidate(page.request, [`author:ines-varga-${s}`, `author:ines-varga-holt-${s}`, "redirects"]);
        for (const [from, to] of [[`/author/ines-varga-${s}`, `/author/ines-varga-holt-${s}`], [`/author/ines-varga-${s}/feed.xml`, `/author/ines-varga-holt-${s}/feed.xml`]]) {
          const answer = await request.get(from!, { maxRedirects: 0 });
          expect(answer.status(), from).toBe(308);
          expect(firstLocation(answer), from).toBe(to);
        }
        await page.goto(`/author/ines-varga-${s}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ines Varga-Holt");
        await expect(page.getByRole("link", { name: story.headline })).toBeVisible();
      } finally {
        await deleteArticles([story.id]);
      }
    } finally {
      await db().listingRedirect.deleteMany({ where: { toSlug: `ines-varga-holt-${s}` } });
      await db().author.delete({ where: { id: author.id } });
    }
  });

  test("an author with nothing published yet has a page, kept out of search indexes until it lists a story", async ({ page }) => {
    const slug = `new-reporter-${Date.now()}`;
    await db().author.create({ data: { slug, name: "New Reporter", jobTitle: "Reporter" } });
    try {
      const response = await page.goto(`/author/${slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("New Reporter");
      expect(await meta(page, "robots")).toBe("noindex, follow");
    } finally {
      await db().author.delete({ where: { slug } });
    }
  });

  test("the full text in a feed links and shows images by absolute address, and enclosures give the image's size", async ({ page, request, baseURL }) => {
    const body: RichDocument = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "See the ", marks: [] }, { type: "text", text: "earlier report", marks: [{ type: "link", attrs: { href: waterUrl } }] }, { type: "text", text: " and the notes.", marks: [{ type: "link", attrs: { href: "#notes" } }] }] },
        { type: "image", attrs: { src: waterImage, alt: "The flooded street", width: 1200, height: 675 } },
      ],
    };
    const story = await createArticle({ headline: `Feed addresses check ${Date.now()}`, status: "PUBLISHED", section: "science", body });
    try {
      await revalidate(request, ["feeds"]);
      const xml = await (await request.get("/science/feed.xml")).text();
      const item = xml.split("<item>").find((chunk) => chunk.includes(story.slug))!;
      const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)![1]!;
      expect(content).toContain(`href="${baseURL}${waterUrl}"`);
      expect(content).toContain(`href="${baseURL}${story.url}#notes"`);
      expect(content).toContain(`src="${baseURL}${waterImage}"`);
      expect(content).not.toMatch(/(href|src)="\//);
    } finally {
      await deleteArticles([story.id]);
      await revalidate(request, ["home", "section:science", "feeds", "sitemaps", "rails"]);
    }

    const feed = await (await page.request.get("/feed.xml")).text();
    const enclosures = [...feed.matchAll(/<enclosure url="([^"]+)" type="([^"]+)" length="(\d+)"\/>/g)];
    expect(enclosures.length).toBeGreaterThan(0);
    for (const [, url, type, length] of enclosures.slice(0, 5)) {
      const image = await page.request.get(url!);
      expect(Number(length), url).toBe((await image.body()).length);
      expect(type, url).toBe(image.headers()["content-type"]);
    }
    expect(feed).not.toContain('length="0"');
  });
});

test.describe("around the page", () => {
  test("the site has a favicon: an SVG, with an ICO and a touch icon for browsers that want those", async ({ page }) => {
    await page.goto("/");
    const svg = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
    expect((await page.request.get(svg!)).headers()["content-type"]).toContain("image/svg+xml");
    const ico = await page.locator('link[rel="icon"][href^="/favicon.ico"]').getAttribute("href");
    const icoResponse = await page.request.get(ico!);
    expect(icoResponse.status()).toBe(200);
    expect((await icoResponse.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect((await page.request.get(apple!)).headers()["content-type"]).toBe("image/png");
  });

  test("the navigation marks the current section, also after moving between pages without a reload", async ({ page }) => {
    const nav = page.getByRole("navigation", { name: "Sections", exact: true });
    await page.goto("/news");
    const news = nav.getByRole("link", { name: "News", exact: true });
    await expect(news).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    const marked = await news.evaluate((el) => getComputedStyle(el).boxShadow);
    const plain = await nav.getByRole("link", { name: "World" }).evaluate((el) => getComputedStyle(el).boxShadow);
    expect(marked).not.toBe(plain);

    await page.goto(waterUrl);
    await expect(news).toHaveAttribute("aria-current", "true");
    await page.goto("/");
    await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    await nav.getByRole("link", { name: "World" }).click();
    await expect(page).toHaveURL(/\/world$/);
    await expect(nav.getByRole("link", { name: "World" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
  });

  test("on a narrow screen the current section is scrolled into view in the navigation", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const lastSection = sections.at(-1)!;
    await page.goto(`/${lastSection.slug}`);
    const last = page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: lastSection.name, exact: true });
    await expect(last).toHaveAttribute("aria-current", "page");
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  for (const width of [360, 1280]) {
    test(`the keyboard focus ring on section links is drawn whole at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      const links = page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link");
      for (const link of [links.first(), links.last()]) {
        await link.focus();
        // Focus by keyboard: a Tab away and back, so :focus-visible applies.
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        const fits = await link.evaluate((el) => {
          const style = getComputedStyle(el);
          const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
          const box = el.getBoundingClientRect();
          const clip = el.closest("ul")!.getBoundingClientRect();
          const ring = { left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach };
          return style.outlineStyle !== "none" && ring.top >= clip.top && ring.bottom <= clip.bottom && ring.left >= clip.left && ring.right <= clip.right;
        });
        expect(fits).toBe(true);
      }
    });
  }

  test("sharing by e-mail stays in the tab and does not claim to open a new one", async ({ page }) => {
    await page.goto(waterUrl);
    const share = page.getByRole("navigation", { name: "Share this story" });
    const email = share.getByRole("link", { name: "Email", exact: true });
    await expect(email).toHaveAttribute("href", /^mailto:/);
    expect(await email.getAttribute("target")).toBeNull();
    await expect(share.getByRole("link", { name: "Facebook (opens in a new tab)" })).toHaveAttribute("target", "_blank");
  });

  test("a printed story shows the story and its address, without the site around it", async ({ page, baseURL }) => {
    await page.goto(waterUrl);
    await page.emulateMedia({ media: "print" });
    const article = page.locator("article").first();
    await expect(article.locator("h1")).toBeVisible();
    await expect(article.getByText(water.standfirst)).toBeVisible();
    await expect(article.getByText("Maren Okafor").first()).toBeVisible();
    await expect(article.locator("header time").first()).toBeVisible();
    await expect(article.locator("figure img").first()).toBeVisible();
    await expect(article.locator(".article-body p").first()).toBeVisible();
    await expect(page.getByText(`${baseURL}${waterUrl}`, { exact: true })).toBeVisible();
    for (const name of ["Sections", "Utility", "Breadcrumb", "Share this story", "Topics"]) {
      await expect(page.getByRole("navigation", { name, exact: true })).toBeHidden();
    }
    await expect(page.getByRole("complementary", { name: "More stories" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Related stories" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    // On screen the address is not repeated.
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByText(`${baseURL}${waterUrl}`, { exact: true })).toBeHidden();
  });
});

test.describe("the public address is read when the server starts", () => {
  const publicUrl = "https://news.calder-bay.example";
  let server: ChildProcess | undefined;
  let base = "";

  test.beforeAll(async () => {
    // The build these tests run against was made with the test server's address; this second server
    // runs the same build under another one, as a build copied to production would.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: publicUrl, PORT: String(port), SCHEDULER: "off", LOG_LEVEL: "warn" };
    for (const name of ["REDIS_URL", "VARNISH_URLS"]) delete env[name];
    server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), { cwd: projectRoot, env: serveEnv(env), stdio: ["ignore", "ignore", "inherit"] });
    await expect(async () => {
      expect((await fetch(`${base}/api/health`)).ok).toBe(true);
    }).toPass({ timeout: 60_000 });
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  });

  test("robots.txt, sitemaps, feeds and pages built ahead all name the address the server runs under", async ({ baseURL }) => {
    const built = new URL(baseURL!).host;
    // Pages built by `next build` (the front page, sections, prebuilt stories, topics, authors), files
    // built there too (robots.txt, the sitemap index, the feed), and a 404 outside the reader site.
    for (const url of ["/robots.txt", "/", "/news", waterUrl, "/tag/flooding", "/author/maren-okafor", "/sitemap.xml", "/sitemaps/sections.xml", "/news-sitemap.xml", "/feed.xml", "/news/feed.xml", "/_next/static/no-such-file.js"]) {
      const text = await (await fetch(base + url)).text();
      expect(text, url).not.toContain(built);
      if (!url.startsWith("/_next/")) expect(text, url).toContain(publicUrl);
    }
  });
});

