// Cache tag names, in one place. Reads tag themselves with these; writes
// invalidate them (server/revalidate.ts).
export const tags = {
  /** The front page's blocks. */
  home: "home",
  /** One article's page content. */
  article: (id: string) => `article:${id}`,
  /** A section's listing pages; also its name/description in navigation. */
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** Section list for navigation, footers and sitemaps. */
  sections: "sections",
  /** "Latest" and "Most popular" rails beside articles: refreshed in the background. */
  rails: "rails",
  feeds: "feeds",
  sitemaps: "sitemaps",
  /** Old slugs → current URL. */
  redirects: "redirects",
  /** Lookups of one slug, including a cached "not found" for it. */
  slug: (slug: string) => `slug:${slug}`,
} as const;
