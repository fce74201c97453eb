import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { twoFactorRoles } from "@/server/services/security";
import { auth } from "./auth";
import { isRole, type Actor } from "./policies";

/** Where someone whose role requires two-factor sign-in, and who has not set it up, is sent. */
export const ENROL_PATH = "/admin/account";

/** A signed-in person, and whether their role requires two-factor sign-in that they have not set up yet. */
export type SignedIn = { actor: Actor; twoFactorEnabled: boolean; mustEnrol: boolean };

/** Who the session cookie in `requestHeaders` belongs to (outside a request too, for tests). */
export async function signedInFrom(requestHeaders: Headers): Promise<SignedIn | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  const user = session?.user as { id: string; name: string; email: string; role?: unknown; banned?: unknown; twoFactorEnabled?: unknown } | undefined;
  if (!user || user.banned || !isRole(user.role)) return null;
  const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role };
  const twoFactorEnabled = user.twoFactorEnabled === true;
  return { actor, twoFactorEnabled, mustEnrol: !twoFactorEnabled && (await twoFactorRoles()).includes(actor.role) };
}

/**
 * The signed-in person for this request, enrolled or not (one lookup per request): for the account page and its
 * actions. The cookies come from cookies(), which (unlike headers()) already holds a session an action has just
 * replaced (setting up or turning off two-factor sign-in does) when Next renders the page again after it.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  return signedInFrom(requestHeaders);
});

/**
 * The signed-in editor for this request, or null. Every other page, server action and route asks here, so
 * someone whose role requires two-factor sign-in and who has not set it up is sent to enrolment instead,
 * whichever way the request came (a link, or an action called directly).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const signedIn = await getSignedIn();
  if (signedIn?.mustEnrol) redirect(ENROL_PATH);
  return signedIn?.actor ?? null;
});

/** For admin pages: the actor, or a redirect to the sign-in page (or to enrolment, as above). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/admin/login");
  return actor;
}

/** For the account page: the signed-in person, enrolled or not, or a redirect to the sign-in page. */
export async function requireSignedIn(): Promise<SignedIn> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/admin/login");
  return signedIn;
}
