import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { getSections } from "@/server/data/sections";

/**
 * Listing a page number to build makes the route a stored one: other page
 * numbers render on their first request and are then kept like articles.
 * Page 1 always exists (its canonical URL is the unpaginated one).
 */
export async function generateStaticParams() {
  return (await getSections()).map((s) => ({ section: s.slug, page: "1" }));
}

export async function generateMetadata({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  return listingMetadata("section", section, page);
}

export default async function SectionPageN({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  return listingPage("section", section, page);
}
