"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Addresses on the site that are not pages of the reader's app: the browser loads them itself. A live-blog
// entry's look-up (/<section>/<slug>/entry/<id>) answers with a redirect to the page holding the entry and its
// fragment, which only the browser's own navigation keeps.
const NOT_PAGES = /^\/(?:admin|api|media|_next)(?:\/|$)|\.xml$|^\/[^/]+\/[^/]+\/entry\/[^/]+$/;
const INTENT = ["pointerover", "focusin", "touchstart"];

/** The link, when it leads to a page of the reader's app (this one included); null for any other link. */
function appLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  // Links in a story's text load their page afresh, as links in stored text always have.
  if (!(link instanceof HTMLAnchorElement) || link.closest(".article-body")) return null;
  if (link.origin !== location.origin || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  if (NOT_PAGES.test(link.pathname)) return null;
  // A jump within this page (the skip link, say) is the browser's to make.
  return link.hash && link.pathname + link.search === location.pathname + location.search ? null : link;
}

/**
 * Client-side navigation for the reader's links (components/site/link.tsx), with one listener for
 * the page instead of a client component per link. A link's page is fetched ahead when the reader
 * shows intent: a pointer over it, keyboard focus on it, or a finger on it. A plain click then
 * navigates without a reload, as next/link would; a click with a modifier key or another button
 * is left to the browser (new tab, new window, download).
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = appLink(event.target);
      const href = link ? link.pathname + link.search : null;
      // The router fetches only what it does not hold fresh already; this page it has.
      if (href && href !== location.pathname + location.search) router.prefetch(href);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = appLink(event.target);
      if (!link) return;
      event.preventDefault();
      const href = link.pathname + link.search + link.hash;
      // The router keeps the scroll position on a link to the page it shows; a reload would not.
      if (href === location.pathname + location.search) window.scrollTo(0, 0);
      router.push(href);
    };
    const options = { passive: true, capture: true };
    for (const type of INTENT) document.addEventListener(type, onIntent, options);
    // Bubbling, not capture: a handler on the link itself gets its say first.
    document.addEventListener("click", onClick);
    return () => {
      for (const type of INTENT) document.removeEventListener(type, onIntent, options);
      document.removeEventListener("click", onClick);
    };
  }, [router]);
  return null;
}
