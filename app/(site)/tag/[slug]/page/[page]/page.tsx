import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { listTagSlugs } from "@/server/data/listings";

/**
 * Listing a page number to build makes the route a stored one: other page
 * numbers render on their first request and are then kept like articles.
 * Page 1 always exists (its canonical URL is the unpaginated one).
 */
export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ slug, page: "1" }));
}

export async function generateMetadata({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return listingMetadata("tag", slug, page);
}

export default async function TagPageN({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return listingPage("tag", slug, page);
}
