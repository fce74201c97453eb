"use client";
// A panel that sits open beside the editor on wide screens and folds away on narrow ones, where it would
// push the story's settings down. The server sends it open (nothing hidden without JavaScript); a narrow
// screen closes it once, and from then on it opens and closes as the editor chooses.
import { useEffect, useRef, type ReactNode } from "react";

const WIDE = "(min-width: 64rem)";

export function PhoneDisclosure({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && !window.matchMedia(WIDE).matches) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} open className={className}>
      {summary}
      {children}
    </details>
  );
}
