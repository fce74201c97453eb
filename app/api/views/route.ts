// The view beacon: one small POST per article view, for "Most popular".
import { createHash } from "node:crypto";
import { z } from "zod";
import { isBot } from "@/lib/bots";
import { clientAddress } from "@/server/http/client-address";
import { log } from "@/server/log";
import { recordView } from "@/server/services/views";

const body = z.object({ articleId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

// The same reader opening the same story again within half an hour counts once.
const REPEAT_WINDOW_MS = 30 * 60_000;
const MAX_REMEMBERED = 50_000;
const recent = new Map<string, number>();

function isRepeat(key: string, now: number): boolean {
  const seen = recent.get(key);
  if (seen !== undefined && now - seen < REPEAT_WINDOW_MS) return true;
  recent.delete(key);
  recent.set(key, now);
  if (recent.size > MAX_REMEMBERED) recent.delete(recent.keys().next().value!);
  return false;
}

export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > 1024) return Response.json({ error: "Body too large" }, { status: 413 });
  const text = await request.text().catch(() => "");
  if (text.length > 1024) return Response.json({ error: "Body too large" }, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return Response.json({ error: "Expected a JSON body like {\"articleId\":\"…\"}" }, { status: 400 });
  }
  const parsed = body.safeParse(json);
  if (!parsed.success) return Response.json({ error: "articleId is missing or malformed" }, { status: 400 });

  const userAgent = request.headers.get("user-agent");
  if (isBot(userAgent)) return new Response(null, { status: 204 });
  const address = clientAddress(request.headers);
  const reader = createHash("sha256").update(`${address}|${userAgent}|${parsed.data.articleId}`).digest("base64url");
  if (isRepeat(reader, Date.now())) return new Response(null, { status: 204 });

  try {
    await recordView(parsed.data.articleId);
  } catch (error) {
    log.error({ err: error, articleId: parsed.data.articleId }, "view beacon: could not record a view");
  }
  return new Response(null, { status: 204 });
}
