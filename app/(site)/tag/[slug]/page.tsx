import { TagView, tagMetadata } from "./tag-view";

export async function generateMetadata({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  return tagMetadata(slug);
}

export default async function TagPage({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  return <TagView slug={slug} />;
}
