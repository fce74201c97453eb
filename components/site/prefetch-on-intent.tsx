"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Addresses on the site that are not pages of the reader's app: nothing to fetch ahead for them.
const NOT_PAGES = /^\/(?:admin|api|media|_next)(?:\/|$)|\.xml$/;
const INTENT = ["pointerover", "focusin", "touchstart"];

/**
 * Fetches a link's page ahead of the click when the reader shows intent: a pointer over the link,
 * keyboard focus on it, or a finger on it (see components/site/link.tsx). One listener for the page,
 * rather than one per link, so the dozens of links on an article cost nothing more to render.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      // Links in a story's text are plain anchors that load their page afresh: nothing to fetch ahead.
      if (!(link instanceof HTMLAnchorElement) || link.closest(".article-body")) return;
      if (link.origin !== location.origin || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const href = link.pathname + link.search;
      if (href === location.pathname + location.search || NOT_PAGES.test(link.pathname)) return;
      // The router fetches only what it does not hold fresh already.
      router.prefetch(href);
    };
    const options = { passive: true, capture: true };
    for (const type of INTENT) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of INTENT) document.removeEventListener(type, onIntent, options);
    };
  }, [router]);
  return null;
}
