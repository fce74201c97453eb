import { redirect } from "next/navigation";
import { comparePath } from "@/components/admin/revisions-panel";

/** An older address of one revision: now the comparison of that revision with the story as saved now. */
export default async function RevisionPage({ params }: PageProps<"/admin/articles/[id]/revisions/[revisionId]">) {
  const { id, revisionId } = await params;
  redirect(comparePath(id, revisionId));
}
