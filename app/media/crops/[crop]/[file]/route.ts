// Crops of library images for search engines and social networks (lib/share-images.ts): made on first
// request and kept; an address never changes what it shows, so it may be kept for a year. An address cut
// for an earlier focal point is sent on to the current crop.
import { cropOf, isCrop } from "@/server/media/crops";
import { imageResponse, notFound } from "@/server/http/image-responses";

export async function GET(request: Request, { params }: RouteContext<"/media/crops/[crop]/[file]">) {
  const { crop, file } = await params;
  const name = file.endsWith(".jpg") ? file.slice(0, -4) : null;
  if (!isCrop(crop) || !name) return notFound();
  const answer = await cropOf(name, crop);
  if (answer.kind === "moved") {
    return new Response(null, { status: 301, headers: { location: new URL(answer.url, request.url).pathname, "cache-control": "public, max-age=300" } });
  }
  return answer.kind === "crop" ? imageResponse(answer.jpeg, "image/jpeg") : notFound();
}
