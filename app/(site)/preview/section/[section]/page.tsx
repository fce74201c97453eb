import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrangementPreviewNote } from "@/components/site/arrangement-preview-note";
import { canArrangeFronts } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { hasArrangementDraft } from "@/server/data/admin-arrangements";
import { getSectionListingDraft } from "@/server/data/listings";
import { isValidSlug } from "@/lib/slug";
import { sectionPageKey } from "@/lib/validation/arrangement";
import { ListingView, describeSection } from "@/app/(site)/listing-pages";

export const metadata: Metadata = { title: "Preview: section front", robots: { index: false, follow: false } };

/** A section's page 1 with the draft of its top stories, for editors; anyone else gets a 404. */
export default async function SectionFrontPreview({ params }: PageProps<"/preview/section/[section]">) {
  const { section } = await params;
  const actor = await getActor();
  if (!canArrangeFronts(actor) || !isValidSlug(section)) notFound();
  const listing = await getSectionListingDraft(section);
  if (!listing) notFound();
  const draft = await hasArrangementDraft(sectionPageKey(listing.subject.id));
  return (
    <>
      <ArrangementPreviewNote draft={draft} arrangeHref={`/admin/front-page/${listing.subject.slug}`} />
      <ListingView kind="section" listing={describeSection(listing)} now={new Date()} />
    </>
  );
}
