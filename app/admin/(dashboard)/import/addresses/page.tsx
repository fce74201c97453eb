import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { canImport } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listOldAddresses } from "@/server/data/import-runs";

export const metadata: Metadata = { title: "Old addresses" };

export default async function OldAddressesPage({ searchParams }: PageProps<"/admin/import/addresses">) {
  const actor = await requireActor();
  if (!canImport(actor)) forbidden();
  const raw = Number((await searchParams).page ?? 1);
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  const { rows, total, pages } = await listOldAddresses(page);
  return (
    <>
      <p className="text-sm"><Link href="/admin/import" className="underline">Import from WordPress</Link></p>
      <h1 className="mt-1 text-2xl font-bold">Old addresses</h1>
      <p className="mt-1 max-w-2xl text-sm">
        {total.toLocaleString("en")} addresses of the old site answer with one permanent redirect to their story (with or
        without a trailing slash); those of stories that are not live answer 404 until the story is published.
      </p>
      <ul className="mt-4 divide-y divide-rule border-y border-rule text-sm" aria-label="Old addresses">
        {rows.map((row) => (
          <li key={row.path} className="py-2">
            <p className="break-all font-mono text-xs">{row.path}</p>
            <p className="mt-0.5">
              →{" "}
              <Link href={`/admin/articles/${row.article.id}`} className="underline">{row.article.headline || row.article.slug}</Link>
              <span className="ml-1 break-all text-xs text-muted">
                {row.article.status === "PUBLISHED" && row.article.section ? `/${row.article.section.slug}/${row.article.slug}` : `${row.article.status.toLowerCase()}: not redirected yet`}
              </span>
            </p>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {page > 1 ? <Link href={`/admin/import/addresses?page=${page - 1}`} className="underline">Newer</Link> : null}
        <span className="text-muted">Page {page} of {pages}</span>
        {page < pages ? <Link href={`/admin/import/addresses?page=${page + 1}`} className="underline">Older</Link> : null}
      </nav>
    </>
  );
}
