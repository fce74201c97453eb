import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { inputClass as input } from "@/components/ui/controls";
import { TopicMergeForm } from "@/components/admin/topic-merge-form";
import { saveTagAction } from "@/server/actions/taxonomy";
import { canManageTaxonomy } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listTagsForAdmin } from "@/server/data/admin-taxonomy";

export const metadata: Metadata = { title: "Topics" };

export default async function TagsPage() {
  if (!canManageTaxonomy(await requireActor())) forbidden();
  const tags = await listTagsForAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold">Topics</h1>
      <ul className="mt-4 space-y-3">
        {tags.map((t) => (
          <li key={t.id} className="rounded border border-rule bg-paper p-3">
            <p className="text-sm text-muted">{t._count.articles} article(s)</p>
            <ActionForm action={saveTagAction} submit="Rename" label={`Edit topic ${t.name}`}>
              <input type="hidden" name="id" value={t.id} />
              <input type="hidden" name="updatedAt" value={t.updatedAt.toISOString()} />
              <label className="text-sm">Name<input name="name" defaultValue={t.name} className={input} /></label>
              <label className="text-sm">Address<input name="slug" defaultValue={t.slug} className={input} /></label>
              <label className="min-w-64 flex-1 text-sm">Description<input name="description" defaultValue={t.description} className={input} /></label>
            </ActionForm>
            <TopicMergeForm topic={{ id: t.id, name: t.name, slug: t.slug, articles: t._count.articles }} others={tags.filter((o) => o.id !== t.id).map((o) => ({ id: o.id, name: o.name }))} />
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">New topic</h2>
      <ActionForm action={saveTagAction} submit="Add topic" label="New topic" className="mt-2 flex flex-wrap items-end gap-2 rounded border border-rule bg-paper p-3">
        <label className="text-sm">Name<input name="name" className={input} /></label>
        <label className="text-sm">Address (optional)<input name="slug" className={input} /></label>
      </ActionForm>
    </>
  );
}
