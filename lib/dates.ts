// Dates as readers see them, in the site's time zone.
import { formatNewsroomTime } from "./dates-zone";
import { site } from "./site";

const long = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: site.timeZone });
const withTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: site.timeZone, timeZoneName: "short",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: site.timeZone });
const timeOnly = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: site.timeZone });
const entryTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: site.timeZone, timeZoneName: "short",
});
const dayKey = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: site.timeZone });

/** "Friday 27 November 2026" */
export const formatLongDate = (date: Date) => long.format(date);
/** "27 Nov 2026, 14:05 GMT" */
export const formatDateTime = (date: Date) => withTime.format(date);
/** "27 Nov, 14:05 GMT": a live-blog entry's time (a page is kept for hours, so never "today"). */
export const formatEntryTime = (date: Date) => entryTime.format(date);
export const formatShortDate = (date: Date) => shortDate.format(date);

/** "14:05" when the date is today in the site's zone, else "27 Nov 2026". */
export function formatListTime(date: Date, now: Date): string {
  return dayKey.format(date) === dayKey.format(now) ? timeOnly.format(date) : shortDate.format(date);
}

/** Seconds until the next midnight in the site's zone (at least a minute). */
export function secondsUntilMidnight(now: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "numeric", second: "numeric", hour12: false, timeZone: site.timeZone })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const elapsed = (Number(parts.hour) % 24) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  return Math.max(60, 86_400 - elapsed);
}

/** "2 Dec 2026, 16:36" in the site's zone: every date and time in the newsroom (lib/dates-zone.ts). */
export const formatNewsroomDate = (date: Date) => formatNewsroomTime(date, site.timeZone);

/** The latest of the times given (a missing one skipped); the epoch when none is given. */
export function latest(...dates: (Date | null)[]): Date {
  let found: Date | null = null;
  for (const date of dates) if (date && (!found || date > found)) found = date;
  return found ?? new Date(0);
}
