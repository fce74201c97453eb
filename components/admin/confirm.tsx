"use client";
// Asking before a step that one click cannot take back (unpublishing, archiving, restoring over a live
// story, merging topics, deactivating an account, deleting an image). A modal <dialog> says what will
// happen; Cancel has the focus, so Enter or Escape straight away leaves everything as it was. Without
// JavaScript the buttons submit as plain form buttons.
import { useCallback, useId, useRef, useState, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/controls";

export type Question = {
  /** The question itself, naming the thing: "Unpublish “Harbour lamps relit”?" */
  title: string;
  /** What will happen, in the words of the people it affects. */
  text: string;
  /** The label of the button that goes ahead: the verb of the title. */
  confirm: string;
};

/** A dialog to render, and `ask`, which opens it and resolves with the answer (true: go ahead). */
export function useConfirm(): { ask: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);

  const settle = useCallback((yes: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    if (dialog.current?.open) dialog.current.close();
    // Back to the button that asked, so keyboard users carry on from where they were.
    if (opener.current?.isConnected) opener.current.focus();
    resolve?.(yes);
  }, []);

  const ask = useCallback((next: Question) => {
    // One question at a time; a second click while one is open changes nothing.
    if (answer.current || !dialog.current) return Promise.resolve(false);
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setQuestion(next);
    dialog.current.showModal();
    cancel.current?.focus();
    return new Promise<boolean>((resolve) => (answer.current = resolve));
  }, []);

  const element = (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      // Escape is "Cancel".
      onCancel={(event) => {
        event.preventDefault();
        settle(false);
      }}
      onClose={() => settle(false)}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded border border-rule bg-paper p-5 text-left text-ink shadow-lg backdrop:bg-black/50"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">{question?.title}</h2>
      <p id={`${id}-text`} className="mt-2 text-sm">{question?.text}</p>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <button ref={cancel} type="button" onClick={() => settle(false)} className={buttonClass()}>Cancel</button>
        <button type="button" onClick={() => settle(true)} className={buttonClass("danger")}>{question?.confirm}</button>
      </div>
    </dialog>
  );
  return { ask, dialog: element };
}

type ConfirmSubmitProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "onClick"> & {
  /** The question, or a function of the form that gives it (null: nothing to ask, submit at once). */
  question: Question | ((form: HTMLFormElement) => Question | null);
  children: ReactNode;
};

/** A submit button that asks first, and on "yes" submits its form as if it had been clicked (its name and value included). */
export function ConfirmSubmit({ question, children, ...button }: ConfirmSubmitProps) {
  const { ask, dialog } = useConfirm();
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const submitter = event.currentTarget;
    const form = submitter.form;
    if (!form) return;
    const asked = typeof question === "function" ? question(form) : question;
    if (!asked) return;
    event.preventDefault();
    void ask(asked).then((yes) => {
      if (yes && submitter.isConnected && !submitter.disabled) form.requestSubmit(submitter);
    });
  };
  return (
    <>
      <button type="submit" onClick={onClick} {...button}>{children}</button>
      {dialog}
    </>
  );
}
