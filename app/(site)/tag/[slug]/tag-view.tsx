import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { getTagListing } from "@/server/data/listings";
import { parsePage } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slug";
import { readerMetadata } from "@/lib/seo/metadata";
import { paths, site } from "@/lib/site";

export async function load(slug: string, pageParam: string | undefined) {
  const page = parsePage(pageParam);
  if (!page || !isValidSlug(slug)) notFound();
  const listing = await getTagListing(slug, page);
  if (!listing || page > listing.pageCount) notFound();
  return listing;
}

export async function tagMetadata(slug: string, pageParam?: string): Promise<Metadata> {
  const { subject, page } = await load(slug, pageParam);
  const url = paths.tag(subject.slug, page);
  const description = subject.description || `Stories about ${subject.name.toLowerCase()} from ${site.name}.`;
  return readerMetadata({
    title: page > 1 ? `${subject.name} — page ${page}` : subject.name,
    shareTitle: `${subject.name} | ${site.name}`,
    description,
    path: url,
    openGraph: { type: "website" },
    feeds: [{ url: paths.tagFeed(subject.slug), title: `${site.name} — ${subject.name}` }],
  });
}

export function TagView({ listing, now }: { listing: Awaited<ReturnType<typeof load>>; now: Date }) {
  const { subject } = listing;
  return (
    <Listing
      kicker="Topic"
      title={subject.name}
      description={subject.description}
      articles={listing.articles}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      href={(n) => paths.tag(subject.slug, n)}
      breadcrumbs={[{ name: "Home", path: "/" }, { name: subject.name, path: subject.url }]}
      now={now}
      feed={{ href: paths.tagFeed(subject.slug), title: subject.name }}
    />
  );
}
