import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { listAuthorSlugs } from "@/server/data/listings";

/** Authors are built ahead; any other renders on its first request and is then cached. */
export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  return listingMetadata("author", slug);
}

export default async function AuthorPage({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  return listingPage("author", slug);
}
