import { listingMetadata, listingPage } from "@/app/(site)/listing-pages";
import { listTagSlugs } from "@/server/data/listings";

/** Topics in use are built ahead; any other renders on its first request and is then cached. */
export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  return listingMetadata("tag", slug);
}

export default async function TagPage({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  return listingPage("tag", slug);
}
