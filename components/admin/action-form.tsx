"use client";
// A form bound to a server action: shows its message and field errors, keeps
// what was typed, and refreshes the page's data after a success.
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, type FormEvent, type ReactNode } from "react";
import type { FormState } from "@/server/actions/form-state";
import { buttonClass } from "@/components/ui/controls";
import { ConfirmSubmit, type Question } from "./confirm";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: ReactNode;
  submit: string;
  className?: string;
  danger?: boolean;
  label?: string;
  /** Reload the page's data after a success (off where nothing on the page changes). */
  refresh?: boolean;
  /** Ask first, for what one click cannot take back (a function: the question depends on what is chosen in the form). */
  confirm?: Question | ((form: HTMLFormElement) => Question | null);
};

export function ActionForm({ action, children, submit, className, danger, label, refresh = true, confirm }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, {});
  useEffect(() => {
    if (state.ok && refresh) router.refresh();
  }, [state, router, refresh]);
  return (
    <form action={formAction} onSubmit={(event) => submitKeepingInput(event, formAction)} aria-label={label} className={className ?? "flex flex-wrap items-end gap-2"}>
      {children}
      {confirm ? (
        <ConfirmSubmit question={confirm} disabled={pending} className={submitClass(danger)}>{submit}</ConfirmSubmit>
      ) : (
        <button type="submit" disabled={pending} className={submitClass(danger)}>{submit}</button>
      )}
      <FormStatus state={state} />
    </form>
  );
}

/** What the action answered: its message and each field's errors, read out when they change. */
export function FormStatus({ state }: { state: FormState }) {
  const errors = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  return (
    <div role="status" aria-live="polite" className={`basis-full text-sm ${state.ok === false ? "text-breaking" : "text-muted"}`}>
      {state.message}
      {errors.length ? (
        <ul className="list-disc pl-5">
          {errors.map(([name, messages]) => <li key={name}>{name}: {messages!.join(" ")}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

const submitClass = (danger?: boolean) => buttonClass(danger ? "danger" : "primary", { small: true });

/**
 * Submits through the action without React's automatic form reset, so what
 * was typed stays in the fields after an error (and after a save). Without
 * JavaScript the form still posts to the action.
 */
export function submitKeepingInput(event: FormEvent<HTMLFormElement>, action: (form: FormData) => void) {
  event.preventDefault();
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  const form = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
  startTransition(() => action(form));
}
