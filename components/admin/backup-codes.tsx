"use client";
// Backup codes, shown once when they are made: at the end of the set-up and after "New backup codes".
import { useActionState, useState } from "react";
import { regenerateBackupCodesAction, type BackupCodesState } from "@/server/actions/two-factor";
import { submitKeepingInput } from "./action-form";
import { inputClass as input } from "@/components/ui/controls";
import { buttonClass } from "@/components/ui/controls";

export function BackupCodeList({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopied("Copied.");
    } catch {
      setCopied("Copying is not allowed here: select the codes and copy them.");
    }
  };
  return (
    <section aria-labelledby="backup-codes-title" className="mt-3 max-w-md rounded border border-rule bg-paper p-4">
      <h3 id="backup-codes-title" className="font-bold">Your backup codes</h3>
      <p className="mt-1 text-sm font-semibold">Store them now: they are shown only this once.</p>
      <p className="mt-1 text-sm text-muted">
        Keep them somewhere other than your phone: a password manager, or printed and put away safely. If you lose the
        phone, each code signs you in once in place of a code from the app. New codes made on this page replace these.
      </p>
      <ol aria-label="Backup codes" className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ol>
      <button type="button" onClick={copy} className="mt-3 rounded border border-rule px-3 py-1 text-sm hover:bg-surface">Copy the codes</button>
      <span role="status" className="ml-2 text-sm text-muted">{copied}</span>
    </section>
  );
}

export function RegenerateBackupCodes() {
  const [state, action, pending] = useActionState<BackupCodesState, FormData>(regenerateBackupCodesAction, {});
  if (state.ok && state.backupCodes) {
    return (
      <>
        <p role="status" className="mt-2 text-sm">{state.message}</p>
        <BackupCodeList codes={state.backupCodes} />
      </>
    );
  }
  return (
    <form action={action} onSubmit={(event) => submitKeepingInput(event, action)} aria-label="New backup codes" className="mt-2 grid max-w-sm gap-2">
      <label className="text-sm">Current password<input name="password" type="password" autoComplete="current-password" className={input} /></label>
      <label className="text-sm">Code from your authenticator app<input name="code" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} className={`${input} font-mono`} /></label>
      <button type="submit" disabled={pending} className={buttonClass("primary", { small: true, className: "justify-self-start" })}>Make new backup codes</button>
      <p role="status" aria-live="polite" className={`text-sm ${state.ok === false ? "text-breaking" : "text-muted"}`}>{state.message}</p>
    </form>
  );
}
