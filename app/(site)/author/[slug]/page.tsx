import { AuthorView, authorMetadata } from "./author-view";

export async function generateMetadata({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  return authorMetadata(slug);
}

export default async function AuthorPage({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  return <AuthorView slug={slug} />;
}
