import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { getSections } from "@/server/data/sections";

export async function generateStaticParams() {
  return (await getSections()).map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  return listingMetadata("section", section);
}

export default async function SectionPage({ params }: PageProps<"/[section]">) {
  const { section } = await params;
  return listingPage("section", section);
}
