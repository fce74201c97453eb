import { AuthorView, authorMetadata } from "../../author-view";

export async function generateMetadata({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return authorMetadata(slug, page);
}

export default async function AuthorPageN({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return <AuthorView slug={slug} pageParam={page} />;
}
