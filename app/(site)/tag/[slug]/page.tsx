import { renderedAt } from "@/server/data/clock";
import { listTagSlugs } from "@/server/data/listings";
import { TagView, load, tagMetadata } from "./tag-view";

/** Topics in use are built ahead; any other renders on its first request and is then cached. */
export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  return tagMetadata(slug);
}

export default async function TagPage({ params }: PageProps<"/tag/[slug]">) {
  const { slug } = await params;
  // Loaded here, before rendering starts, so a missing page answers with a real 404 status.
  const [listing, now] = await Promise.all([load(slug, undefined), renderedAt()]);
  return <TagView listing={listing} now={now} />;
}
