// Metadata of reader pages. Next merges a page's metadata over its layouts' shallowly: a page
// that sets `alternates` or `openGraph` replaces the layout's whole object. So every indexable
// page builds its metadata here, and the parts every page needs (feed discovery, og:site_name,
// og:locale, robots, image alt texts) are added in one place instead of being lost per page.
import type { Metadata } from "next";
import { site } from "@/lib/site";

export type ShareImage = { url: string; width: number; height: number; alt: string };
export type FeedLink = { url: string; title: string };

/** The site's own share picture, for pages that have none of their own (public/share.png). */
export const defaultShareImage: ShareImage = { url: "/share.png", width: 1200, height: 630, alt: `${site.name}: news from Calder Bay and the world` };

/** The site-wide feed, offered for discovery on every reader page. */
export const siteFeed: FeedLink = { url: "/feed.xml", title: `${site.name} — latest stories` };

/** RSS autodiscovery links: the site's feed first, then the page's own. */
export function feedAlternates(own: FeedLink[] = []): NonNullable<NonNullable<Metadata["alternates"]>["types"]> {
  return { "application/rss+xml": [siteFeed, ...own] };
}

/**
 * Search engines may show large previews of our images (Google otherwise limits a page's image
 * preview to a thumbnail). Given only to pages meant for the index; noindex pages set their own.
 */
export const indexableRobots: NonNullable<Metadata["robots"]> = { index: true, follow: true, "max-image-preview": "large" };

type OpenGraphExtra =
  | { type: "website" }
  | { type: "profile" }
  | {
      type: "article";
      publishedTime: string;
      modifiedTime: string;
      section: string;
      tags: string[];
      authors: string[];
    };

export type ReaderPage = {
  /** The document title (the layout's template adds the site's name). */
  title?: string;
  /** og:title and twitter:title; the document title when not given. */
  shareTitle: string;
  description: string;
  /** The canonical path, also og:url. */
  path: string;
  openGraph: OpenGraphExtra;
  image?: ShareImage | null;
  feeds?: FeedLink[];
  authors?: Metadata["authors"];
};

/** The metadata of an indexable reader page. */
export function readerMetadata(page: ReaderPage): Metadata {
  const image = page.image ?? defaultShareImage;
  // An image without alt text still gets a description: the page's title is what it illustrates.
  const images = [{ url: image.url, width: image.width, height: image.height, alt: image.alt || page.shareTitle }];
  return {
    ...(page.title === undefined ? {} : { title: page.title }),
    description: page.description,
    ...(page.authors ? { authors: page.authors } : {}),
    alternates: { canonical: page.path, types: feedAlternates(page.feeds) },
    robots: indexableRobots,
    openGraph: {
      ...page.openGraph,
      siteName: site.name,
      locale: site.locale,
      url: page.path,
      title: page.shareTitle,
      description: page.description,
      images,
    },
    twitter: { card: image.width >= 1.5 * image.height ? "summary_large_image" : "summary", title: page.shareTitle, description: page.description, images },
  };
}
