// Images: upload through the editor's media library, use one in the body and
// one as hero; uploads are decoded to prove they are images and lose their
// metadata; bad files are refused with a message.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./helpers/admin";
import { db } from "./helpers/db";
import { testImage } from "./helpers/images";
import { pickSection } from "./helpers/editor";

async function uploadInDialog(page: Page, opener: string, file: { name: string; buffer: Buffer }, texts: { alt: string; caption: string; credit: string }) {
  await page.getByRole("button", { name: opener, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Media library" });
  await dialog.getByLabel(/Upload an image/).setInputFiles({ name: file.name, mimeType: "image/png", buffer: file.buffer });
  await dialog.getByLabel("Alt text").fill(texts.alt);
  await dialog.getByLabel("Caption").fill(texts.caption);
  await dialog.getByLabel("Credit").fill(texts.credit);
  await dialog.getByRole("button", { name: "Upload and use" }).click();
  await expect(dialog).toBeHidden();
}

test("an editor puts an uploaded image in the body and another as hero; readers see alt, caption and credit", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/admin/articles/new");
  const headline = `Lighthouse keeper's logbooks found ${Date.now()}`;
  await page.getByLabel("Headline").fill(headline);
  const body = page.getByRole("textbox", { name: "Story body" });
  await body.click();
  await page.keyboard.type("The logbooks were found in a sea chest.");
  await uploadInDialog(page, "Image", { name: "logbook.png", buffer: await testImage() }, { alt: "An open logbook on a desk", caption: "A page from the 1911 logbook.", credit: "Photo: Harbour Archive" });
  await expect(body.locator("img")).toHaveCount(1);
  await uploadInDialog(page, "Choose hero image", { name: "lighthouse.png", buffer: await testImage() }, { alt: "Harrow Point lighthouse at dusk", caption: "Harrow Point lighthouse.", credit: "Photo: Ines Carvalho" });
  await expect(page.getByLabel("Alt text (required to publish)")).toHaveValue("Harrow Point lighthouse at dusk");
  await pickSection(page, "Science");
  const slug = await page.getByLabel("Address (slug)").inputValue();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/);
  await expect(page.getByTestId("status")).toHaveText("published");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/science/${slug}`);
  const hero = reader.locator("article figure").first();
  await expect(hero.getByRole("img", { name: "Harrow Point lighthouse at dusk" })).toBeVisible();
  await expect(hero.locator("figcaption")).toContainText("Harrow Point lighthouse.");
  await expect(hero.locator("figcaption")).toContainText("Photo: Ines Carvalho");
  const inline = reader.locator(".article-body figure");
  await expect(inline.getByRole("img", { name: "An open logbook on a desk" })).toBeVisible();
  await expect(inline.locator("figcaption")).toContainText("A page from the 1911 logbook.");
  await expect(inline.locator("figcaption")).toContainText("Photo: Harbour Archive");
  await reader.context().close();
});

test.describe("uploads", () => {
  test("metadata is stripped and the stored size is the image's", async ({ page }) => {
    await signIn(page);
    const response = await page.request.post("/api/media", { multipart: { file: { name: "gps.jpg", mimeType: "image/jpeg", buffer: await testImage("jpeg", true) }, alt: "A test" } });
    expect(response.status()).toBe(201);
    const media = await response.json();
    expect([media.width, media.height]).toEqual([640, 360]);
    const served = await page.request.get(media.src);
    expect(served.headers()["content-type"]).toBe("image/jpeg");
    expect(served.headers()["cache-control"]).toContain("immutable");
    const meta = await sharp(await served.body()).metadata();
    expect(meta.exif).toBeUndefined();
  });

  test("a program renamed .jpg, a truncated image and an over-size file are refused with a message", async ({ page }) => {
    await signIn(page);
    const before = await db().media.count();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 0x90)]);
    const fake = await page.request.post("/api/media", { multipart: { file: { name: "holiday.jpg", mimeType: "image/jpeg", buffer: elf } } });
    expect(fake.status()).toBe(400);
    expect((await fake.json()).error).toMatch(/not a JPEG, PNG, WebP, AVIF or GIF image/);

    const full = await testImage("jpeg");
    const truncated = await page.request.post("/api/media", { multipart: { file: { name: "cut.jpg", mimeType: "image/jpeg", buffer: full.subarray(0, Math.floor(full.length / 2)) } } });
    expect(truncated.status()).toBe(400);
    expect((await truncated.json()).error).toMatch(/damaged or cut off/);

    const huge = await page.request.post("/api/media", { multipart: { file: { name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(11 * 1024 * 1024, 1) } } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toMatch(/larger than 10 MB/);

    const anonymous = await page.context().browser()!.newContext();
    const refused = await anonymous.request.post(`${new URL(page.url()).origin}/api/media`, { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: await testImage() } } });
    expect(refused.status()).toBe(401);
    await anonymous.close();
    expect(await db().media.count()).toBe(before);
  });

  test("an image used by an article cannot be deleted, and both the question and the refusal name the article", async ({ page }) => {
    await signIn(page);
    const used = await db().article.findFirstOrThrow({ where: { slug: "ferrier-street-water-main-burst" }, select: { headline: true, heroImage: { select: { fileName: true } } } });
    await page.goto(`/admin/media?q=${used.heroImage!.fileName}`);
    await page.getByRole("list", { name: "Images" }).getByRole("listitem").first().getByRole("link").first().click();
    const panel = page.getByRole("complementary", { name: "Edit image" });
    await expect(panel.getByRole("heading", { name: "Used in 1 story" })).toBeVisible();
    await panel.getByRole("button", { name: "Delete image" }).click();
    const question = page.getByRole("dialog", { name: "Delete this image?" });
    await expect(question).toContainText(used.headline);
    await question.getByRole("button", { name: "Delete image" }).click();
    await expect(panel.getByRole("alert")).toContainText("used by 1 article");
    await expect(panel.getByRole("alert").getByRole("link", { name: used.headline })).toBeVisible();
  });
});
