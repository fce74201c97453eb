// Structured data builders (schema.org, typed with schema-dts).
import type { BreadcrumbList, CollectionPage, NewsArticle, Organization, SearchAction, WebSite, WithContext } from "schema-dts";
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
    // schema-dts has no "query-input"; it is what search engines read for the sitelinks search box.
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    } as SearchAction,
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
  image: string | null;
  publishedAt: Date;
  modifiedAt: Date;
  section: string;
  keywords: string[];
  wordCount: number;
  authors: { name: string; slug: string; jobTitle: string }[];
  corrections?: { text: string; madeAt: Date }[];
};

export function newsArticleJsonLd(input: NewsArticleInput): WithContext<NewsArticle> {
  const url = absoluteUrl(input.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.headline.slice(0, 110),
    description: input.description,
    image: input.image ? [absoluteUrl(input.image)] : undefined,
    datePublished: input.publishedAt.toISOString(),
    dateModified: input.modifiedAt.toISOString(),
    author: input.authors.map((author) => ({
      "@type": "Person",
      name: author.name,
      url: absoluteUrl(paths.author(author.slug)),
      jobTitle: author.jobTitle || undefined,
    })),
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
