import "server-only";
// The answer for the feed of a section, topic or author page that is not there: where the page was renamed (or
// a topic merged into another), a permanent redirect to the feed at its address now, so that feed readers follow
// it; otherwise a 404.
import { isValidSlug } from "@/lib/slug";
import { tags } from "@/server/cache-tags";
import { findListingRedirect, type ListingKind } from "@/server/data/listings";

export async function missingFeed(kind: ListingKind, slug: string, feedPath: (slug: string) => string, what: string): Promise<Response> {
  const renamed = isValidSlug(slug) ? await findListingRedirect(kind, slug) : null;
  if (renamed) {
    return new Response(null, { status: 308, headers: { location: feedPath(renamed), "cache-control": "public, max-age=0, s-maxage=3600", "x-ledger-tags": tags.redirects } });
  }
  return new Response(`No such ${what}`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
