import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Listing } from "@/components/site/listing";
import { JsonLd } from "@/components/site/json-ld";
import { getAuthorListing } from "@/server/data/listings";
import { parsePage } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slug";
import { readerMetadata } from "@/lib/seo/metadata";
import { absoluteUrl, paths, site } from "@/lib/site";

export async function load(slug: string, pageParam: string | undefined) {
  const page = parsePage(pageParam);
  if (!page || !isValidSlug(slug)) notFound();
  const listing = await getAuthorListing(slug, page);
  if (!listing || page > listing.pageCount) notFound();
  return listing;
}

export async function authorMetadata(slug: string, pageParam?: string): Promise<Metadata> {
  const { subject, page } = await load(slug, pageParam);
  const url = paths.author(subject.slug, page);
  const description = subject.bio || `Stories by ${subject.name} for ${site.name}.`;
  return readerMetadata({
    title: page > 1 ? `${subject.name} — page ${page}` : subject.name,
    shareTitle: `${subject.name} | ${site.name}`,
    description,
    path: url,
    openGraph: { type: "profile" },
    image: subject.photo ? { url: subject.photo.src, width: subject.photo.width, height: subject.photo.height, alt: subject.photo.alt } : null,
    feeds: [{ url: paths.authorFeed(subject.slug), title: `${site.name} — stories by ${subject.name}` }],
  });
}

export function AuthorView({ listing, now }: { listing: Awaited<ReturnType<typeof load>>; now: Date }) {
  const { subject } = listing;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ProfilePage",
          mainEntity: {
            "@type": "Person",
            name: subject.name,
            jobTitle: subject.jobTitle || undefined,
            description: subject.bio || undefined,
            url: absoluteUrl(subject.url),
            image: subject.photo ? absoluteUrl(subject.photo.src) : undefined,
            worksFor: { "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl("/") },
          },
        }}
      />
      <Listing
        kicker={subject.jobTitle || "Author"}
        title={subject.name}
        description={subject.bio}
        photo={subject.photo}
        articles={listing.articles}
        page={listing.page}
        pageCount={listing.pageCount}
        total={listing.total}
        href={(n) => paths.author(subject.slug, n)}
        breadcrumbs={[{ name: "Home", path: "/" }, { name: subject.name, path: subject.url }]}
        now={now}
        feed={{ href: paths.authorFeed(subject.slug), title: subject.name }}
      />
    </>
  );
}
