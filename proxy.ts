// Runs before routing, for two jobs:
// 1. A cheap first gate for the admin and previews: no session cookie → the
//    sign-in page, with a real 307. It only looks at the cookie; every admin
//    page, server action and route still checks the session and role itself.
// 2. WordPress's post addresses ("/?p=42", "/?page_id=7") go to the old-address lookup, so that an imported
//    site's links keep working while the front page never reads its query (and stays one cached page).
// 3. Server action requests (any path, `Next-Action` header) are checked for
//    what the framework would otherwise answer with a 500: oversized bodies
//    (413), wrong content types (415) and unreadable encoded arguments (400).
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

const ACTION_BODY_LIMIT = 2 * 1024 * 1024; // serverActions.bodySizeLimit in next.config.ts

function refuse(status: number, error: string) {
  return NextResponse.json({ error }, { status });
}

async function checkServerAction(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT) return refuse(413, "The form is too large to send.");
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    // React encodes the arguments with the root value in field "0"; without it the decoder waits forever.
    const form = await request.clone().formData().catch(() => null);
    const root = form?.get("0");
    return typeof root === "string" && parsesAsJson(root) ? null : refuse(400, "The form data could not be read.");
  }
  if (!type.startsWith("text/plain")) return refuse(415, "Forms are sent as multipart/form-data or text/plain.");
  const body = await request.clone().text();
  if (body.length > ACTION_BODY_LIMIT) return refuse(413, "The form is too large to send.");
  return parsesAsJson(body) ? null : refuse(400, "The form data could not be read.");
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    const refusal = await checkServerAction(request);
    if (refusal) return refusal;
  }
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname === "/") {
    const name = ["p", "page_id"].find((key) => searchParams.has(key));
    if (!name) return NextResponse.next();
    const lookup = new URL("/api/old-address", request.url);
    lookup.search = "";
    lookup.searchParams.set("q", `${name}=${searchParams.get(name) ?? ""}`);
    return NextResponse.rewrite(lookup);
  }
  if (!pathname.startsWith("/admin") && !pathname.startsWith("/preview")) return NextResponse.next();
  if (pathname === "/admin/login" || pathname === "/admin/set-password" || getSessionCookie(request)) return NextResponse.next();
  const login = new URL("/admin/login", request.url);
  if (pathname !== "/admin") login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login, 307);
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/preview/:path*",
    { source: "/", has: [{ type: "query", key: "p" }] },
    { source: "/", has: [{ type: "query", key: "page_id" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
