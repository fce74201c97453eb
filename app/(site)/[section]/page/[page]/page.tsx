import { SectionView, sectionMetadata } from "../../section-view";

export async function generateMetadata({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  return sectionMetadata(section, page);
}

export default async function SectionPageN({ params }: PageProps<"/[section]/page/[page]">) {
  const { section, page } = await params;
  return <SectionView sectionSlug={section} pageParam={page} />;
}
