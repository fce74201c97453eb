// Structured data builders (schema.org, typed with schema-dts).
import type { BreadcrumbList, CollectionPage, NewsArticle, Organization, Person, WebSite, WithContext } from "schema-dts";
import { absoluteUrl, paths, site } from "@/lib/site";

export function publisher(): Organization {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl("/logo.png"), width: "600", height: "60" },
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
  const url = absoluteUrl(input.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline.slice(0, 110),
    description: input.description,
    image: input.images.length ? input.images.map(absoluteUrl) : undefined,
    datePublished: input.publishedAt.toISOString(),
    dateModified: input.modifiedAt.toISOString(),
    author: articleAuthors(input.authors),
    publisher: publisher(),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: input.section,
    keywords: input.keywords.join(", "),
    wordCount: input.wordCount,
    inLanguage: site.language,
    isAccessibleForFree: true,
    correction: input.corrections?.length
      ? input.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.madeAt.toISOString() }))
      : undefined,
  };
}
