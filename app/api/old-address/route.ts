// "/?p=42", WordPress's address for every post, reaches here through proxy.ts (the front page itself
// never reads its query, so it stays one cached page): a permanent redirect to the story, or a 404.
import { findOldAddress } from "@/server/data/old-addresses";

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const target = query.length <= 100 ? await findOldAddress(`/?${query}`) : null;
  if (!target) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 308, headers: { location: target, "cache-control": "public, s-maxage=3600" } });
}
