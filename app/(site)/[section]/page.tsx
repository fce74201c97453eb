import { getSections } from "@/server/data/sections";
import { renderedAt } from "@/server/data/clock";
import { SectionView, load, sectionMetadata } from "./section-view";

export async function generateStaticParams() {
  return (await getSections()).map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  return sectionMetadata(section);
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(section, undefined), renderedAt()]);
  return <SectionView listing={listing} now={now} />;
}
