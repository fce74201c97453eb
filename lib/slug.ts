// URL slugs: lowercase ASCII words joined by single hyphens.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

/** Paths the reader site owns; a section may not take one of these slugs. */
export const RESERVED_SLUGS = new Set([
  "admin", "api", "author", "tag", "search", "media", "feed", "feed.xml", "rss", "sitemap", "sitemaps",
  "news-sitemap.xml", "sitemap.xml", "robots.txt", "preview", "_next", "static", "page", "blank", "corrections",
]);

export function slugify(input: string, max = SLUG_MAX): string {
  const ascii = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // strip accents: "café" → "cafe"
    .replace(/[ß]/g, "ss")
    .replace(/[æ]/gi, "ae")
    .replace(/[øœ]/gi, "o")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, "");
}

export function isValidSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}
