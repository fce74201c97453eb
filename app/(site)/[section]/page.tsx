import { getSections } from "@/server/data/sections";
import { SectionView, sectionMetadata } from "./section-view";

export async function generateStaticParams() {
  return (await getSections()).map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  return sectionMetadata(section);
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  return <SectionView sectionSlug={section} />;
}
