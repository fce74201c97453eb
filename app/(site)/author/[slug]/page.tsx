import { renderedAt } from "@/server/data/clock";
import { listAuthorSlugs } from "@/server/data/listings";
import { AuthorView, load, authorMetadata } from "./author-view";

/** Authors are built ahead; any other renders on its first request and is then cached. */
export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  return authorMetadata(slug);
}

export default async function AuthorPage({ params }: PageProps<"/author/[slug]">) {
  const { slug } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(slug, undefined), renderedAt()]);
  return <AuthorView listing={listing} now={now} />;
}
