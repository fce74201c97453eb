"use client";
// "Site Admin is editing this story — since 4 Dec 2026, 16:31": who else has this story open, refreshed by a heartbeat
// while the page is open (app/api/presence). Anyone may go on editing (saves are version-checked); taking
// over tells the others, whose bars then say who took it and when.
import { formatNewsroomTime } from "@/lib/dates-zone";
import { useCallback, useEffect, useRef, useState } from "react";

type Editing = { name: string; since: string; self: boolean; tookOverAt: string | null };
type Answer = { ok: true; others: Editing[]; takenOverBy: { name: string; at: string } | null };

// As server/services/presence.ts PRESENCE.heartbeatMs (a tab is gone after six missed beats).
const HEARTBEAT_MS = 5_000;

/** One heartbeat; null when it did not get through (offline for a moment: the next one tries again). */
async function send(body: Record<string, unknown>): Promise<Answer | null> {
  try {
    const response = await fetch("/api/presence", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return response.ok ? ((await response.json()) as Answer) : null;
  } catch {
    return null;
  }
}

export function PresenceBar({ articleId, timeZone }: { articleId: string; timeZone: string }) {
  const [tabId] = useState(() => crypto.randomUUID());
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [tookOver, setTookOver] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    const tick = () => {
      if (busy.current) return;
      busy.current = true;
      void send({ articleId, tabId })
        .then((next) => next && setAnswer(next))
        .finally(() => (busy.current = false));
    };
    tick();
    const timer = setInterval(tick, HEARTBEAT_MS);
    const onVisible = () => document.visibilityState === "visible" && tick();
    // The last word as the tab goes, so the others stop seeing it at once.
    const onLeave = () => navigator.sendBeacon("/api/presence", new Blob([JSON.stringify({ articleId, tabId, leave: true })], { type: "text/plain" }));
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", onLeave);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", onLeave);
      onLeave();
    };
  }, [articleId, tabId]);

  const takeOver = useCallback(() => {
    setTookOver(true);
    void send({ articleId, tabId, takeOver: true }).then((next) => next && setAnswer(next));
  }, [articleId, tabId]);

  const time = (iso: string) => formatNewsroomTime(iso, timeZone);
  const others = answer?.others ?? [];
  const taken = answer?.takenOverBy;
  if (!taken && others.length === 0) return <div role="status" aria-live="polite" className="sr-only" />;

  return (
    <div role="status" aria-live="polite" className={`mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded border-l-4 px-4 py-3 text-sm shadow-sm ${taken ? "border-breaking bg-paper" : "border-accent bg-paper"}`}>
      <div className="min-w-0 flex-1 basis-64">
        {taken ? (
          <p>
            <strong>{taken.name} took over this story at {time(taken.at)}.</strong> Your unsaved text stays in this tab and in this browser; a save over theirs is refused and kept as a revision.
          </p>
        ) : null}
        {others.map((o, i) => (
          <p key={`${o.name}-${o.since}-${i}`}>
            <strong>{o.self ? "You" : o.name}</strong> {o.self ? "also have this story open in another tab" : "is editing this story"} — since {time(o.since)}
            {o.tookOverAt ? `, took it over at ${time(o.tookOverAt)}` : ""}
          </p>
        ))}
      </div>
      {others.some((o) => !o.self) && !tookOver ? (
        <button
          type="button"
          onClick={takeOver}
          className="rounded border border-rule px-3 py-1.5 font-semibold hover:bg-surface"
        >
          Take over
        </button>
      ) : tookOver ? (
        <span className="text-muted">You took over: the others have been told.</span>
      ) : null}
    </div>
  );
}
