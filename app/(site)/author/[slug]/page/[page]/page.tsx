import { renderedAt } from "@/server/data/clock";
import { listAuthorSlugs } from "@/server/data/listings";
import { AuthorView, load, authorMetadata } from "../../author-view";

/**
 * Listing a page number to build makes the route a stored one: other page
 * numbers render on their first request and are then kept like articles.
 * Page 1 always exists (its canonical URL is the unpaginated one).
 */
export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug, page: "1" }));
}

export async function generateMetadata({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return authorMetadata(slug, page);
}

export default async function AuthorPageN({ params }: PageProps<"/author/[slug]/page/[page]">) {
  const { slug, page } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(slug, page), renderedAt()]);
  return <AuthorView listing={listing} now={now} />;
}
