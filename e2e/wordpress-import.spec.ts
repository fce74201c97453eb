// Moving a WordPress site in from the newsroom: the upload form as an admin (a damaged file refused, a dry
// run, the import with its images and its report) and as an editor (refused), then every old address of the
// imported stories checked against the built server: one permanent redirect, straight to the story; and the
// story in its feeds, the sitemaps and search.
import { mkdir, mkdtemp, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import * as tar from "tar";
import { signIn } from "./helpers/admin";
import { createAccount, db } from "./helpers/db";
import { firstLocation, revalidate, xmlValues } from "./helpers/site";
import { COURIER as SOURCE, forgetImport, taxonomyBefore } from "../tests/helpers/wordpress-import";

const fixtures = path.resolve(import.meta.dirname, "../tests/fixtures/wordpress");
const exportFile = path.join(fixtures, "courier.xml");
const screenshots = process.env.SCREENSHOT_DIR;

async function shoot(page: Page, name: string) {
  if (!screenshots) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function upload(page: Page, files: { export: string; uploads?: string; dryRun?: boolean }) {
  await page.goto("/admin/import");
  await page.getByLabel("WordPress export (.xml)").setInputFiles(files.export);
  if (files.uploads) await page.getByLabel(/Images: wp-content\/uploads/).setInputFiles(files.uploads);
  if (files.dryRun) await page.getByLabel(/Dry run/).check();
  await page.getByRole("button", { name: "Import" }).click();
  await page.waitForURL(/\/admin\/import\/[^/]+$/);
}

test("an editor cannot open the import, nor send it an upload", async ({ page }) => {
  const editor = await createAccount("editor");
  await signIn(page, editor);
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don't have access to this page");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import" })).toHaveCount(0);
  const refused = await page.request.post("/api/import", { multipart: { export: { name: "courier.xml", mimeType: "text/xml", buffer: Buffer.from("<rss/>") } } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "Only admins can import a site." });
});

test("an admin imports a WordPress site: a damaged file is refused, a dry run writes nothing, the import shows its report, and every old address redirects in one hop", async ({ page, request }) => {
  test.setTimeout(180_000);
  // What the import makes is removed afterwards, so that the other specs see the seeded site.
  const before = await taxonomyBefore(db());
  const work = await mkdtemp(path.join(os.tmpdir(), "ledger-e2e-import-"));
  try {
    await signIn(page, { email: "admin@example.com", password: "change-me-now-2026" });
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import from WordPress");
    await shoot(page, "import-form");

    // A damaged file: refused with where, nothing written.
    const articlesBefore = await db().article.count();
    await upload(page, { export: path.join(fixtures, "uploads/2024/03/north-lighthouse.jpg") });
    await expect(page.getByRole("status")).toHaveText("refused, nothing written", { timeout: 30_000 });
    await expect(page.getByRole("alert").filter({ hasText: "The file is not well-formed XML (line 1, column" })).toBeVisible();
    expect(await db().article.count()).toBe(articlesBefore);

    // A dry run: the report, and nothing written.
    await upload(page, { export: exportFile, dryRun: true });
    await expect(page.getByRole("status")).toHaveText("dry run finished", { timeout: 60_000 });
    await expect(page.getByText("A dry run: this is what an import would do. Nothing was written.")).toBeVisible();
    const totals = page.getByRole("definition");
    await expect(totals.first()).toHaveText("8");
    expect(await db().importedItem.count({ where: { key: { startsWith: SOURCE } } })).toBe(0);
    expect(await db().article.count()).toBe(articlesBefore);

    // The import, with a tar.gz of the site's wp-content/uploads.
    const site = path.join(work, "site");
    await mkdir(path.join(site, "wp-content"), { recursive: true });
    await cp(path.join(fixtures, "uploads"), path.join(site, "wp-content", "uploads"), { recursive: true });
    const archive = path.join(work, "uploads.tar.gz");
    await tar.c({ gzip: true, file: archive, cwd: site }, ["wp-content"]);
    await upload(page, { export: exportFile, uploads: archive });
    await expect(page.getByRole("status")).toHaveText("finished", { timeout: 90_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import of courier.xml");
    await expect(page.getByText(/by Site Admin, images from uploads\.tar\.gz/)).toBeVisible();
    await expect(totals.nth(0)).toHaveText("8");
    await expect(totals.nth(3)).toHaveText("1");
    await expect(totals.nth(4)).toHaveText("0");
    const posts = page.getByRole("list", { name: "Posts" }).getByRole("listitem").filter({ hasText: /^#\d+/ });
    const trashed = posts.filter({ hasText: "#107" });
    await expect(trashed).toContainText("skipped");
    await expect(trashed).toContainText("in the trash");
    await expect(posts.filter({ hasText: "#101" }).getByRole("link")).toHaveText("Lamp relit at the north lighthouse after eleven dark months");
    await shoot(page, "import-report");
    const download = await page.request.get((await page.getByRole("link", { name: "Download the report (JSON)" }).getAttribute("href"))!);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="import-report-/);
    expect((await download.json()).counts).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: 1, failed: 0 });

    // The audit log names the admin.
    const audit = await db().auditEvent.findFirst({ where: { action: "import.run" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorName: "Site Admin", actorKind: "user", summary: "8 created, 0 updated, 0 unchanged, 1 skipped, 0 failed" });

    await page.goto("/admin/import/addresses");
    await expect(page.getByRole("list", { name: "Old addresses" }).getByText("/2024/03/north-lighthouse-relit", { exact: true })).toBeVisible();
    await shoot(page, "import-addresses");

    // Every old address of every imported story, as WordPress linked it (with its trailing slash) and
    // without: one permanent redirect, straight to the story's page, which answers 200.
    const imported = await db().importedItem.findMany({
      where: { key: { startsWith: `${SOURCE}post-` } },
      select: { article: { select: { slug: true, status: true, section: { select: { slug: true } }, pathRedirects: { select: { path: true } }, redirects: { select: { fromSlug: true } } } } },
    });
    let checked = 0;
    for (const { article } of imported) {
      if (!article) continue;
      const live = article.status === "PUBLISHED";
      const target = article.section ? `/${article.section.slug}/${article.slug}` : null;
      const addresses = article.pathRedirects.flatMap(({ path: old }) => (old.startsWith("/?") ? [old] : [old, `${old}/`]));
      if (article.section) addresses.push(...article.redirects.map((r) => `/${article.section!.slug}/${r.fromSlug}`));
      for (const address of addresses) {
        const response = await request.get(encodeURI(address), { maxRedirects: 0 });
        if (!live) {
          expect(response.status(), address).toBe(address.endsWith("/") ? 308 : 404);
          continue;
        }
        expect(response.status(), address).toBe(308);
        expect(firstLocation(response), address).toBe(target);
        checked++;
      }
      if (live) expect((await request.get(target!, { maxRedirects: 0 })).status(), target!).toBe(200);
    }
    // Permalinks with and without the slash, /?p=, old slugs, attachment pages: more than twenty in all.
    expect(checked).toBeGreaterThan(20);

    // Readers and crawlers find an imported story where they find any other: its section's and its topic's
    // feeds, the sitemaps, and search.
    const lamp = await db().importedItem.findFirstOrThrow({
      where: { key: `${SOURCE}post-101` },
      select: { article: { select: { slug: true, headline: true, section: { select: { slug: true } }, tags: { select: { tag: { select: { slug: true } } } } } } },
    });
    const story = lamp.article!;
    const address = `/${story.section!.slug}/${story.slug}`;
    const absolute = new URL(address, page.url()).href;
    // (The section and "Lighthouses" are the import's own: a 2024 story is among their feeds' newest.)
    expect(story.tags.map(({ tag }) => tag.slug)).toContain("lighthouses");
    for (const feed of [`/${story.section!.slug}/feed.xml`, "/tag/lighthouses/feed.xml"]) {
      expect(await xmlValues(page, await (await request.get(feed)).text(), "link"), feed).toContain(absolute);
    }
    const chunks = await xmlValues(page, await (await request.get("/sitemap.xml")).text(), "loc");
    const listed = await Promise.all(chunks.filter((loc) => loc.includes("/sitemaps/articles-")).map(async (loc) => xmlValues(page, await (await request.get(new URL(loc).pathname)).text(), "loc")));
    expect(listed.flat()).toContain(absolute);
    await page.goto(`/search?q=${encodeURIComponent("north lighthouse lamp relit")}`);
    await expect(page.getByRole("main").getByRole("link", { name: story.headline })).toHaveAttribute("href", address);
  } finally {
    await forgetImport(db(), SOURCE, before);
    await revalidate(request, ["home", "sections", "feeds", "sitemaps", "redirects", "rails"]);
  }
});
