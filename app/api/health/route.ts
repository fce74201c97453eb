// Liveness: the process is up and serving requests. Touches nothing else.
import { connection } from "next/server";

export async function GET() {
  await connection();
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "cache-control": "no-store" } });
}
