import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { canArrangeFronts } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getArrangementForEditing, listArrangeablePages } from "@/server/data/admin-arrangements";
import { ArrangeView } from "./arrange-view";

export const metadata: Metadata = { title: "Arrange the front page" };

export default async function ArrangeFrontPage() {
  if (!canArrangeFronts(await requireActor())) forbidden();
  const [data, pages] = await Promise.all([getArrangementForEditing(null), listArrangeablePages()]);
  if (!data) notFound();
  return <ArrangeView data={data} pages={pages} />;
}
