// The media library page: a searchable, paged grid with a "missing alt text" filter and "used in" for
// each image; editing in a side panel (alt text, focal point) that changes the share crops; uploading
// several images at once with progress; and images pasted or dropped into a story body, which are
// uploaded and then ask for their alt text.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./helpers/admin";
import { db } from "./helpers/db";
import { testImage } from "./helpers/images";

/** Uploads an image through the upload route, as the newsroom's pages do. */
async function upload(page: Page, name: string, fields: { alt?: string; caption?: string } = {}, buffer?: Buffer) {
  const response = await page.request.post("/api/media", { multipart: { file: { name, mimeType: "image/png", buffer: buffer ?? (await testImage()) }, ...fields } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; src: string; fileName: string };
}

/** Red on the left half, blue on the right: a square crop's colour shows where it was cut. */
function halves(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 400, channels: 3, background: { r: 220, g: 20, b: 20 } } })
    .extend({ right: 400, background: { r: 20, g: 20, b: 220 } })
    .png()
    .toBuffer();
}

const cards = (page: Page) => page.getByRole("list", { name: "Images" }).getByRole("listitem");

test("an editor searches the grid, filters images without alt text and fills it in the side panel", async ({ page }) => {
  await signIn(page);
  const run = randomUUID().slice(0, 8);
  await upload(page, `quay-${run}.png`, { alt: `Fishing boats at the quay ${run}`, caption: "Morning catch" });
  const bare = await upload(page, `net-loft-${run}.png`, { caption: `Net loft ${run}` });

  await page.goto("/admin/media");
  await page.getByRole("searchbox", { name: "Search images" }).fill(run);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${run}`));
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByText(`2 images matching “${run}”`)).toBeVisible();
  const bareCard = cards(page).filter({ hasText: `net-loft-${run}.png` });
  await expect(bareCard.getByText("No alt text")).toBeVisible();
  await expect(cards(page).filter({ hasText: `quay-${run}.png` }).getByText("No alt text")).toHaveCount(0);

  await page.getByRole("link", { name: /Missing alt text/ }).click();
  await expect(page).toHaveURL(/missing=alt/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(`net-loft-${run}.png`);

  await cards(page).first().getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`edit=${bare.id}`));
  const panel = page.getByRole("complementary", { name: "Edit image" });
  await expect(panel.getByRole("heading", { name: `net-loft-${run}.png` })).toBeFocused();
  await expect(panel.getByText("Not used in any story")).toBeVisible();
  await panel.getByLabel(/^Alt text/).fill(`Nets hung to dry in a loft ${run}`);
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The filter no longer lists it; the edit is in the library.
  await page.reload();
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByText("No image matches.")).toBeVisible();
  expect((await db().media.findUniqueOrThrow({ where: { id: bare.id } })).alt).toBe(`Nets hung to dry in a loft ${run}`);
});

test("each card says how many stories use the image and links to them; the grid is paged", async ({ page }) => {
  await signIn(page);
  const used = await db().article.findFirstOrThrow({ where: { slug: "ferrier-street-water-main-burst" }, select: { id: true, headline: true, heroImage: { select: { fileName: true } } } });
  await page.goto(`/admin/media?q=${used.heroImage!.fileName}`);
  await expect(cards(page)).toHaveCount(1);
  await cards(page).getByRole("link", { name: "Used in 1 story" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${used.id}$`));

  await page.goto("/admin/media");
  const total = await db().media.count();
  if (total > 24) {
    await expect(page.getByText(`Page 1 of ${Math.ceil(total / 24)}`)).toBeVisible();
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(`Page 2 of ${Math.ceil(total / 24)}`)).toBeVisible();
  }
  await expect(cards(page)).not.toHaveCount(0);
});

test("the side panel works without JavaScript: open, edit the alt text, close", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Sign-in needs scripts; the session cookie then serves the no-script page.
  const scripted = await browser.newContext();
  const signInPage = await scripted.newPage();
  await signIn(signInPage);
  await context.addCookies(await scripted.cookies());
  await scripted.close();
  const run = randomUUID().slice(0, 8);
  const image = await upload(page, `pier-${run}.png`, { caption: `Pier ${run}` });
  await page.goto(`/admin/media?q=${run}`);
  await cards(page).first().getByRole("link").first().click();
  const panel = page.getByRole("complementary", { name: "Edit image" });
  await panel.getByLabel(/^Alt text/).fill(`The pier at low tide ${run}`);
  await panel.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await db().media.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe(`The pier at low tide ${run}`);
  await page.goto(`/admin/media?q=${run}&edit=${image.id}`);
  await page.getByRole("complementary", { name: "Edit image" }).getByRole("link", { name: "Close" }).click();
  await expect(page.getByRole("complementary", { name: "Edit image" })).toHaveCount(0);
  await context.close();
});

test("a focal point set by clicking the picture moves the share crop to the subject", async ({ page }) => {
  await signIn(page);
  const run = randomUUID().slice(0, 8);
  const image = await upload(page, `halves-${run}.png`, { alt: "Red and blue halves" }, await halves());
  await page.goto(`/admin/media?q=halves-${run}&edit=${image.id}`);
  const panel = page.getByRole("complementary", { name: "Edit image" });
  const crop = panel.locator("img[data-share-crop]");
  const colourOf = async () => {
    const src = await crop.getAttribute("src");
    const { channels } = await sharp(await (await page.request.get(src!)).body()).stats();
    return { src, colour: channels[0]!.mean > channels[2]!.mean ? "red" : "blue" };
  };

  // Click near the left edge of the picture: the red half.
  const picture = panel.getByRole("button", { name: "Focal point on the picture" });
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.1, y: box.height / 2 } });
  await expect(panel.getByLabel("Across (%)")).toHaveValue(/^(9|10|11)$/);
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(crop).toHaveAttribute("src", /\.f(9|10|11)-50\.jpg$/);
  const left = await colourOf();
  expect(left.colour).toBe("red");

  // With the keyboard: the arrow keys move the point to the right half.
  await picture.focus();
  for (let i = 0; i < 16; i++) await page.keyboard.press("ArrowRight");
  await expect(panel.getByLabel("Across (%)")).toHaveValue("90");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(crop).toHaveAttribute("src", /\.f90-50\.jpg$/);
  const right = await colourOf();
  expect(right.colour).toBe("blue");
  expect(right.src).not.toBe(left.src);
  // The old address sends crawlers on to the new crop.
  const old = await page.request.get(left.src!, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe(right.src);
});

test("several images upload at once, each with its own progress and answer", async ({ page }) => {
  await signIn(page);
  const run = randomUUID().slice(0, 8);
  await page.goto("/admin/media");
  await page.getByLabel(/^Upload images/).setInputFiles([
    { name: `first-${run}.png`, mimeType: "image/png", buffer: await testImage() },
    { name: `second-${run}.png`, mimeType: "image/png", buffer: await testImage("jpeg") },
    { name: `notes-${run}.png`, mimeType: "image/png", buffer: Buffer.from("not an image at all") },
  ]);
  const uploads = page.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByRole("listitem")).toHaveCount(3);
  for (const name of [`first-${run}.png`, `second-${run}.png`]) {
    const row = uploads.getByRole("listitem").filter({ hasText: name });
    await expect(row.getByRole("status")).toHaveText("Uploaded — add its alt text");
    await expect(row.getByRole("progressbar")).toHaveAttribute("value", "1");
  }
  await expect(uploads.getByRole("listitem").filter({ hasText: `notes-${run}.png` }).getByRole("alert")).toContainText("not a JPEG, PNG, WebP, AVIF or GIF image");
  // The grid shows the new images.
  await page.getByRole("searchbox", { name: "Search images" }).fill(run);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(cards(page)).toHaveCount(2);
  expect(await db().media.count({ where: { originalName: { contains: run } } })).toBe(2);
});

/** Dispatches a paste or drop of `file` on the story body, as the browser does for a file from the clipboard or desktop. */
async function sendFile(page: Page, kind: "paste" | "drop", file: { name: string; bytes: Buffer }) {
  await page.getByRole("textbox", { name: "Story body" }).evaluate(
    (element, { kind, name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: "image/png" }));
      const box = element.getBoundingClientRect();
      const event =
        kind === "paste"
          ? new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
          : new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true, clientX: box.left + 10, clientY: box.bottom - 10 });
      element.dispatchEvent(event);
    },
    { kind, name: file.name, bytes: [...file.bytes] },
  );
}

test("an image pasted or dropped into the body is uploaded, inserted, and asks for its alt text", async ({ page }) => {
  await signIn(page);
  const run = randomUUID().slice(0, 8);
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(`Gulls return to the harbour wall ${run}`);
  const body = page.getByRole("textbox", { name: "Story body" });
  await body.click();
  await page.keyboard.type("The gulls are back.");

  await sendFile(page, "paste", { name: `gulls-${run}.png`, bytes: await testImage() });
  const prompt = page.getByRole("dialog", { name: "Describe the image you added" });
  await expect(prompt).toBeVisible();
  await expect(body.locator("img")).toHaveCount(1);
  await expect(body.locator("img")).toHaveAttribute("alt", "");
  const alt = prompt.getByLabel(/^Alt text/);
  await expect(alt).toBeFocused();
  await alt.fill("Gulls lined up along the harbour wall");
  await prompt.getByRole("button", { name: "Save alt text" }).click();
  await expect(prompt).toBeHidden();
  await expect(body.locator("img")).toHaveAttribute("alt", "Gulls lined up along the harbour wall");

  await sendFile(page, "drop", { name: `wall-${run}.png`, bytes: await testImage() });
  await expect(prompt).toBeVisible();
  await expect(body.locator("img")).toHaveCount(2);
  await prompt.getByLabel(/^Alt text/).fill("The harbour wall at high tide");
  await page.keyboard.press("Enter");
  await expect(prompt).toBeHidden();
  await expect(body.locator('img[alt="The harbour wall at high tide"]')).toHaveCount(1);

  // Both went into the library through the upload route, and the saved story keeps their alt text.
  expect(await db().media.count({ where: { originalName: { in: [`gulls-${run}.png`, `wall-${run}.png`] } } })).toBe(2);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)\w+$/);
  const saved = await db().article.findFirstOrThrow({ where: { headline: `Gulls return to the harbour wall ${run}` }, select: { body: true } });
  const alts = JSON.stringify(saved.body).match(/"alt":"[^"]*"/g);
  expect(alts).toEqual(['"alt":"Gulls lined up along the harbour wall"', '"alt":"The harbour wall at high tide"']);
});
