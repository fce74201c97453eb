import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreviewStory } from "@/components/site/preview-story";
import { canArticle } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { getArticleForPreview } from "@/server/data/articles";
import { getArticleAccess } from "@/server/data/admin-articles";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

/** A draft exactly as readers will see it, for people who may edit it. Anyone else gets a 404. */
export default async function PreviewPage({ params }: PageProps<"/preview/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const access = await getArticleAccess(id);
  if (!actor || !access || !canArticle(actor, "edit", access)) notFound();
  const article = await getArticleForPreview(id);
  if (!article) notFound();
  return (
    <PreviewStory
      article={article}
      notice={
        <p role="note" className="mb-4 rounded border border-accent bg-surface px-4 py-2 text-sm">
          Preview: this is how the story will look to readers. It is not public until it is published.
        </p>
      }
    />
  );
}
