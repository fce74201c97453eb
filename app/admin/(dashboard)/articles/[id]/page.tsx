import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form";
import { CorrectionsPanel } from "@/components/admin/corrections-panel";
import { PresenceBar } from "@/components/admin/presence-bar";
import { PreviewLinksPanel } from "@/components/admin/preview-links-panel";
import { RevisionsPanel } from "@/components/admin/revisions-panel";
import { bodyUnreadableByEditor } from "@/lib/rich-text/editor-schema";
import { articleAccess, canArticle, canCorrect, canCreateTopics, canSharePreview, SHAREABLE_STATUSES } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { bylineChoices, getArticleForEditing, getEditorOptions } from "@/server/data/admin-articles";
import { ownBylineFor } from "@/server/services/bylines";
import { formatNewsroomDate } from "@/lib/dates";
import { revisionLabel } from "@/lib/revision-kinds";
import { instantToWallTime } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { listPreviewLinks } from "@/server/services/preview-links";
import { getVersionForEditor, listRevisions } from "@/server/data/revisions";

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { load } = await searchParams;
  const [article, options] = await Promise.all([getArticleForEditing(id), getEditorOptions()]);
  if (!article) notFound();
  const rights = articleAccess(article);
  // Someone who may not edit the story is told so (403), without seeing any of it.
  if (!canArticle(actor, "edit", rights)) forbidden();
  // The writer is offered their own byline first (made here if their account predates bylines for every account).
  const own = await ownBylineFor(actor);
  // The editor would open such a body empty, and its next autosave would store that over the text.
  const unreadable = bodyUnreadableByEditor(article.body);
  const links = (await listPreviewLinks(actor, article.id)) ?? [];
  const canShare = canSharePreview(actor, rights);
  const revisions = await listRevisions(article.id);
  // "Load into the editor": a version of this story, put in the form as unsaved changes.
  const loadRef = typeof load === "string" ? load : null;
  const loading = loadRef ? await getVersionForEditor(article.id, loadRef) : null;
  const loaded = loading
    ? { id: loading.revision.id, label: `Version ${loading.revision.version} (${revisionLabel(loading.revision.kind)}, ${formatNewsroomDate(loading.revision.createdAt)})`, values: loading.values }
    : null;
  const panel = <RevisionsPanel articleId={article.id} revisions={revisions} />;
  return (
    <>
      {unreadable ? (
        <>
          <h1 className="mb-4 text-2xl font-bold">Edit article</h1>
          <div role="alert" className="rounded border border-breaking bg-paper p-4">
            <p className="font-semibold">This story cannot be opened in the editor: {unreadable}.</p>
            <p className="mt-2 text-sm">
              Editing it here would lose that part of the text, so the story is left as it is. Compare and restore an earlier version from the revisions below, or ask the site&apos;s developers to convert it.
            </p>
            <p className="mt-2 text-sm">
              <Link href={`/preview/${article.id}`} className="underline">Preview “{article.headline || "Untitled"}”</Link>
            </p>
          </div>
        </>
      ) : (
        <>
        <PresenceBar articleId={article.id} timeZone={site.timeZone} />
        {loadRef && !loading ? (
          <p role="alert" className="mb-5 rounded border border-breaking bg-paper px-4 py-3 text-sm">
            That version cannot be loaded: it is not one of this story&apos;s versions. The editor shows the story as saved.
          </p>
        ) : null}
        <ArticleForm
          initial={{
            id: article.id,
            version: article.version,
            status: article.status,
            headline: article.headline,
            slug: article.slug,
            standfirst: article.standfirst,
            body: article.body,
            sectionId: article.sectionId ?? "",
            tags: article.tags.map((t) => t.tag.name).join(", "),
            authorIds: article.authors.map((a) => a.authorId),
            breaking: article.breaking,
            featured: article.featured,
            seoTitle: article.seoTitle ?? "",
            seoDescription: article.seoDescription ?? "",
            scheduledAt: article.scheduledAt ? instantToWallTime(article.scheduledAt, site.timeZone) : "",
            unpublishAt: article.unpublishAt ? instantToWallTime(article.unpublishAt, site.timeZone) : "",
            liveUrl: article.section ? `/${article.section.slug}/${article.slug}` : undefined,
            kind: article.kind,
            hero: article.heroImage
              ? {
                  id: article.heroImage.id,
                  src: `/media/${article.heroImage.fileName}`,
                  alt: article.heroAlt ?? article.heroImage.alt,
                  caption: article.heroCaption ?? article.heroImage.caption,
                  credit: article.heroCredit ?? article.heroImage.credit,
                }
              : null,
          }}
          sections={options.sections}
          authors={bylineChoices(options.authors, own.id)}
          topics={options.tags}
          userId={actor.id}
          loaded={loaded}
          side={panel}
          timeZone={site.timeZone}
          permissions={{ publish: canArticle(actor, "publish", rights), submit: canArticle(actor, "submit", rights), createTopics: canCreateTopics(actor) }}
        />
        </>
      )}
      {canCorrect(actor) ? <CorrectionsPanel articleId={article.id} live={article.status === "PUBLISHED"} corrections={article.corrections} /> : null}
      <PreviewLinksPanel
        articleId={article.id}
        links={links}
        canCreate={canShare}
        reason={SHAREABLE_STATUSES.includes(article.status) ? (canShare ? null : "Your role cannot make preview links for this story.") : "Preview links are for stories that are not live yet."}
        timeZone={site.timeZone}
      />
      {unreadable ? <div className="mt-10 max-w-md">{panel}</div> : null}
    </>
  );
}
