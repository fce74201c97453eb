// Wall-clock times in the site's time zone ("2026-11-27T18:30" as typed into
// a datetime-local field) to and from instants.

/** The UTC time of these parts; unlike Date.UTC, the years 0 to 99 are not read as 1900 to 1999. */
function utcOf(year: number, month: number, day: number, hour: number, minute: number, second = 0): Date {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, 0);
  return at;
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = utcOf(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc.getTime() - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:mm" in `timeZone` → the instant, or null when malformed. */
export function wallTimeToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const at = utcOf(y, mo, d, h, mi);
  const guess = at.getTime();
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || Number.isNaN(guess) || at.getUTCDate() !== d) return null;
  // Two passes settle the offset around daylight-saving changes.
  let instant = guess - offsetMs(new Date(guess), timeZone);
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:mm" in `timeZone`, for a datetime-local field. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMs(instant, timeZone)).toISOString().slice(0, 16);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The newsroom's one way of writing a moment: "2 Dec 2026, 16:36", 24-hour, in `timeZone` (the site's).
 * Built from numeric parts so the server and every browser write it alike (ICU's month names and
 * separators differ between versions: "Sept", " at ").
 */
export function formatNewsroomTime(instant: Date | string, timeZone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const [day, month, year, hour, minute] = wallParts(date, timeZone);
  return `${day} ${MONTHS[month - 1]} ${year}, ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function wallParts(instant: Date, timeZone: string): [number, number, number, number, number] {
  const [date, time] = instantToWallTime(instant, timeZone).split("T") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return [day, month, year, hour, minute];
}
