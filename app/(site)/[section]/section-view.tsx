import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { findOldAddress } from "@/server/data/old-addresses";
import { Listing } from "@/components/site/listing";
import { getSectionListing } from "@/server/data/listings";
import { parsePage } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slug";
import { readerMetadata } from "@/lib/seo/metadata";
import { paths, site } from "@/lib/site";

export async function load(sectionSlug: string, pageParam: string | undefined) {
  const page = parsePage(pageParam);
  if (!page || !isValidSlug(sectionSlug)) return missing(sectionSlug, pageParam);
  const listing = await getSectionListing(sectionSlug, page);
  if (!listing || page > listing.pageCount) return missing(sectionSlug, pageParam);
  return listing;
}

/** A one-segment address that is no section may be an imported story's old address ("/harbour-lights-relit/"). */
async function missing(sectionSlug: string, pageParam: string | undefined): Promise<never> {
  const target = pageParam === undefined ? await findOldAddress(`/${sectionSlug}`) : null;
  if (target) permanentRedirect(target);
  notFound();
}

export async function sectionMetadata(sectionSlug: string, pageParam?: string): Promise<Metadata> {
  const listing = await load(sectionSlug, pageParam);
  const { subject, page } = listing;
  const title = page > 1 ? `${subject.name} — page ${page}` : subject.name;
  const url = paths.section(subject.slug, page);
  return readerMetadata({
    title,
    shareTitle: `${subject.name} | ${site.name}`,
    description: subject.description || `The latest ${subject.name} stories from ${site.name}.`,
    path: url,
    openGraph: { type: "website" },
    feeds: [{ url: paths.sectionFeed(subject.slug), title: `${site.name} — ${subject.name}` }],
  });
}

export function SectionView({ listing, now }: { listing: Awaited<ReturnType<typeof load>>; now: Date }) {
  const { subject } = listing;
  return (
    <Listing
      kicker="Section"
      title={subject.name}
      description={subject.description}
      articles={listing.articles}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      href={(n) => paths.section(subject.slug, n)}
      breadcrumbs={[{ name: "Home", path: "/" }, { name: subject.name, path: subject.url }]}
      now={now}
      feed={{ href: paths.sectionFeed(subject.slug), title: subject.name }}
    />
  );
}
