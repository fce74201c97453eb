import type { Metadata } from "next";
import { readerMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { listCorrections } from "@/server/data/corrections";
import { CORRECTIONS_DESCRIPTION, CorrectionsList } from "@/components/site/corrections-list";

export const metadata: Metadata = readerMetadata({
  title: "Corrections",
  shareTitle: `Corrections — ${site.name}`,
  description: CORRECTIONS_DESCRIPTION,
  path: "/corrections",
  openGraph: { type: "website" },
  feeds: [{ url: "/corrections/feed.xml", title: `${site.name} — corrections` }],
});

export default async function CorrectionsPage() {
  return <CorrectionsList list={(await listCorrections(1))!} />;
}
