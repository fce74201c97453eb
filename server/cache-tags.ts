// Cache tag names, in one place. Reads tag themselves with these; writes
// invalidate them (server/revalidate.ts). Plain module: tests and scripts use it too.
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

/** An article as it was before or after a change: enough to know which pages showed it. */
export type ArticleFootprint = {
  id: string;
  slug: string;
  status: string;
  section: string | null;
  tags: string[];
  authors: string[];
};

/** Every cache tag whose pages may show this article, before or after the change. */
export function tagsForArticleChange(...versions: (ArticleFootprint | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const article of versions) {
    if (!article) continue;
    out.add(tags.article(article.id));
    out.add(tags.slug(article.slug));
    if (article.status !== "PUBLISHED") continue;
    out.add(tags.home).add(tags.rails).add(tags.feeds).add(tags.sitemaps).add(tags.redirects);
    if (article.section) out.add(tags.section(article.section));
    for (const tag of article.tags) out.add(tags.tag(tag));
    for (const author of article.authors) out.add(tags.author(author));
  }
  return [...out];
}

