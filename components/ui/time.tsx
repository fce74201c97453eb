import { formatDateTime } from "@/lib/dates";

/** A machine-readable time with a reader-friendly label. */
export function Time({ date, children, className }: { date: Date; children?: React.ReactNode; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {children ?? formatDateTime(date)}
    </time>
  );
}
