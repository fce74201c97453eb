import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RestoreButton } from "@/components/admin/restore-button";
import { canArticle } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getArticleAccess, getArticleFormValues, getRevision } from "@/server/data/admin-articles";
import { formatNewsroomDate } from "@/lib/dates";
import { diffLines } from "@/lib/line-diff";
import { asDocument, documentText } from "@/lib/rich-text/document";

export const metadata: Metadata = { title: "Revision" };

const FIELDS: [string, string][] = [["headline", "Headline"], ["standfirst", "Standfirst"], ["slug", "Address"], ["seoTitle", "SEO title"], ["seoDescription", "SEO description"]];
const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v));

export default async function RevisionPage({ params }: PageProps<"/admin/articles/[id]/revisions/[revisionId]">) {
  const actor = await requireActor();
  const { id, revisionId } = await params;
  const [access, revision, current] = await Promise.all([getArticleAccess(id), getRevision(id, revisionId), getArticleFormValues(id)]);
  if (!access || !revision || !current) notFound();
  if (!canArticle(actor, "edit", access)) forbidden();
  const snapshot = revision.snapshot as Record<string, unknown>;
  const lines = (doc: unknown) => documentText(asDocument(doc)).split("\n").filter(Boolean);
  const body = diffLines(lines(snapshot.body), lines(current.body));
  const changedFields = FIELDS.filter(([key]) => key in snapshot && show(snapshot[key]) !== show(current[key]));
  return (
    <>
      <p className="text-sm"><Link href={`/admin/articles/${id}`} className="underline">← Back to the article</Link></p>
      <h1 className="mt-2 text-2xl font-bold">Version {revision.version} ({revision.kind === "conflict" ? "rejected save, kept" : revision.kind})</h1>
      <p className="text-sm text-muted">{revision.user?.name ?? "System"} · {formatNewsroomDate(revision.createdAt)}</p>
      <p className="mt-4 text-sm">Compared with the current version (v{String(current.version)}): <span className="bg-breaking/10 px-1 line-through">removed since</span> and <span className="bg-accent/10 px-1">added since</span> this revision.</p>
      {changedFields.length ? (
        <table className="mt-4 w-full bg-paper text-sm">
          <thead><tr className="text-left"><th className="p-2">Field</th><th className="p-2">This revision</th><th className="p-2">Current</th></tr></thead>
          <tbody>
            {changedFields.map(([key, label]) => (
              <tr key={key} className="border-t border-rule align-top"><th className="p-2 text-left">{label}</th><td className="p-2">{show(snapshot[key])}</td><td className="p-2">{show(current[key])}</td></tr>
            ))}
          </tbody>
        </table>
      ) : <p className="mt-4 text-sm text-muted">Headline, standfirst, address and SEO fields are the same.</p>}
      <h2 className="mt-6 font-bold">Story text</h2>
      <ol className="mt-2 space-y-1 rounded border border-rule bg-paper p-3 font-serif text-sm">
        {body.map((line, index) => (
          <li key={index} className={line.kind === "removed" ? "bg-breaking/10 line-through" : line.kind === "added" ? "bg-accent/10" : ""}>
            <span className="sr-only">{line.kind === "removed" ? "Only in this revision: " : line.kind === "added" ? "Only in the current version: " : ""}</span>
            {line.text}
          </li>
        ))}
      </ol>
      <div className="mt-6">
        <RestoreButton
          articleId={id}
          revisionId={revision.id}
          version={Number(current.version)}
          revisionVersion={revision.version}
          headline={show(current.headline)}
          live={access.status === "PUBLISHED"}
        />
      </div>
    </>
  );
}
