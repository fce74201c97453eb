import { renderedAt } from "@/server/data/clock";
import { listTagSlugs } from "@/server/data/listings";
import { TagView, load, tagMetadata } from "../../tag-view";

// Pages for URLs not built ahead render on their first request, whole, and are then cached.
export const instant = false;

/**
 * Cache Components needs one successful prerender per route to serve the
 * others whole on their first request: page 1 always exists (its canonical
 * URL is the unpaginated one). Other page numbers render on first request.
 */
export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ slug, page: "1" }));
}

export async function generateMetadata({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  return tagMetadata(slug, page);
}

export default async function TagPageN({ params }: PageProps<"/tag/[slug]/page/[page]">) {
  const { slug, page } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(slug, page), renderedAt()]);
  return <TagView listing={listing} now={now} />;
}
