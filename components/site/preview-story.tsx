import type { ReactNode } from "react";
import { ArticleBody } from "@/components/site/article-body";
import { getLatest, getRelated, type getArticleForPreview } from "@/server/data/articles";
import { getLiveBlogPage } from "@/server/data/live-blogs";
import { getMostPopular } from "@/server/data/popular";

type PreviewArticle = NonNullable<Awaited<ReturnType<typeof getArticleForPreview>>>;

/** A story that is not public yet, rendered as readers will see it, under a note that says whose view this is. */
export async function PreviewStory({ article, notice }: { article: PreviewArticle; notice: ReactNode }) {
  const [related, latest, popular, live] = await Promise.all([
    getRelated(article.slug),
    getLatest(6, { excludeId: article.id }),
    getMostPopular(5),
    article.liveBlog ? getLiveBlogPage(article.id, article.section.slug, article.slug, 1) : null,
  ]);
  return (
    <>
      {notice}
      <ArticleBody article={article} related={related} latest={latest} popular={popular} now={new Date()} preview live={live} />
    </>
  );
}
