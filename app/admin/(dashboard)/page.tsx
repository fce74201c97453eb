import type { Metadata } from "next";
import Link from "next/link";
import type { ArticleStatus } from "@/generated/prisma/client";
import { requireActor } from "@/server/auth/session";
import { getEditorOptions, listAdminArticles, STATUSES } from "@/server/data/admin-articles";
import { formatNewsroomDate } from "@/lib/dates";
import { buttonClass } from "@/components/ui/controls";

export const metadata: Metadata = { title: "Articles" };

const LABELS: Record<ArticleStatus, string> = { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Published", ARCHIVED: "Archived" };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ArticlesPage({ searchParams }: PageProps<"/admin">) {
  const actor = await requireActor();
  const params = await searchParams;
  const statusParam = one(params.status);
  const status = STATUSES.find((s) => s === statusParam);
  const page = Math.max(1, Math.min(10_000, Number(one(params.page)) || 1));
  const q = (one(params.q) ?? "").slice(0, 200).trim();
  const sectionId = one(params.section) || undefined;
  const sort = one(params.sort) === "published" ? "published" : "updated";
  const [{ rows, total, pageCount, counts }, options] = await Promise.all([
    listAdminArticles(actor, { status, sectionId, q: q || undefined, sort, page }),
    getEditorOptions(),
  ]);
  const href = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { status, q: q || undefined, section: sectionId, sort: sort === "updated" ? undefined : sort, ...change };
    for (const [k, v] of Object.entries(merged)) if (v) next.set(k, v);
    const s = next.toString();
    return s ? `/admin?${s}` : "/admin";
  };
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className={buttonClass()}>New article</Link>
      </div>
      <nav aria-label="Filter by status" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link href={href({ status: undefined, page: undefined })} aria-current={!status ? "page" : undefined} className={`rounded-full border px-3 py-1 ${!status ? "border-ink bg-ink text-paper" : "border-rule bg-paper"}`}>
          All ({Object.values(counts).reduce((a, b) => a + b, 0)})
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} href={href({ status: s, page: undefined })} aria-current={status === s ? "page" : undefined} className={`rounded-full border px-3 py-1 ${status === s ? "border-ink bg-ink text-paper" : "border-rule bg-paper"}`}>
            {LABELS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      <form method="get" action="/admin" className="mt-4 flex flex-wrap gap-2" role="search">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <label htmlFor="admin-q" className="sr-only">Search headlines</label>
        <input id="admin-q" name="q" defaultValue={q} placeholder="Search headlines" className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2" />
        <label htmlFor="admin-section" className="sr-only">Filter by section</label>
        <select id="admin-section" name="section" defaultValue={sectionId ?? ""} className="rounded border border-rule bg-paper px-3 py-2">
          <option value="">All sections</option>
          {options.sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <label htmlFor="admin-sort" className="sr-only">Sort by</label>
        <select id="admin-sort" name="sort" defaultValue={sort} className="rounded border border-rule bg-paper px-3 py-2">
          <option value="updated">Recently updated</option>
          <option value="published">Recently published</option>
        </select>
        <button type="submit" className={buttonClass("secondary")}>Filter</button>
      </form>
      <p className="mt-4 text-sm text-muted">{total} article{total === 1 ? "" : "s"}</p>
      <table className="mt-2 w-full border-collapse bg-paper text-sm">
        <thead>
          <tr className="border-b border-rule text-left">
            <th className="p-2">Headline</th><th className="p-2">Status</th><th className="hidden p-2 md:table-cell">Section</th><th className="hidden p-2 md:table-cell">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top">
              <td className="p-2">
                <Link href={`/admin/articles/${row.id}`} className="font-semibold hover:underline">{row.headline || "Untitled draft"}</Link>
                <div className="text-xs text-muted">{row.authors.map((a) => a.author.name).join(", ") || "No byline"}</div>
                {row.kind === "LIVE_BLOG" ? <Link href={`/admin/articles/${row.id}/live`} className="text-xs font-semibold text-breaking underline">Live blog: entries</Link> : null}
              </td>
              <td className="p-2">
                {LABELS[row.status]}
                {row.status === "SCHEDULED" && row.scheduledAt ? <div className="text-xs text-muted">{formatNewsroomDate(row.scheduledAt)}</div> : null}
              </td>
              <td className="hidden p-2 md:table-cell">{row.section?.name ?? "—"}</td>
              <td className="hidden p-2 md:table-cell">{formatNewsroomDate(row.updatedAt)}{row.updatedBy ? <div className="text-xs text-muted">{row.updatedBy.name}</div> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-2 text-sm">
          {page > 1 ? <Link href={href({ page: String(page - 1) })} className="rounded border border-rule bg-paper px-3 py-1">← Previous</Link> : null}
          <span className="px-3 py-1">Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={href({ page: String(page + 1) })} className="rounded border border-rule bg-paper px-3 py-1">Next →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
