// Site identity and URL builders shared by pages, feeds, sitemaps and JSON-LD.
import { env } from "./env";

export const site = {
  name: env.SITE_NAME,
  url: env.SITE_URL,
  timeZone: env.SITE_TIME_ZONE,
  description: "Independent news from Calder Bay and the wider world: politics, business, science, climate, culture and sport.",
  locale: "en_GB",
  language: "en-GB",
};

export const paths = {
  article: (section: string, slug: string) => `/${section}/${slug}`,
  section: (slug: string, page = 1) => (page > 1 ? `/${slug}/page/${page}` : `/${slug}`),
  tag: (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}` : `/tag/${slug}`),
  author: (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`),
  media: (fileName: string) => `/media/${fileName}`,
  sectionFeed: (slug: string) => `/${slug}/feed.xml`,
  tagFeed: (slug: string) => `/tag/${slug}/feed.xml`,
  authorFeed: (slug: string) => `/author/${slug}/feed.xml`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
};

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).href;
}
