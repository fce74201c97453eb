import type { Metadata } from "next";
import { ArticleForm } from "@/components/admin/article-form";
import { canArticle, canCreateTopics } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { site } from "@/lib/site";
import { bylineChoices, getEditorOptions, lastSectionOf } from "@/server/data/admin-articles";
import { ownBylineFor } from "@/server/services/bylines";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor();
  // The writer's own byline is made here if their account predates bylines for every account.
  const own = await ownBylineFor(actor);
  const [options, section] = await Promise.all([getEditorOptions(), lastSectionOf(actor)]);
  const draft = { createdById: actor.id, status: "DRAFT", bylineUserIds: [] };
  return (
    <ArticleForm
      initial={{ version: 0, status: "DRAFT", headline: "", slug: "", standfirst: "", body: null, sectionId: section, tags: "", authorIds: [own.id], breaking: false, featured: false, seoTitle: "", seoDescription: "", scheduledAt: "", hero: null }}
      sections={options.sections}
      authors={bylineChoices(options.authors, own.id)}
      topics={options.tags}
      userId={actor.id}
      timeZone={site.timeZone}
      permissions={{ publish: canArticle(actor, "publish", draft), submit: canArticle(actor, "submit", draft), createTopics: canCreateTopics(actor) }}
    />
  );
}
