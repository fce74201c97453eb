import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { canArrangeFronts } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getArrangementForEditing, listArrangeablePages } from "@/server/data/admin-arrangements";
import { isValidSlug } from "@/lib/slug";
import { ArrangeView } from "../arrange-view";

export const metadata: Metadata = { title: "Arrange a section front" };

export default async function ArrangeSectionFront({ params }: PageProps<"/admin/front-page/[section]">) {
  if (!canArrangeFronts(await requireActor())) forbidden();
  const { section } = await params;
  if (!isValidSlug(section)) notFound();
  const [data, pages] = await Promise.all([getArrangementForEditing(section), listArrangeablePages()]);
  if (!data) notFound();
  return <ArrangeView data={data} pages={pages} />;
}
