// Runs before routing, for these jobs:
// 1. A cheap first gate for the admin and previews: no session cookie → the
//    sign-in page, with a real 307. It only looks at the cookie; every admin
//    page, server action and route still checks the session and role itself.
// 2. WordPress's post addresses ("/?p=42", "/?page_id=7", "/?attachment_id=9") are looked up here and redirected, so that an
//    imported site's links keep working while the front page never reads its query (and stays one cached page).
//    A path that ends in a slash, as WordPress permalinks do, is sent straight to the story it was the old
//    address of (one hop), and otherwise to the same path without the slash (next.config.mjs lets us do this).
// 3. Server action requests (any path, `Next-Action` header) are checked for
//    what the framework would otherwise answer with a 500: oversized bodies
//    (413), wrong content types (415) and unreadable encoded arguments (400).
// 3. Statuses a page cannot send. Preview links (/preview/link/<token>, no
//    sign-in): an expired or revoked link is a 410, one under embargo a 403
//    that says when it opens; an open one goes on to its page, marked never to
//    be stored or indexed. The address of a story that was published once and
//    is no longer live answers 410 Gone instead of the article page's 404.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { RESERVED_SLUGS } from "@/lib/slug";
import { ID_PARAMS, oldPathKey } from "@/lib/old-path";
import { findGoneStory, type GoneStory } from "@/server/data/gone";
import { resolveOldAddress } from "@/server/data/old-address-lookup";
import { log } from "@/server/log";
import { clientAddress, UNKNOWN_ADDRESS } from "@/server/http/client-address";
import { goneStoryResponse, PREVIEW_HEADERS, previewGoneResponse, previewWaitingResponse } from "@/server/http/status-pages";
import { checkPreviewLink, openPreviewLink } from "@/server/services/preview-links";

const ACTION_BODY_LIMIT = 2 * 1024 * 1024; // serverActions.bodySizeLimit in next.config.mjs

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

/** A live story's page may well be in Next's cache: a slow or absent database must not hold it up. */
const GONE_DEADLINE_MS = 500;

/**
 * The taken-down story at `slug`, or null, also when the database does not answer in time: then the page
 * is served from Next's cache if it is there, and otherwise fails the way it would have anyway.
 */
async function goneWithin(slug: string, ms: number): Promise<GoneStory | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([findGoneStory(slug), late]);
  } catch (error) {
    log.warn({ err: error, slug }, "could not check whether a story was taken down; serving the page");
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The story an old address with a trailing slash leads to, or null; also null when the database does not
 * answer in time (the address then goes the long way, through the one without the slash).
 */
async function oldAddressWithin(pathname: string, ms: number): Promise<Awaited<ReturnType<typeof resolveOldAddress>>> {
  const key = oldPathKey(pathname);
  if (!key) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([resolveOldAddress(key), late]);
  } catch (error) {
    log.warn({ err: error, path: pathname }, "could not look up an old address");
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * "/a/b/" → the story "/a/b" was the old address of, else "/a/b" itself; either way one permanent redirect. An old
 * address of a story taken down answers 410 Gone here, as the story's own address does.
 */
async function trailingSlash(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const bare = pathname.replace(/\/+$/, "");
  const found = request.method === "GET" || request.method === "HEAD" ? await oldAddressWithin(bare, GONE_DEADLINE_MS) : null;
  // A story taken down answers Gone at its old address too, at once, rather than after a redirect.
  if (found?.gone) return goneStoryResponse(found.gone, request.method);
  const story = found?.url ?? null;
  const target = new URL(story ?? `${bare}${search}`, request.url);
  const response = NextResponse.redirect(target, 308);
  if (story) response.headers.set("cache-control", "public, s-maxage=3600");
  return response;
}

/**
 * "/?p=42" → one permanent redirect to the story that was WordPress post 42, 410 when it was taken down, or a 404. Answered here rather than
 * by rewriting to a route: Next serves a rewrite whose origin differs from the one it listens under (127.0.0.1
 * against the "localhost" of request URLs, or any public host name) by proxying it over HTTP to itself.
 */
async function oldPostAddress(request: NextRequest): Promise<Response> {
  const key = oldPathKey(`/${request.nextUrl.search}`);
  let found: Awaited<ReturnType<typeof resolveOldAddress>> = null;
  try {
    found = key && (request.method === "GET" || request.method === "HEAD") ? await resolveOldAddress(key) : null;
  } catch (error) {
    log.warn({ err: error, path: key }, "could not look up an old address");
    return new Response("The address could not be looked up just now. Try again in a minute.", { status: 503, headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "60" } });
  }
  if (found?.gone) return goneStoryResponse(found.gone, request.method);
  if (!found?.url) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const response = NextResponse.redirect(new URL(found.url, request.url), 308);
  response.headers.set("cache-control", "public, s-maxage=3600");
  return response;
}

const PREVIEW_LINK = /^\/preview\/link\/([^/]+)$/;
const ARTICLE = /^\/([^/]+)\/([^/]+)$/;

async function previewLink(request: NextRequest, token: string): Promise<NextResponse | Response> {
  const now = new Date();
  // Only a reader's GET counts as an opening; HEAD and other methods are told the same without it.
  const opening = request.method === "GET" ? await openPreviewLink(token, now, clientAddressOrNull(request.headers)) : await checkPreviewLink(token, now);
  if (opening.kind === "gone") return previewGoneResponse(opening.reason, request.method, opening.liveUrl);
  if (opening.kind === "waiting") return previewWaitingResponse(opening.opensAt, now, request.method);
  // Open (the page renders the story) or unknown (the page answers 404): either way nothing keeps or indexes it.
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(PREVIEW_HEADERS)) response.headers.set(name, value);
  return response;
}

/** The client's address as the front determined it, for the audit record of a preview opening. */
function clientAddressOrNull(headers: Headers): string | null {
  const address = clientAddress(headers);
  return address === UNKNOWN_ADDRESS ? null : address;
}

export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    const refusal = await checkServerAction(request);
    if (refusal) return refusal;
  }
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith("/")) return trailingSlash(request);
  if (pathname === "/") return ID_PARAMS.some((name) => searchParams.has(name)) ? oldPostAddress(request) : NextResponse.next();
  const link = PREVIEW_LINK.exec(pathname);
  if (link) {
    // A preview link is read, never posted to: any other method would render the story without the opening being
    // counted or audited.
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("A preview link is only for reading.\n", { status: 405, headers: { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8", ...PREVIEW_HEADERS } });
    }
    return previewLink(request, link[1]!);
  }
  const article = ARTICLE.exec(pathname);
  if (article && (request.method === "GET" || request.method === "HEAD") && !RESERVED_SLUGS.has(article[1]!)) {
    const gone = await goneWithin(article[2]!, GONE_DEADLINE_MS);
    return gone ? goneStoryResponse(gone, request.method) : NextResponse.next();
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
    // Two segments: an article's address (/<section>/<slug>); others are let through in the function. Never
    // /api/… or /media/…: Next buffers a request's body for the proxy and cuts it at its limit (10 MB), which
    // would cut an upload short before the route's own size check could answer 413.
    "/((?!api/|_next/|media/)[^/]+/[^/]+)",
    // Any path that ends in a slash (Next no longer strips it: next.config.mjs).
    "/((?!_next/).+/)",
    { source: "/", has: [{ type: "query", key: "p" }] },
    { source: "/", has: [{ type: "query", key: "page_id" }] },
    { source: "/", has: [{ type: "query", key: "attachment_id" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
