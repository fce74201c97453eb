import type { Metadata } from "next";
import { ArticleForm } from "@/components/admin/article-form";
import { canArticle, canCreateTopics } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getEditorOptions } from "@/server/data/admin-articles";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor();
  const options = await getEditorOptions();
  const draft = { createdById: actor.id, status: "DRAFT", bylineUserIds: [] };
  const own = options.authors.find((a) => a.userId === actor.id);
  return (
    <ArticleForm
      initial={{ version: 0, status: "DRAFT", headline: "", slug: "", standfirst: "", body: null, sectionId: "", tags: "", authorIds: own ? [own.id] : [], breaking: false, featured: false, seoTitle: "", seoDescription: "", scheduledAt: "", hero: null }}
      sections={options.sections}
      authors={options.authors}
      topics={options.tags}
      userId={actor.id}
      permissions={{ publish: canArticle(actor, "publish", draft), submit: canArticle(actor, "submit", draft), createTopics: canCreateTopics(actor) }}
    />
  );
}
