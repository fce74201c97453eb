import { renderedAt } from "@/server/data/clock";
import { getSections } from "@/server/data/sections";
import { SectionView, load, sectionMetadata } from "../../section-view";

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
  return sectionMetadata(section, page);
}

export default async function SectionPageN({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(section, page), renderedAt()]);
  return <SectionView listing={listing} now={now} />;
}
