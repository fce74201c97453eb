import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { canArticle } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { getArticleForPreview, getLatest, getRelated } from "@/server/data/articles";
import { getLiveBlogPage } from "@/server/data/live-blogs";
import { getArticleAccess } from "@/server/data/admin-articles";
import { getMostPopular } from "@/server/data/popular";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

/** A draft exactly as readers will see it, for people who may edit it. Anyone else gets a 404. */
export default async function PreviewPage({ params }: PageProps<"/preview/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const access = await getArticleAccess(id);
  if (!actor || !access || !canArticle(actor, "edit", access)) notFound();
  const article = await getArticleForPreview(id);
  if (!article) notFound();
  const [related, latest, popular] = await Promise.all([getRelated(article.slug), getLatest(6, { excludeId: article.id }), getMostPopular(5)]);
  return (
    <>
      <p role="note" className="mb-4 rounded border border-accent bg-surface px-4 py-2 text-sm">
        Preview: this is how the story will look to readers. It is not public until it is published.
      </p>
      <ArticleBody
        article={article}
        related={related}
        latest={latest}
        popular={popular}
        now={new Date()}
        preview
        live={article.liveBlog ? await getLiveBlogPage(article.id, article.section.slug, article.slug, 1) : null}
      />
    </>
  );
}
