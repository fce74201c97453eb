"use client";
// Creating an account. Without a password, the person gets a one-time set-password link: e-mailed when
// the server can send mail, or else shown here, once, for the admin to pass on.
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { createUserAction, type NewAccountState } from "@/server/actions/users";
import { FormStatus, submitKeepingInput } from "./action-form";
import { CopyButton } from "./copy-button";
import { buttonClass, inputClass as input } from "@/components/ui/controls";

export function NewAccountForm({ roles }: { roles: readonly string[] }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<NewAccountState, FormData>(createUserAction, {});
  useEffect(() => {
    // The list above gains the new account.
    if (state.ok) router.refresh();
  }, [state, router]);

  return (
    <form action={action} onSubmit={(event) => submitKeepingInput(event, action)} aria-label="New account" className="mt-2 flex flex-wrap items-end gap-2 rounded border border-rule bg-paper p-3">
      <label className="text-sm">Name<input name="name" autoComplete="off" className={input} /></label>
      <label className="text-sm">Email<input name="email" type="email" autoComplete="off" className={input} /></label>
      <label className="text-sm">Role
        <select name="role" defaultValue="author" className={input}>
          {roles.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <label className="text-sm">Initial password (optional)<input name="password" type="password" autoComplete="new-password" className={input} /></label>
      <button type="submit" disabled={pending} className={buttonClass("primary", { small: true })}>Create account</button>
      <p className="basis-full text-xs text-muted">Leave the password empty to send a one-time set-password link by e-mail; if the newsroom cannot send mail, the link is shown here to pass on.</p>
      <FormStatus state={state} />
      {state.link ? (
        <div className="basis-full rounded border border-accent bg-surface p-3">
          <label htmlFor="set-password-link" className="block text-sm font-semibold">Set-password link (shown only now)</label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id="set-password-link" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} className="min-w-0 flex-1 rounded border border-rule bg-paper px-2 py-1 font-mono text-xs" />
            <CopyButton text={state.link} label="Copy link" fieldId="set-password-link" />
          </div>
        </div>
      ) : null}
    </form>
  );
}
