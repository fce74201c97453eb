import type { Metadata } from "next";
import { FrontPageView } from "@/components/site/front-page-view";
import { JsonLd } from "@/components/site/json-ld";
import { getBreaking } from "@/server/data/articles";
import { renderedAt } from "@/server/data/clock";
import { getFrontPage } from "@/server/data/fronts";
import { getMostPopular } from "@/server/data/popular";
import { websiteJsonLd } from "@/lib/seo/json-ld";
import { readerMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const metadata: Metadata = readerMetadata({
  shareTitle: site.name,
  description: site.description,
  path: "/",
  openGraph: { type: "website" },
});

export default async function FrontPage() {
  const [front, breaking, popular, now] = await Promise.all([getFrontPage(), getBreaking(), getMostPopular(5), renderedAt()]);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <FrontPageView front={front} breaking={breaking} popular={popular} now={now} />
    </>
  );
}
