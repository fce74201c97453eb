// Cache invalidation for writers outside a request (the scheduler, scripts):
// POST {"tags": [...]} with `Authorization: Bearer <REVALIDATE_SECRET>`.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { expireTags } from "@/server/revalidate";

const body = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(500) });

function authorised(header: string | null): boolean {
  const secret = env.REVALIDATE_SECRET;
  if (!secret || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  if (!authorised(request.headers.get("authorization"))) {
    return Response.json({ error: "Unauthorised" }, { status: 401, headers: { "www-authenticate": "Bearer" } });
  }
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return Response.json({ error: "Expected a JSON body like {\"tags\":[\"home\"]}" }, { status: 400 });
  }
  const parsed = body.safeParse(json);
  if (!parsed.success) return Response.json({ error: "tags must be a list of 1–500 tag names" }, { status: 400 });
  expireTags(parsed.data.tags);
  return Response.json({ revalidated: parsed.data.tags.length });
}
