import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { inputClass as input } from "@/components/admin/styles";
import { changePasswordAction } from "@/server/actions/users";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: PageProps<"/admin/account">) {
  const actor = await requireActor();
  const { password } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-1 text-sm text-muted">{actor.name} · {actor.email} · {actor.role}</p>
      {password === "changed" ? <p role="status" className="mt-4 rounded border border-rule bg-paper px-3 py-2 text-sm">Password changed. Other devices were signed out.</p> : null}
      <h2 className="mt-6 text-lg font-bold">Change password</h2>
      <ActionForm action={changePasswordAction} submit="Change password" label="Change password" refresh={false} className="mt-2 grid max-w-sm gap-2">
        <label className="text-sm">Current password<input name="currentPassword" type="password" autoComplete="current-password" className={input} /></label>
        <label className="text-sm">New password (at least 10 characters)<input name="newPassword" type="password" autoComplete="new-password" className={input} /></label>
      </ActionForm>
    </>
  );
}
