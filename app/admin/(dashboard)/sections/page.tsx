import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { inputClass as input } from "@/components/ui/controls";
import { deleteSectionAction, saveSectionAction } from "@/server/actions/taxonomy";
import { canManageTaxonomy } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listSectionsForAdmin } from "@/server/data/admin-taxonomy";
import { forbidden } from "next/navigation";

export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  if (!canManageTaxonomy(await requireActor())) forbidden();
  const sections = await listSectionsForAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold">Sections</h1>
      <p className="mt-1 text-sm text-muted">Navigation shows sections by position, lowest first.</p>
      <ul className="mt-4 space-y-3">
        {sections.map((s) => (
          <li key={s.id} className="rounded border border-rule bg-paper p-3">
            <ActionForm action={saveSectionAction} submit="Save" label={`Edit section ${s.name}`}>
              <input type="hidden" name="id" value={s.id} />
              <input type="hidden" name="updatedAt" value={s.updatedAt.toISOString()} />
              <label className="text-sm">Name<input name="name" defaultValue={s.name} className={input} /></label>
              <label className="text-sm">Address<input name="slug" defaultValue={s.slug} className={input} /></label>
              <label className="text-sm">Position<input name="position" type="number" min={0} defaultValue={s.position} className={`${input} w-20`} /></label>
              <label className="min-w-64 flex-1 text-sm">Description<input name="description" defaultValue={s.description} className={input} /></label>
            </ActionForm>
            <ActionForm action={deleteSectionAction} submit="Delete" danger label={`Delete section ${s.name}`} className="mt-2 flex flex-wrap items-center gap-2">
              <input type="hidden" name="id" value={s.id} />
              <span className="text-sm text-muted">{s._count.articles} article(s)</span>
              <Link href={`/admin/front-page/${s.slug}`} className="text-sm underline">Arrange its top stories</Link>
            </ActionForm>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">New section</h2>
      <ActionForm action={saveSectionAction} submit="Add section" label="New section" className="mt-2 flex flex-wrap items-end gap-2 rounded border border-rule bg-paper p-3">
        <label className="text-sm">Name<input name="name" className={input} /></label>
        <label className="text-sm">Address (optional)<input name="slug" className={input} /></label>
        <label className="text-sm">Position<input name="position" type="number" min={0} defaultValue={sections.length} className={`${input} w-20`} /></label>
        <label className="min-w-64 flex-1 text-sm">Description<input name="description" className={input} /></label>
      </ActionForm>
    </>
  );
}
