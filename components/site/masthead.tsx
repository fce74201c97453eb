import { Link } from "@/components/site/link";
import { cacheLife } from "next/cache";
import { formatLongDate, secondsUntilMidnight } from "@/lib/dates";
import { instantToWallTime } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { SectionNav } from "./section-nav";

/** Today's date in the site's time zone; the cached copy expires at midnight there. */
async function Today() {
  "use cache";
  const now = new Date();
  const untilMidnight = secondsUntilMidnight(now);
  cacheLife({ stale: 60, revalidate: untilMidnight, expire: untilMidnight + 60 });
  // The date where the site is, as printed beside it (not UTC's, which differs for an hour or two each night).
  return <time dateTime={instantToWallTime(now, site.timeZone).slice(0, 10)}>{formatLongDate(now)}</time>;
}

export function Masthead() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 pt-3 text-xs text-muted sm:text-sm print:hidden">
        <Today />
        <nav aria-label="Utility" className="flex gap-4">
          <Link href="/search" className="hover:underline">Search</Link>
          <a href="/feed.xml" className="hover:underline">RSS</a>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3 pt-2 text-center">
        <Link href="/" className="inline-block font-serif text-4xl font-bold tracking-tight sm:text-6xl">
          {site.name}
        </Link>
        <p className="mt-1 font-serif text-sm text-muted print:hidden">Calder Bay and the world</p>
      </div>
      <SectionNav />
    </header>
  );
}
