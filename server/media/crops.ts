import "server-only";
// The crops of a library image that search engines ask for (lib/share-images.ts): cut around the image's
// focal point when an editor set one, otherwise around what draws the eye (sharp's attention strategy);
// enlarged when the original is narrower than 1200 px, flattened onto white and encoded as JPEG.
import path from "node:path";
import sharp from "sharp";
import { focalCrop, focalPointOf, focalVersion, parseFocalVersion, type FocalPoint } from "@/lib/focal-point";
import { CROPS, cropUrl, type Crop } from "@/lib/share-images";
import { paths } from "@/lib/site";
import { db } from "@/server/db";
import { mediaDir } from "@/server/services/media";
import { keptFile } from "./kept-files";

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export type CropAnswer = { kind: "crop"; jpeg: Buffer } | { kind: "moved"; url: string } | { kind: "none" };

export function isCrop(value: string): value is Crop {
  return Object.hasOwn(CROPS, value);
}

const sameFocus = (a: FocalPoint | null, b: FocalPoint | null) => (a === null ? b === null : b !== null && a.x === b.x && a.y === b.y);

/**
 * The JPEG of `crop` for the library image whose file name without its extension is `requested`, which
 * may end in the focal point it was cut for (".f30-70"). An address for another point than the image's
 * current one is sent on to the current crop; none when there is no such image.
 */
export async function cropOf(requested: string, crop: Crop): Promise<CropAnswer> {
  if (!NAME.test(requested)) return { kind: "none" };
  const dot = requested.lastIndexOf(".");
  const asked = dot > 0 ? parseFocalVersion(requested.slice(dot + 1)) : null;
  const name = asked ? requested.slice(0, dot) : requested;
  const candidates = await db.media.findMany({
    where: { fileName: { startsWith: `${name}.` } },
    select: { fileName: true, width: true, height: true, focalX: true, focalY: true },
    take: 10,
  });
  const original = candidates.find((media) => media.fileName.replace(/\.[A-Za-z0-9]+$/, "") === name);
  if (!original) return { kind: "none" };
  const focal = focalPointOf(original);
  if (!sameFocus(asked, focal)) return { kind: "moved", url: cropUrl(paths.media(original.fileName), crop, focal) };
  const target = CROPS[crop];
  const file = path.join(/* turbopackIgnore: true */ mediaDir(), original.fileName);
  const jpeg = await keptFile(`crops/${crop}/${name}${focal ? `.${focalVersion(focal)}` : ""}.jpg`, () => {
    const image = sharp(file, { limitInputPixels: 100_000_000 }).rotate();
    const cut = focal
      ? (() => {
          const plan = focalCrop(original, target, focal);
          return image.resize(plan.resize.width, plan.resize.height, { fit: "fill" }).extract(plan.extract);
        })()
      : image.resize(target.width, target.height, { fit: "cover", position: sharp.strategy.attention });
    return cut.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  });
  return { kind: "crop", jpeg };
}
