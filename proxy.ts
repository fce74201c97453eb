// A cheap first gate for the admin and previews: no session cookie → the sign-in page,
// with a real 307. It only looks at the cookie; every admin page, server
// action and route still checks the session and role itself.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin/login" || pathname === "/admin/set-password" || getSessionCookie(request)) return NextResponse.next();
  const login = new URL("/admin/login", request.url);
  if (pathname !== "/admin") login.searchParams.set("next", `${pathname}${search}`);
  // Previews are reader pages: after signing in, come back to them.
  return NextResponse.redirect(login, 307);
}

export const config = { matcher: ["/admin", "/admin/:path*", "/preview/:path*"] };
