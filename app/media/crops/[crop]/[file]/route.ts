// Crops of library images for search engines and social networks (lib/share-images.ts): made on first
// request and kept; an address never changes what it shows, so it may be kept for a year.
import { cropOf, isCrop } from "@/server/media/crops";
import { imageResponse, notFound } from "@/server/http/image-responses";

export async function GET(_request: Request, { params }: RouteContext<"/media/crops/[crop]/[file]">) {
  const { crop, file } = await params;
  const name = file.endsWith(".jpg") ? file.slice(0, -4) : null;
  if (!isCrop(crop) || !name) return notFound();
  const jpeg = await cropOf(name, crop);
  return jpeg ? imageResponse(jpeg, "image/jpeg") : notFound();
}
