"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

type Item = { href: string; name: string };

/**
 * The section links, marked with where the reader is. A client component because the site's
 * layout (and this navigation with it) stays on screen across client-side navigations: only the
 * browser's current address can say which link is current. Rendered on the server too, so the
 * mark is in the HTML before any script runs.
 */
export function SectionNavLinks({ items }: { items: Item[] }) {
  const pathname = usePathname() ?? "/";
  // "/news", "/news/page/2" → "/news"; a story "/news/some-story" belongs to "/news" as well.
  const first = pathname.split("/")[1] ?? "";
  const section = `/${first}`;
  const listing = pathname === section || pathname.startsWith(`${section}/page/`);
  const list = useRef<HTMLUListElement>(null);
  // On a narrow screen the current section may sit past the edge of the sideways-scrolling list:
  // bring it into view (the list's own scroll only; the page does not move).
  useEffect(() => {
    const box = list.current;
    const current = box?.querySelector<HTMLElement>("[aria-current]");
    if (!box || !current) return;
    const start = current.offsetLeft; // the list is the link's offset parent
    if (start < box.scrollLeft || start + current.offsetWidth > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = start - (box.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname]);
  return (
    <ul ref={list} className="relative mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1 text-sm font-semibold sm:justify-center">
      {items.map((item) => {
        // The link is the page itself ("page"), or the section of the story being read ("true").
        const current = item.href === "/" ? pathname === "/" && "page" : item.href === section && (listing ? "page" : "true");
        return (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={current || undefined}
              className="section-link block whitespace-nowrap px-3 py-2 hover:text-accent"
            >
              {item.name}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
