"use client";
// Asks before the newsroom is left with unsaved changes, whatever the way out:
// a link (Next's or a plain one), Back or Forward, a form that leaves the page
// (sign-out: `data-leaves-page`), closing or reloading the tab. The router's
// navigations never fire `beforeunload`, so clicks, submissions and history
// traversals are caught here, on the window, before anything else sees them.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/controls";

type Guard = { hold: () => () => void };
const LeaveGuardContext = createContext<Guard | null>(null);

// The Navigation API (not yet in TypeScript's DOM types): its `navigate` event
// lets Back and Forward within the app be stopped before the address changes.
type TraverseEvent = Event & { navigationType: string; destination: { key: string; url: string } };
type Navigation = EventTarget & { traverseTo: (key: string) => { committed: Promise<unknown>; finished: Promise<unknown> } };

export function LeaveGuard({ children }: { children: ReactNode }) {
  const [holders, setHolders] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const answer = useRef<((leave: boolean) => void) | null>(null);
  // Set once the editor chose to leave, so the way out they chose is not stopped again.
  const leaving = useRef(false);

  const hold = useCallback(() => {
    setHolders((n) => n + 1);
    return () => setHolders((n) => n - 1);
  }, []);
  const guard = useMemo(() => ({ hold }), [hold]);

  const settle = useCallback((leave: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    if (leave) leaving.current = true;
    if (dialog.current?.open) dialog.current.close();
    resolve?.(leave);
  }, []);

  useEffect(() => {
    if (!holders) return;
    leaving.current = false;
    /** Opens the dialog; resolves with the editor's choice. A second way out while it is open is simply refused. */
    const ask = (): Promise<boolean> => {
      if (answer.current || !dialog.current) return Promise.resolve(false);
      dialog.current.showModal();
      stay.current?.focus();
      return new Promise((resolve) => (answer.current = resolve));
    };

    const onClick = (event: MouseEvent) => {
      if (leaving.current || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || !leavesPage(anchor)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void ask().then((leave) => {
        if (!leave) return;
        // The same click again, so the link does what it always does (a client navigation for Next's links).
        if (anchor.isConnected) anchor.click();
        else window.location.assign(anchor.href);
      });
    };

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (leaving.current || !(form instanceof HTMLFormElement) || !form.hasAttribute("data-leaves-page")) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter instanceof HTMLButtonElement || event.submitter instanceof HTMLInputElement ? event.submitter : null;
      void ask().then((leave) => leave && form.requestSubmit(submitter));
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };

    // Back and Forward between pages of this document. (Across documents, `beforeunload` asks.)
    const navigation = (window as Window & { navigation?: Navigation }).navigation;
    const onNavigate = (event: Event) => {
      const traverse = event as TraverseEvent;
      if (leaving.current || traverse.navigationType !== "traverse" || !traverse.cancelable || samePage(traverse.destination.url)) return;
      traverse.preventDefault();
      const key = traverse.destination.key;
      void ask().then((leave) => {
        if (!leave || !navigation) return;
        const { committed, finished } = navigation.traverseTo(key);
        // The entry may be gone meanwhile (another tab's history is not ours to check): then nothing happens.
        committed.catch(() => {});
        finished.catch(() => {});
      });
    };

    window.addEventListener("click", onClick, true);
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    navigation?.addEventListener("navigate", onNavigate);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
      navigation?.removeEventListener("navigate", onNavigate);
    };
  }, [holders, settle]);

  return (
    <LeaveGuardContext.Provider value={guard}>
      {children}
      <dialog
        ref={dialog}
        aria-labelledby="leave-title"
        aria-describedby="leave-text"
        // Escape means "stay".
        onCancel={(event) => {
          event.preventDefault();
          settle(false);
        }}
        onClose={() => settle(false)}
        className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded border border-rule bg-paper p-5 text-ink shadow-lg backdrop:bg-black/50"
      >
        <h2 id="leave-title" className="text-lg font-bold">Leave without saving?</h2>
        <p id="leave-text" className="mt-2 text-sm">
          Your latest changes are not saved yet. If you leave, only this browser keeps a copy, offered back when you open the story again.
        </p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button ref={stay} type="button" onClick={() => settle(false)} className={buttonClass()}>Stay</button>
          <button type="button" onClick={() => settle(true)} className={buttonClass("danger")}>Leave without saving</button>
        </div>
      </dialog>
    </LeaveGuardContext.Provider>
  );
}

/** Asks before leaving the page while `unsaved` is true. Needs a <LeaveGuard> above it (the admin shell has one). */
export function useLeaveGuard(unsaved: boolean) {
  const guard = useContext(LeaveGuardContext);
  if (!guard) throw new Error("useLeaveGuard needs a <LeaveGuard> around it.");
  useEffect(() => (unsaved ? guard.hold() : undefined), [unsaved, guard]);
}

/**
 * Whether following this link replaces the current page: not a new tab, a download, a mail link, a
 * jump within the page, or a link to this very page (the router keeps the page; a plain link reloads
 * it, and the browser's own prompt asks then).
 */
function leavesPage(anchor: HTMLAnchorElement): boolean {
  if (anchor.target && anchor.target !== "_self") return false;
  if (anchor.hasAttribute("download")) return false;
  // Links inside the story being written are text, not ways out.
  if (anchor.isContentEditable) return false;
  const url = new URL(anchor.href);
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  return !samePage(anchor.href);
}

function samePage(href: string): boolean {
  const url = new URL(href, window.location.href);
  const here = window.location;
  return url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
}
