// Uploaded and generated images, served from the media directory with
// long-lived caching (file names never change once written).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { imageResponse, notFound } from "@/server/http/image-responses";

const TYPES: Record<string, string> = {
  ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".avif": "image/avif", ".gif": "image/gif",
};

export async function GET(_request: Request, { params }: RouteContext<"/media/[file]">) {
  const { file } = await params;
  const type = TYPES[path.extname(file).toLowerCase()];
  // Only plain file names: no separators, no dot-files, nothing outside the directory.
  if (!type || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(file)) return notFound();
  try {
    return imageResponse(await readFile(path.join(path.resolve(env.MEDIA_DIR), file)), type);
  } catch {
    return notFound();
  }
}
