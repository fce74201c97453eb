// Cache tag names, in one place. Reads tag themselves with these; writes
// invalidate them (server/revalidate.ts). Plain module: tests and scripts use it too.
export const tags = {
  /** The front page's blocks. */
  home: "home",
  /** One article's page content. */
  article: (id: string) => `article:${id}`,
  /**
   * A live blog's entries: its pages and the updates its readers poll. An entry written expires this alone, so
   * the page rendered after a post reads its entries again but not the article, which the entry left as it was.
   */
  liveEntries: (id: string) => `live:${id}`,
  /** A section's listing pages; also its name/description in navigation. */
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** Section list for navigation, footers and sitemaps. */
  sections: "sections",
  /** "Latest", "Most popular" and "Related" beside articles: time-based, expired only when a live story goes away. */
  rails: "rails",
  feeds: "feeds",
  /** The corrections page and its feed. */
  corrections: "corrections",
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

/**
 * Every cache tag whose pages may show this article, before or after the change.
 *
 * The rails beside other stories (Latest, Most popular, Related) are left to
 * refresh on their own within minutes: expiring them on every publish would
 * re-render every article page on the site each time a story goes live, which
 * is exactly when traffic peaks. They are expired at once only when a live
 * story goes away, so no page keeps linking to it.
 */
export function tagsForArticleChange(before: ArticleFootprint | null | undefined, after: ArticleFootprint | null | undefined): string[] {
  const out = new Set<string>();
  for (const article of [before, after]) {
    if (!article) continue;
    out.add(tags.article(article.id));
    out.add(tags.slug(article.slug));
    if (article.status !== "PUBLISHED") continue;
    out.add(tags.home).add(tags.feeds).add(tags.sitemaps).add(tags.redirects);
    if (article.section) out.add(tags.section(article.section));
    for (const tag of article.tags) out.add(tags.tag(tag));
    for (const author of article.authors) out.add(tags.author(author));
  }
  if (before?.status === "PUBLISHED" && after?.status !== "PUBLISHED") out.add(tags.rails);
  return [...out];
}


/**
 * Every cache tag whose pages show a live blog's entries: each page of entries and the updates readers' browsers
 * poll read them under the blog's entries tag (and the article's, which every change to the blog itself
 * expires), and the look-up of an entry's page answers with both. A newly posted entry on a live blog is also
 * its last change, which the sitemaps show; an edit, a deletion or a flag changes the blog's pages alone. The
 * article's own cached read is left alone: the page reads its last change (the newest entry, or a later
 * substantive update) with the entries.
 */
export function tagsForLiveEntryChange(blog: ArticleFootprint, change: "post" | "edit"): string[] {
  const out = [tags.liveEntries(blog.id)];
  if (blog.status === "PUBLISHED" && change === "post") out.push(tags.sitemaps);
  return out;
}

/** The tags a live blog's own answers besides its pages carry (the updates readers poll, an entry's look-up). */
export function liveBlogTags(blog: { id: string; slug: string }): string[] {
  return [tags.liveEntries(blog.id), tags.article(blog.id), tags.slug(blog.slug)];
}

/**
 * A live blog's coverage ending or resuming: its pages, and every listing that marks it LIVE (the front page,
 * its section, topic and author pages). The sitemaps go by its last entry, which this does not change. The rails
 * beside every story follow within minutes, as for any change (see tagsForArticleChange): expiring them would
 * render every story page again just as a big story ends.
 */
export function tagsForLiveBlogState(blog: ArticleFootprint): string[] {
  const out = new Set([tags.article(blog.id), tags.slug(blog.slug)]);
  if (blog.status === "PUBLISHED") {
    out.add(tags.home);
    if (blog.section) out.add(tags.section(blog.section));
    for (const tag of blog.tags) out.add(tags.tag(tag));
    for (const author of blog.authors) out.add(tags.author(author));
  }
  return [...out];
}
