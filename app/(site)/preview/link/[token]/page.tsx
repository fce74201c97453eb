import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { PreviewStory } from "@/components/site/preview-story";
import { getArticleForPreview } from "@/server/data/articles";
import { checkPreviewLink } from "@/server/services/preview-links";

type Props = PageProps<"/preview/link/[token]">;

// proxy.ts has answered expired, revoked and embargoed links (410, 403) and counted this opening; here the
// link is checked again, without counting, in case it changed in between. Rendered for each request
// (connection()): never stored by Next, and proxy.ts marks the answer private, no-store and noindex.
const load = cache(async (token: string) => {
  await connection();
  const opening = await checkPreviewLink(token);
  if (opening.kind !== "open") return null;
  return getArticleForPreview(opening.articleId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).token);
  return { title: article ? `Preview: ${article.headline}` : "Preview", robots: { index: false, follow: false } };
}

/** A story that is not live yet, as readers will see it, for whoever holds the link. */
export default async function SharedPreviewPage({ params }: Props) {
  const article = await load((await params).token);
  if (!article) notFound();
  return (
    <PreviewStory
      article={article}
      notice={
        <p role="note" className="mb-4 rounded border-2 border-breaking bg-surface px-4 py-3 text-sm">
          <strong className="mr-2 uppercase tracking-wide text-breaking">Preview — not published</strong>
          This story is shared with you before publication. Please do not pass the link on.
        </p>
      }
    />
  );
}
