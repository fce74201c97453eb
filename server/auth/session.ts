import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { isRole, type Actor } from "./policies";

/** The signed-in editor for this request, or null (one lookup per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  const user = session?.user as { id: string; name: string; email: string; role?: unknown; banned?: unknown } | undefined;
  if (!user || user.banned || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For admin pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/admin/login");
  return actor;
}
