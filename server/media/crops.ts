import "server-only";
// The crops of a library image that search engines ask for (lib/share-images.ts): cut around what draws
// the eye (sharp's attention strategy), enlarged when the original is narrower than 1200 px, flattened
// onto white and encoded as JPEG.
import sharp from "sharp";
import { CROPS, type Crop } from "@/lib/share-images";
import { db } from "@/server/db";
import { mediaDir } from "@/server/services/media";
import { keptFile } from "./kept-files";
import path from "node:path";

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function isCrop(value: string): value is Crop {
  return Object.hasOwn(CROPS, value);
}

/** The JPEG of `crop` for the library image whose file name without its extension is `name`; null when there is none. */
export async function cropOf(name: string, crop: Crop): Promise<Buffer | null> {
  if (!NAME.test(name)) return null;
  const candidates = await db.media.findMany({ where: { fileName: { startsWith: `${name}.` } }, select: { fileName: true }, take: 10 });
  const original = candidates.find((media) => media.fileName.replace(/\.[A-Za-z0-9]+$/, "") === name);
  if (!original) return null;
  const { width, height } = CROPS[crop];
  return keptFile(`crops/${crop}/${name}.jpg`, () =>
    sharp(path.join(/* turbopackIgnore: true */ mediaDir(), original.fileName), { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(width, height, { fit: "cover", position: sharp.strategy.attention })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer(),
  );
}
