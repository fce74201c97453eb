import { renderedAt } from "@/server/data/clock";
import { listAuthorSlugs } from "@/server/data/listings";
import { AuthorView, load, authorMetadata } from "../../author-view";

// Pages for URLs not built ahead render on their first request, whole, and are then cached.
export const instant = false;

/**
 * Cache Components needs one successful prerender per route to serve the
 * others whole on their first request: page 1 always exists (its canonical
 * URL is the unpaginated one). Other page numbers render on first request.
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
