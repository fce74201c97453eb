// Structured data builders (schema.org, typed with schema-dts).
import type { BlogPosting, BreadcrumbList, CollectionPage, LiveBlogPosting, NewsArticle, Organization, Person, WebSite, WithContext } from "schema-dts";
import { absoluteUrl, paths, site } from "@/lib/site";
import { excerpt } from "@/lib/rich-text/document";

/** The publication's logo for search engines (public/logo-square.png, drawn from app/icon.svg). */
export const PUBLISHER_LOGO = { path: "/logo-square.png", size: 512 };

export function publisher(): Organization {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: absoluteUrl("/"),
    // Square and large: Google takes an organisation's logo from 112×112 px (the old 600×60 banner was AMP's).
    logo: { "@type": "ImageObject", url: absoluteUrl(PUBLISHER_LOGO.path), width: String(PUBLISHER_LOGO.size), height: String(PUBLISHER_LOGO.size) },
  };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    url: absoluteUrl("/"),
    inLanguage: site.language,
    publisher: publisher(),
    // No SearchAction: its one reader, Google's sitelinks search box, was retired in November 2024 and
    // the markup is ignored since. Our search pages are noindex anyway, so a search engine has nothing
    // to send readers to that it could not find through the site's own search form.
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export function collectionJsonLd(input: { name: string; description: string; path: string; items: { url: string; headline: string }[] }): WithContext<CollectionPage> {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl("/") },
    mainEntity: {
      "@type": "ItemList",
      itemListElement: input.items.map((item, index) => ({ "@type": "ListItem", position: index + 1, url: absoluteUrl(item.url), name: item.headline })),
    },
  };
}

export type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  /** Paths of the story's pictures for search engines (lib/share-images.ts). */
  images: string[];
  publishedAt: Date;
  modifiedAt: Date;
  section: string;
  keywords: string[];
  wordCount: number;
  authors: { name: string; slug: string; jobTitle: string }[];
  corrections?: { text: string; madeAt: Date }[];
};

/** The story's bylines; a story without one (an editorial, a wire brief) is by the publication itself. */
function articleAuthors(authors: NewsArticleInput["authors"]): Person[] | Organization {
  if (!authors.length) return { "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl("/") };
  return authors.map((author) => ({
    "@type": "Person",
    name: author.name,
    url: absoluteUrl(paths.author(author.slug)),
    jobTitle: author.jobTitle || undefined,
  }));
}

export function newsArticleJsonLd(input: NewsArticleInput): WithContext<NewsArticle> {
  return { "@context": "https://schema.org", "@type": "NewsArticle", ...articleProperties(input) };
}

/** What a story and a live blog both say about themselves. */
function articleProperties(input: NewsArticleInput) {
  const url = absoluteUrl(input.url);
  return {
    // The headline readers see, whole: cutting it at 110 characters was an AMP rule that Google has dropped.
    headline: input.headline,
    description: input.description,
    image: input.images.length ? input.images.map(absoluteUrl) : undefined,
    datePublished: input.publishedAt.toISOString(),
    dateModified: input.modifiedAt.toISOString(),
    author: articleAuthors(input.authors),
    publisher: publisher(),
    mainEntityOfPage: { "@type": "WebPage" as const, "@id": url },
    url,
    articleSection: input.section,
    keywords: input.keywords.join(", "),
    wordCount: input.wordCount,
    inLanguage: site.language,
    isAccessibleForFree: true,
    correction: input.corrections?.length
      ? input.corrections.map((c) => ({ "@type": "CorrectionComment" as const, text: c.text, datePublished: c.madeAt.toISOString() }))
      : undefined,
  };
}

export type LiveBlogInput = NewsArticleInput & {
  /** When the blog went live; an entry posted earlier (while it was a draft, or given an earlier time) starts the coverage. */
  coverageStartedAt: Date;
  firstEntryAt: Date | null;
  /** Null while the coverage goes on. */
  coverageEndedAt: Date | null;
  /** The newest entries, newest first. */
  updates: { id: string; title: string; text: string; postedAt: Date; updatedAt: Date; authors: { name: string; slug: string }[] }[];
};

/**
 * How many of the newest entries a live blog's structured data carries, from those its first page shows: no more
 * than that page holds (LIVE_PAGE_SIZE in lib/live-blog/paths.ts, with its pinned entries).
 */
export const LIVE_BLOG_UPDATES = 10;

/**
 * A live blog: LiveBlogPosting (a kind of BlogPosting, so it carries the same article properties and its
 * corrections) with its coverage times and its newest entries as BlogPosting, each at its own permalink.
 */
export function liveBlogPostingJsonLd(input: LiveBlogInput): WithContext<LiveBlogPosting> {
  const base = articleProperties(input);
  return {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    ...base,
    coverageStartTime: (input.firstEntryAt && input.firstEntryAt < input.coverageStartedAt ? input.firstEntryAt : input.coverageStartedAt).toISOString(),
    coverageEndTime: input.coverageEndedAt ? input.coverageEndedAt.toISOString() : undefined,
    liveBlogUpdate: input.updates.slice(0, LIVE_BLOG_UPDATES).map(
      (update): BlogPosting => ({
        "@type": "BlogPosting",
        "@id": absoluteUrl(`${input.url}#entry-${update.id}`),
        url: absoluteUrl(`${input.url}#entry-${update.id}`),
        // An update without a title is named by the start of its text, cut between words.
        headline: update.title || excerpt(update.text, 110) || input.headline,
        datePublished: update.postedAt.toISOString(),
        dateModified: (update.updatedAt > update.postedAt ? update.updatedAt : update.postedAt).toISOString(),
        articleBody: update.text,
        author: update.authors.length ? articleAuthors(update.authors.map((a) => ({ ...a, jobTitle: "" }))) : undefined,
      }),
    ),
  };
}
