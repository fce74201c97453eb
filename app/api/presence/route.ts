// The editor's heartbeat: "I have this story open" every few seconds, and "I closed it" (sent as a beacon)
// when the tab goes. Answers with who else has it open.
import { env } from "@/lib/env";
import { getActor } from "@/server/auth/session";
import { fromOwnSite } from "@/server/http/same-origin";
import { heartbeat } from "@/server/services/presence";

const noStore = { "cache-control": "private, no-store" };

export async function POST(request: Request) {
  if (!fromOwnSite(request.headers, env.SITE_URL)) return Response.json({ error: "Only the newsroom's own pages report presence." }, { status: 403, headers: noStore });
  if (Number(request.headers.get("content-length") ?? 0) > 2048) return Response.json({ error: "Body too large" }, { status: 413, headers: noStore });
  const text = await request.text().catch(() => "");
  if (text.length > 2048) return Response.json({ error: "Body too large" }, { status: 413, headers: noStore });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return Response.json({ error: "Send JSON: { articleId, tabId }." }, { status: 400, headers: noStore });
  }
  const result = await heartbeat(await getActor(), json);
  if (!result.ok) return Response.json({ error: result.message }, { status: result.status, headers: noStore });
  return Response.json(result, { headers: noStore });
}
