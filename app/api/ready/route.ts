// Readiness for a load balancer: 200 when the database answers and the schema is current, else 503.
import { connection } from "next/server";
import { checkReadiness } from "@/server/services/readiness";

export async function GET() {
  await connection();
  const result = await checkReadiness();
  return Response.json(result, { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store", ...(result.ready ? {} : { "retry-after": "5" }) } });
}
