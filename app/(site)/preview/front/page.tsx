import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrangementPreviewNote } from "@/components/site/arrangement-preview-note";
import { FrontPageView } from "@/components/site/front-page-view";
import { canArrangeFronts } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { hasArrangementDraft } from "@/server/data/admin-arrangements";
import { getBreaking } from "@/server/data/articles";
import { getFrontPageDraft } from "@/server/data/fronts";
import { getMostPopular } from "@/server/data/popular";
import { HOME } from "@/lib/validation/arrangement";

export const metadata: Metadata = { title: "Preview: front page", robots: { index: false, follow: false } };

/** The front page with the draft arrangement, for editors (read per request: it asks who is signed in). Anyone else gets a 404. */
export default async function FrontPagePreview() {
  const actor = await getActor();
  if (!canArrangeFronts(actor)) notFound();
  const [front, breaking, popular, draft] = await Promise.all([getFrontPageDraft(), getBreaking(), getMostPopular(5), hasArrangementDraft(HOME)]);
  return (
    <>
      <ArrangementPreviewNote draft={draft} arrangeHref="/admin/front-page" />
      <FrontPageView front={front} breaking={breaking} popular={popular} now={new Date()} />
    </>
  );
}
