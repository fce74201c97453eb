import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { setPasswordAction } from "@/server/actions/users";

export const metadata: Metadata = { title: "Set your password" };

export default async function SetPasswordPage({ searchParams }: PageProps<"/admin/set-password">) {
  // The link's own check sends an expired or used token back here with `error` instead of `token`.
  const { token, error } = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-xl font-semibold">Set your password</h1>
      {typeof token === "string" && token ? (
        <ActionForm action={setPasswordAction} submit="Set password" label="Set password" className="mt-4 grid gap-2">
          <input type="hidden" name="token" value={token} />
          <label className="text-sm">New password (at least 10 characters)<input name="newPassword" type="password" autoComplete="new-password" className="mt-1 block w-full rounded border border-rule bg-paper px-2 py-1" /></label>
        </ActionForm>
      ) : (
        <p className="mt-4">{error ? "This link has expired or was already used. Ask an admin for a new one." : "This link is incomplete. Ask an admin for a new one."}</p>
      )}
      <p className="mt-6 text-sm"><Link href="/admin/login" className="underline">Sign in</Link></p>
    </main>
  );
}
