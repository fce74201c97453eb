import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { listAuthorSlugs } from "@/server/data/listings";

/**
 * Listing a page number to build makes the route a stored one: other page
 * numbers render on their first request and are then kept like articles.
 * Page 1 always exists (its canonical URL is the unpaginated one).
 */
export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug, page: "1" }));
}

export async function generateMetadata({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return listingMetadata("author", slug, page);
}

export default async function AuthorPageN({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return listingPage("author", slug, page);
}
