import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { saveTwoFactorRolesAction } from "@/server/actions/security";
import { canManageUsers, ROLES } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { twoFactorByRole, twoFactorRoles } from "@/server/services/security";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const actor = await requireActor();
  if (!canManageUsers(actor)) notFound();
  const [required, byRole] = await Promise.all([twoFactorRoles(), twoFactorByRole()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Security</h1>
      <h2 className="mt-6 text-lg font-bold">Two-factor sign-in</h2>
      <p className="mt-1 max-w-2xl text-sm">
        Everyone can turn on two-factor sign-in on their account page. For the roles ticked here it is required: until
        someone in such a role has set it up, every page of the newsroom sends them to their account page to do it, and
        nothing else they try (a page, a form, a direct request) is carried out.
      </p>
      <ActionForm action={saveTwoFactorRolesAction} submit="Save" label="Roles that must use two-factor sign-in" className="mt-3 grid max-w-md gap-2 rounded border border-rule bg-paper p-3">
        <fieldset>
          <legend className="text-sm font-semibold">Require two-factor sign-in for</legend>
          {ROLES.map((role) => (
            <label key={role} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="roles" value={role} defaultChecked={required.includes(role)} />
              <span className="font-semibold">{role}</span>
              <span className="text-muted">(on for {byRole[role].enrolled} of {byRole[role].accounts} active account{byRole[role].accounts === 1 ? "" : "s"})</span>
            </label>
          ))}
        </fieldset>
        {actor.role === "admin" && !required.includes("admin") ? (
          <p className="text-xs text-muted">If you require it for admins and have not set it up yourself, you are asked to right after saving.</p>
        ) : null}
      </ActionForm>
    </>
  );
}
