import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { inputClass as input } from "@/components/ui/controls";
import { saveAuthorAction } from "@/server/actions/taxonomy";
import { canManageTaxonomy } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listAuthorsForAdmin, listUsersForAdmin } from "@/server/data/admin-taxonomy";
import { listRecentMedia } from "@/server/data/media";

export const metadata: Metadata = { title: "Authors" };

type Options = { users: { id: string; name: string; email: string }[]; photos: { id: string; alt: string; fileName: string }[] };

function AuthorFields({ author, options }: { author?: Awaited<ReturnType<typeof listAuthorsForAdmin>>[number]; options: Options }) {
  // The current photo is always a choice, even when it is older than the recent images listed.
  const photos = author?.photo && !options.photos.some((p) => p.id === author.photo!.id) ? [author.photo, ...options.photos] : options.photos;
  return (
    <>
      {author ? <input type="hidden" name="id" value={author.id} /> : null}
      {author ? <input type="hidden" name="updatedAt" value={author.updatedAt.toISOString()} /> : null}
      <label className="text-sm">Name<input name="name" defaultValue={author?.name} className={input} /></label>
      <label className="text-sm">Address{author ? "" : " (optional)"}<input name="slug" defaultValue={author?.slug} className={input} /></label>
      <label className="text-sm">Job title<input name="jobTitle" defaultValue={author?.jobTitle} className={input} /></label>
      <label className="text-sm">Account
        <select name="userId" defaultValue={author?.userId ?? ""} className={input}>
          <option value="">No account (freelance byline)</option>
          {options.users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email})</option>)}
        </select>
      </label>
      <label className="text-sm">Photo
        <select name="photoId" defaultValue={author?.photoId ?? ""} className={input}>
          <option value="">No photo</option>
          {photos.map((p) => <option key={p.id} value={p.id}>{p.alt || p.fileName}</option>)}
        </select>
      </label>
      <label className="basis-full text-sm">Bio<textarea name="bio" rows={2} defaultValue={author?.bio} className={input} /></label>
    </>
  );
}

export default async function AuthorsPage() {
  if (!canManageTaxonomy(await requireActor())) forbidden();
  const [authors, users, media] = await Promise.all([listAuthorsForAdmin(), listUsersForAdmin(), listRecentMedia(300)]);
  const options: Options = { users, photos: media.map((m) => ({ id: m.id, alt: m.alt, fileName: m.fileName })) };
  return (
    <>
      <h1 className="text-2xl font-bold">Authors</h1>
      <ul className="mt-4 space-y-3">
        {authors.map((a) => (
          <li key={a.id} className="rounded border border-rule bg-paper p-3">
            <p className="text-sm text-muted">{a._count.articles} article(s){a.user ? ` · signs in as ${a.user.email}` : ""}</p>
            <ActionForm action={saveAuthorAction} submit="Save" label={`Edit author ${a.name}`}>
              <AuthorFields author={a} options={options} />
            </ActionForm>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">New author</h2>
      <ActionForm action={saveAuthorAction} submit="Add author" label="New author" className="mt-2 flex flex-wrap items-end gap-2 rounded border border-rule bg-paper p-3">
        <AuthorFields options={options} />
      </ActionForm>
    </>
  );
}
