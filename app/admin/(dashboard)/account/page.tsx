import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { BylineForm } from "@/components/admin/byline-form";
import { inputClass as input } from "@/components/admin/styles";
import { changePasswordAction } from "@/server/actions/users";
import { requireActor } from "@/server/auth/session";
import { ownBylineFor } from "@/server/services/bylines";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: PageProps<"/admin/account">) {
  const actor = await requireActor();
  const { password } = await searchParams;
  // Made here on first use for accounts older than bylines for every account.
  const byline = await ownBylineFor(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-1 text-sm text-muted">{actor.name} · {actor.email} · {actor.role}</p>
      {password === "changed" ? <p role="status" className="mt-4 rounded border border-rule bg-paper px-3 py-2 text-sm">Password changed. Other devices were signed out.</p> : null}
      <h2 className="mt-6 text-lg font-bold">Your byline</h2>
      <p className="mt-1 max-w-xl text-sm text-muted">
        How readers see you under your stories and on your author page (<a href={`/author/${byline.slug}`} className="underline">/author/{byline.slug}</a>, once a story of yours is live).
      </p>
      <BylineForm
        byline={{
          name: byline.name,
          jobTitle: byline.jobTitle,
          bio: byline.bio,
          photo: byline.photo ? { id: byline.photo.id, src: `/media/${byline.photo.fileName}`, alt: byline.photo.alt } : null,
        }}
      />
      <h2 className="mt-8 text-lg font-bold">Change password</h2>
      <ActionForm action={changePasswordAction} submit="Change password" label="Change password" refresh={false} className="mt-2 grid max-w-sm gap-2">
        <label className="text-sm">Current password<input name="currentPassword" type="password" autoComplete="current-password" className={input} /></label>
        <label className="text-sm">New password (at least 10 characters)<input name="newPassword" type="password" autoComplete="new-password" className={input} /></label>
      </ActionForm>
    </>
  );
}
