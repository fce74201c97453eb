import { TagView, tagMetadata } from "../../tag-view";

export async function generateMetadata({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return tagMetadata(slug, page);
}

export default async function TagPageN({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return <TagView slug={slug} pageParam={page} />;
}
