// Section, topic and author pages: one loader, one metadata function and one view. What differs between the
// three (where the list comes from, its addresses, how the subject is described) is data in `kinds`.
import type { Metadata } from "next";
import type { ProfilePage, WithContext } from "schema-dts";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/site/json-ld";
import { Listing } from "@/components/site/listing";
import { renderedAt } from "@/server/data/clock";
import { findListingRedirect, getAuthorListing, getSectionListing, getTagListing, type AuthorSubject, type Listing as ListingData, type ListingKind, type SectionSubject, type TagSubject } from "@/server/data/listings";
import { findOldAddress } from "@/server/data/old-addresses";
import { parsePage } from "@/lib/pagination";
import { isValidSlug } from "@/lib/slug";
import { readerMetadata } from "@/lib/seo/metadata";
import { absoluteUrl, paths, site } from "@/lib/site";

export type { ListingKind };

type Subject = { slug: string; name: string; url: string; photo: AuthorSubject["photo"] };

/** A page of a listing with what the view and the metadata say about its subject. */
type Shown = ListingData<Subject> & {
  kicker: string;
  /** Under the title; may be empty. */
  description: string;
  /** The meta description: the description, or a sentence made up when there is none. */
  summary: string;
  feedTitle: string;
  /** Structured data about the subject itself (an author's profile). */
  about: WithContext<ProfilePage> | null;
};

type Kind = {
  read: (slug: string, page: number) => Promise<Shown | null>;
  path: (slug: string, page?: number) => string;
  feed: (slug: string) => string;
  openGraphType: "website" | "profile";
  /** A one-segment address that is no section may be an imported story's old address ("/harbour-lights-relit/"). */
  oldAddresses?: boolean;
};

/** Sections and topics are described alike: a kicker, their description, or a sentence made up when they have none. */
function describeTaxonomy<S extends SectionSubject | TagSubject>(kicker: string, fallback: (name: string) => string) {
  return (listing: ListingData<S>): Shown => {
    const { subject } = listing;
    return {
      ...listing,
      subject: { ...subject, photo: null },
      kicker,
      description: subject.description,
      summary: subject.description || fallback(subject.name),
      feedTitle: `${site.name} — ${subject.name}`,
      about: null,
    };
  };
}

/** A section's page; exported for the preview of its arranged top stories. */
export const describeSection = describeTaxonomy<SectionSubject>("Section", (name) => `The latest ${name} stories from ${site.name}.`);
const describeTag = describeTaxonomy<TagSubject>("Topic", (name) => `Stories about ${name.toLowerCase()} from ${site.name}.`);

function describeAuthor(listing: ListingData<AuthorSubject>): Shown {
  const { subject } = listing;
  return {
    ...listing,
    kicker: subject.jobTitle || "Author",
    description: subject.bio,
    summary: subject.bio || `Stories by ${subject.name} for ${site.name}.`,
    feedTitle: `${site.name} — stories by ${subject.name}`,
    about: {
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
    },
  };
}

/** A kind's reader: its cached listing, described for the page. */
function readWith<S>(get: (slug: string, page: number) => Promise<ListingData<S> | null>, describe: (listing: ListingData<S>) => Shown): Kind["read"] {
  return async (slug, page) => {
    const listing = await get(slug, page);
    return listing && describe(listing);
  };
}

const kinds: Record<ListingKind, Kind> = {
  section: {
    path: paths.section,
    feed: paths.sectionFeed,
    openGraphType: "website",
    oldAddresses: true,
    read: readWith(getSectionListing, describeSection),
  },
  tag: {
    path: paths.tag,
    feed: paths.tagFeed,
    openGraphType: "website",
    read: readWith(getTagListing, describeTag),
  },
  author: {
    path: paths.author,
    feed: paths.authorFeed,
    openGraphType: "profile",
    read: readWith(getAuthorListing, describeAuthor),
  },
};

/**
 * The page asked for, or a 404; or the permanent redirect of an old address: the page's own before a rename, or
 * (for a section) an imported site's.
 */
async function load(kind: ListingKind, slug: string, pageParam: string | undefined): Promise<Shown> {
  const page = parsePage(pageParam);
  const listing = page && isValidSlug(slug) ? await kinds[kind].read(slug, page) : null;
  if (listing && page && page <= listing.pageCount) return listing;
  const renamed = page && !listing && isValidSlug(slug) ? await findListingRedirect(kind, slug) : null;
  if (renamed) permanentRedirect(kinds[kind].path(renamed, page!));
  const target = kinds[kind].oldAddresses && pageParam === undefined ? await findOldAddress(`/${slug}`) : null;
  if (target) permanentRedirect(target);
  notFound();
}

export async function listingMetadata(kind: ListingKind, slug: string, pageParam?: string): Promise<Metadata> {
  const listing = await load(kind, slug, pageParam);
  const { subject, page } = listing;
  const { photo } = subject;
  const metadata = readerMetadata({
    title: page > 1 ? `${subject.name} — page ${page}` : subject.name,
    shareTitle: `${subject.name} | ${site.name}`,
    description: listing.summary,
    path: kinds[kind].path(subject.slug, page),
    openGraph: { type: kinds[kind].openGraphType },
    image: photo ? { url: photo.src, width: photo.width, height: photo.height, alt: photo.alt } : null,
    feeds: [{ url: kinds[kind].feed(subject.slug), title: listing.feedTitle }],
  });
  // A page with nothing on it yet (every newsroom account has a byline page, published or not) stays out of the
  // indexes until it lists a story: search engines would count it as an empty page.
  return listing.total === 0 ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/**
 * The page itself. The listing is loaded before anything renders, so a missing page answers with a real 404
 * status.
 */
export async function listingPage(kind: ListingKind, slug: string, pageParam?: string) {
  const [listing, now] = await Promise.all([load(kind, slug, pageParam), renderedAt()]);
  return <ListingView kind={kind} listing={listing} now={now} />;
}

export function ListingView({ kind, listing, now }: { kind: ListingKind; listing: Shown; now: Date }) {
  const { subject } = listing;
  const { path, feed } = kinds[kind];
  return (
    <>
      {listing.about ? <JsonLd data={listing.about} /> : null}
      <Listing
        kicker={listing.kicker}
        title={subject.name}
        description={listing.description}
        photo={subject.photo}
        articles={listing.articles}
        page={listing.page}
        pageCount={listing.pageCount}
        total={listing.total}
        href={(n) => path(subject.slug, n)}
        breadcrumbs={[{ name: "Home", path: "/" }, { name: subject.name, path: subject.url }]}
        now={now}
        feed={{ href: feed(subject.slug), title: subject.name }}
      />
    </>
  );
}
