import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { NewAccountForm } from "@/components/admin/new-account-form";
import { inputClass as input } from "@/components/ui/controls";
import { deactivateUserAction, reactivateUserAction, resetTwoFactorAction, setRoleAction } from "@/server/actions/users";
import { canManageUsers, ROLES } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listUsersForAdmin } from "@/server/data/admin-taxonomy";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const actor = await requireActor();
  if (!canManageUsers(actor)) forbidden();
  const users = await listUsersForAdmin();
  return (
    <>
      <h1 className="text-2xl font-bold">Accounts</h1>
      <ul className="mt-4 space-y-3">
        {users.map((u) => (
          <li key={u.id} className="rounded border border-rule bg-paper p-3" aria-label={u.email}>
            <p className="font-semibold">{u.name} <span className="font-normal text-muted">{u.email}</span>{u.banned ? <span className="ml-2 rounded bg-surface px-2 text-xs uppercase text-breaking">deactivated</span> : null}{u.twoFactorEnabled ? <span className="ml-2 rounded bg-surface px-2 text-xs uppercase text-muted">two-factor on</span> : null}</p>
            <div className="mt-2 flex flex-wrap gap-4">
              <ActionForm action={setRoleAction} submit="Change role" label={`Role of ${u.email}`}>
                <input type="hidden" name="userId" value={u.id} />
                <label className="text-sm">Role
                  <select name="role" defaultValue={u.role} className={input}>
                    {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                  </select>
                </label>
              </ActionForm>
              {u.id === actor.id ? null : u.banned ? (
                <ActionForm action={reactivateUserAction} submit="Reactivate" label={`Reactivate ${u.email}`}>
                  <input type="hidden" name="userId" value={u.id} />
                </ActionForm>
              ) : (
                <ActionForm
                  action={deactivateUserAction}
                  submit="Deactivate"
                  danger
                  label={`Deactivate ${u.email}`}
                  confirm={{
                    title: `Deactivate ${u.name} (${u.email})?`,
                    text: "They are signed out everywhere at once and cannot sign in until an admin reactivates the account. Their stories and bylines stay as they are.",
                    confirm: "Deactivate",
                  }}
                >
                  <input type="hidden" name="userId" value={u.id} />
                </ActionForm>
              )}
              {u.twoFactorEnabled && u.id !== actor.id ? (
                <ActionForm action={resetTwoFactorAction} submit="Turn off two-factor" danger label={`Turn off two-factor sign-in for ${u.email}`}>
                  <input type="hidden" name="userId" value={u.id} />
                  <p className="basis-full text-xs text-muted">For someone who lost their phone and their backup codes. They are signed out.</p>
                </ActionForm>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-bold">New account</h2>
      <NewAccountForm roles={ROLES} />
    </>
  );
}
