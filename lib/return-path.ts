// Where the sign-in form may send an editor afterwards (no open redirects).

const DUMMY_ORIGIN = "http://return-path.invalid";

/**
 * A newsroom path to return to after signing in, or "/admin". The path is
 * normalised the way a browser would resolve it ("/admin/../x" is "/x") and
 * must stay on this site, under /admin (or a preview, which the sign-in gate
 * also sends here). Backslashes and "//" are refused outright: browsers read
 * them as the start of another host.
 */
export function safeReturnPath(next: string | undefined): string {
  if (!next || !next.startsWith("/") || next.includes("\\") || next.includes("//") || /[\u0000-\u001f\u007f]/.test(next)) return "/admin";
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return "/admin";
  }
  const { pathname } = url;
  if (url.origin !== DUMMY_ORIGIN || pathname.includes("//")) return "/admin";
  const inNewsroom = pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/preview/");
  return inNewsroom ? `${pathname}${url.search}` : "/admin";
}
