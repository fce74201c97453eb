import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AUDIT_ACTIONS, auditActionLabel, auditTargetHref } from "@/lib/audit";
import { formatNewsroomDate } from "@/lib/dates";
import { wallTimeToInstant } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { auditFilterInput } from "@/lib/validation/audit";
import { canReadAudit } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listUsersForAdmin } from "@/server/data/admin-taxonomy";
import { listAudit } from "@/server/services/audit";
import { buttonClass } from "@/components/ui/controls";

export const metadata: Metadata = { title: "Audit log" };

const field = "block w-full rounded border border-rule bg-paper px-2 py-1.5";

const GROUPS = [
  ["auth.", "Sign-ins and passwords"],
  ["article.", "Stories"],
  ["section.", "Sections"],
  ["topic.", "Topics"],
  ["author.", "Authors"],
  ["media.", "Media"],
  ["account.", "Accounts"],
  ["settings.", "Settings"],
  ["preview-link.", "Preview links"],
  ["front.", "Front pages"],
] as const;

/** "2026-12-31" → "2027-01-01" (calendar arithmetic, no time zone involved). */
function dayAfter(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireActor();
  if (!canReadAudit(actor)) forbidden();
  const filter = auditFilterInput.parse(await searchParams);
  // Days are the newsroom's days: from the start of "from" to the end of "to", in the site's time zone.
  const from = filter.from ? wallTimeToInstant(`${filter.from}T00:00`, site.timeZone) ?? undefined : undefined;
  const to = filter.to ? wallTimeToInstant(`${dayAfter(filter.to)}T00:00`, site.timeZone) ?? undefined : undefined;
  const [result, people] = await Promise.all([
    listAudit(actor, { actorId: filter.person, action: filter.action, target: filter.target, from, to, page: filter.page }),
    listUsersForAdmin(),
  ]);
  if (!result.ok) forbidden();
  const href = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["person", "action", "target", "from", "to"] as const) if (filter[key]) query.set(key, filter[key]);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return text ? `/admin/audit?${text}` : "/admin/audit";
  };
  const filtered = !!(filter.person || filter.action || filter.target || filter.from || filter.to);
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-muted">Every privileged action in the newsroom, newest first. Records cannot be changed or removed.</p>
      <form method="get" action="/admin/audit" className="mt-4 grid gap-3 rounded border border-rule bg-paper p-3 text-sm sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]" role="search" aria-label="Filter the audit log">
        <label className="flex flex-col gap-1">Person
          <select name="person" defaultValue={filter.person ?? ""} className={field}>
            <option value="">Everyone</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.email})</option>)}
            <option value="scheduler">The scheduler</option>
            <option value="import">Imports</option>
            <option value="anonymous">Not signed in</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">Action
          <select name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">All actions</option>
            {GROUPS.map(([prefix, label]) => (
              <optgroup key={prefix} label={label}>
                <option value={prefix}>All: {label.toLowerCase()}</option>
                {Object.entries(AUDIT_ACTIONS).filter(([key]) => key.startsWith(prefix)).map(([key, text]) => <option key={key} value={key}>{text}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">Target
          <input name="target" defaultValue={filter.target ?? ""} placeholder="Headline, e-mail, name or id" className={field} />
        </label>
        <label className="flex flex-col gap-1">From
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1">To
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass()}>Filter</button>
          {filtered ? <Link href="/admin/audit" className="px-2 py-2 underline">Clear</Link> : null}
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p className="mt-6 text-muted">{filtered ? "No records match these filters." : "Nothing has been recorded yet."}</p>
      ) : (
        <ol className="mt-4 divide-y divide-rule rounded border border-rule bg-paper" aria-label="Audit records">
          {result.rows.map((row) => {
            const target = auditTargetHref(row.targetType, row.targetId);
            return (
              <li key={row.id.toString()} className="grid gap-1 p-3 text-sm md:grid-cols-[11rem_12rem_1fr]">
                <time dateTime={row.at.toISOString()} className="text-muted">{formatNewsroomDate(row.at)}</time>
                <div>
                  <span className="font-semibold">{row.actorKind === "user" ? row.actorName : row.actorKind === "system" ? `System (${row.actorName})` : row.actorKind === "import" ? "Import" : "Not signed in"}</span>
                  {row.address ? <div className="text-xs text-muted">from {row.address}</div> : null}
                </div>
                <div className="min-w-0">
                  <span className="font-semibold">{auditActionLabel(row.action)}</span>
                  {row.targetLabel ? (
                    <>
                      {": "}
                      {target ? <Link href={target} className="break-words underline">{row.targetLabel}</Link> : <span className="break-words">{row.targetLabel}</span>}
                    </>
                  ) : null}
                  {row.summary ? <p className="break-words text-muted">{row.summary}</p> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {result.page > 1 || result.hasNext ? (
        <nav aria-label="Pages" className="mt-4 flex gap-2 text-sm">
          {result.page > 1 ? <Link href={href(result.page - 1)} className="rounded border border-rule bg-paper px-3 py-1">← Newer</Link> : null}
          <span className="px-3 py-1">Page {result.page}</span>
          {result.hasNext ? <Link href={href(result.page + 1)} className="rounded border border-rule bg-paper px-3 py-1">Older →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
