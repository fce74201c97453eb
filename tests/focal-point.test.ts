// Focal points: the arithmetic of a crop centred on the point (pushed back inside the picture near an
// edge), and the share crops a crawler receives for an image whose editor set one: cut around it, at an
// address that names the point, with older addresses sent on to the current crop.
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { focalCrop, focalVersion, objectPosition, parseFocalVersion } from "@/lib/focal-point";
import { cropUrl, shareImageOf } from "@/lib/share-images";
import { db } from "@/server/db";
import { cropOf } from "@/server/media/crops";
import { mediaDir, removeCrops, storeImage, type StoredMedia } from "@/server/services/media";

describe("the crop around a focal point", () => {
  const wide = { width: 2400, height: 1200 };
  const square = { width: 1200, height: 1200 };

  it("scales the picture to cover the crop and centres the window on the point", () => {
    expect(focalCrop(wide, square, { x: 50, y: 50 })).toEqual({ resize: { width: 2400, height: 1200 }, extract: { left: 600, top: 0, width: 1200, height: 1200 } });
    expect(focalCrop(wide, square, { x: 60, y: 50 }).extract.left).toBe(840);
  });

  it("keeps the window inside the picture when the point is near an edge", () => {
    expect(focalCrop(wide, square, { x: 0, y: 0 }).extract).toMatchObject({ left: 0, top: 0 });
    expect(focalCrop(wide, square, { x: 100, y: 100 }).extract).toMatchObject({ left: 1200, top: 0 });
    expect(focalCrop(wide, square, { x: 95, y: 50 }).extract.left).toBe(1200);
  });

  it("enlarges a small original until it covers the crop, never leaving a gap", () => {
    const plan = focalCrop({ width: 640, height: 360 }, { width: 1200, height: 900 }, { x: 80, y: 20 });
    expect(plan.resize.height).toBe(900);
    expect(plan.resize.width).toBe(1600);
    expect(plan.extract.left + plan.extract.width).toBeLessThanOrEqual(plan.resize.width);
    expect(plan.extract.left).toBe(400);
  });

  it("writes the point into crop addresses and CSS, and reads back only what it wrote", () => {
    expect(focalVersion({ x: 30, y: 70 })).toBe("f30-70");
    expect(parseFocalVersion("f30-70")).toEqual({ x: 30, y: 70 });
    for (const bad of ["f101-0", "f30", "30-70", "f-1-2", "fa-b"]) expect(parseFocalVersion(bad), bad).toBeNull();
    expect(objectPosition({ x: 30, y: 70 })).toBe("30% 70%");
    expect(objectPosition(null)).toBeUndefined();
    expect(cropUrl("/media/ferry.webp", "1x1", { x: 30, y: 70 })).toBe("/media/crops/1x1/ferry.f30-70.jpg");
    const story = { id: "s", headline: "Ferry", section: { name: "News" }, image: { src: "/media/ferry.webp", alt: "Ferry", caption: "", focal: { x: 5, y: 95 } } };
    expect(shareImageOf(story).url).toBe("/media/crops/16x9/ferry.f5-95.jpg");
  });
});

describe("share crops of an image with a focal point", () => {
  let image: StoredMedia;
  let name = "";

  beforeAll(async () => {
    // Red on the left half, blue on the right: which colour a square crop shows tells where it was cut.
    const half = (r: number, b: number) => ({ create: { width: 400, height: 400, channels: 3 as const, background: { r, g: 0, b } } });
    const png = await sharp(half(255, 0)).extend({ right: 400, background: { r: 0, g: 0, b: 255 } }).png().toBuffer();
    image = await storeImage({ name: "halves.png", bytes: png }, { alt: "Red and blue halves" }, null);
    name = image.fileName.replace(/\.[A-Za-z0-9]+$/, "");
  });

  afterAll(async () => {
    await db.media.deleteMany({ where: { id: image.id } });
    await db.$disconnect();
  });

  async function dominant(answer: Awaited<ReturnType<typeof cropOf>>) {
    expect(answer.kind).toBe("crop");
    const { channels } = await sharp(answer.kind === "crop" ? answer.jpeg : undefined).stats();
    return channels[0]!.mean > channels[2]!.mean ? "red" : "blue";
  }

  it("cuts the square crop around the point, so moving the point from left to right changes the picture", async () => {
    await db.media.update({ where: { id: image.id }, data: { focalX: 5, focalY: 50 } });
    expect(await dominant(await cropOf(`${name}.f5-50`, "1x1"))).toBe("red");
    await db.media.update({ where: { id: image.id }, data: { focalX: 95, focalY: 50 } });
    expect(await dominant(await cropOf(`${name}.f95-50`, "1x1"))).toBe("blue");
  });

  it("keeps only the crop of the current point once the point has moved, and none once the image goes", async () => {
    await db.media.update({ where: { id: image.id }, data: { focalX: 5, focalY: 50 } });
    await cropOf(`${name}.f5-50`, "1x1");
    await db.media.update({ where: { id: image.id }, data: { focalX: 95, focalY: 50 } });
    await cropOf(`${name}.f95-50`, "1x1");
    const kept = (point: string) => existsSync(path.join(mediaDir(), "crops", "1x1", `${name}.${point}.jpg`));
    expect([kept("f5-50"), kept("f95-50")]).toEqual([true, true]);
    await removeCrops(image.fileName, { x: 95, y: 50 });
    expect([kept("f5-50"), kept("f95-50")]).toEqual([false, true]);
    await removeCrops(image.fileName);
    expect(kept("f95-50")).toBe(false);
  });

  it("sends an address made for another point, or for none, on to the current crop", async () => {
    await db.media.update({ where: { id: image.id }, data: { focalX: 95, focalY: 50 } });
    const current = cropUrl(image.src, "1x1", { x: 95, y: 50 });
    expect(await cropOf(`${name}.f5-50`, "1x1")).toEqual({ kind: "moved", url: current });
    expect(await cropOf(name, "1x1")).toEqual({ kind: "moved", url: current });
    await db.media.update({ where: { id: image.id }, data: { focalX: null, focalY: null } });
    expect(await cropOf(`${name}.f95-50`, "1x1")).toEqual({ kind: "moved", url: cropUrl(image.src, "1x1") });
  });
});
