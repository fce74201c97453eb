// The story's versions beside the editor, newest first: when (site time), who and what kind of save, with a
// comparison against the version saved now and "Load into the editor" (nothing is saved until the editor saves).
import Link from "next/link";
import { formatNewsroomDate } from "@/lib/dates";
import { isContentRevision, revisionLabel } from "@/lib/revision-kinds";
import type { RevisionSummary } from "@/server/data/revisions";
import { PhoneDisclosure } from "./phone-disclosure";

export const comparePath = (articleId: string, a?: string, b?: string) => {
  const query = new URLSearchParams();
  if (a) query.set("a", a);
  if (b) query.set("b", b);
  const search = query.toString();
  return `/admin/articles/${articleId}/revisions${search ? `?${search}` : ""}`;
};
export const loadPath = (articleId: string, revisionId: string) => `/admin/articles/${articleId}?load=${encodeURIComponent(revisionId)}`;

export function RevisionsPanel({ articleId, revisions }: { articleId: string; revisions: RevisionSummary[] }) {
  return (
    <section aria-labelledby="revisions-heading" className="rounded border border-rule bg-paper text-sm">
      <PhoneDisclosure
        className="group"
        summary={
          <summary className="flex cursor-pointer items-center justify-between gap-2 px-4 py-3">
            <h2 id="revisions-heading" className="text-base font-bold">Revisions</h2>
            <span className="text-xs text-muted">{revisions.length === 1 ? "1 version" : `${revisions.length} versions`}</span>
          </summary>
        }
      >
        {revisions.length ? (
          <>
            <p className="border-t border-rule px-4 pt-3 text-xs text-muted">Compare a version, or load it into the editor: nothing changes until you save.</p>
            <ol className="mt-2 max-h-[28rem] divide-y divide-rule overflow-y-auto border-y border-rule">
              {revisions.map((r) => (
                <li key={r.id} className="px-4 py-2">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-semibold">v{r.version}</span>
                    <span>{revisionLabel(r.kind)}</span>
                  </p>
                  <p className="text-xs text-muted">
                    {r.by} · <time dateTime={r.createdAt.toISOString()}>{formatNewsroomDate(r.createdAt)}</time>
                  </p>
                  {isContentRevision(r.kind) ? (
                    <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
                      <Link href={comparePath(articleId, r.id)} aria-label={`Compare version ${r.version} with the current one`} className="underline">Compare</Link>
                      <Link href={loadPath(articleId, r.id)} aria-label={`Load version ${r.version} into the editor`} className="underline">Load into editor</Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            <p className="px-4 py-3">
              <Link href={comparePath(articleId)} className="underline">Compare any two versions</Link>
            </p>
          </>
        ) : (
          <p className="border-t border-rule px-4 py-3 text-muted">The first save makes the first version.</p>
        )}
      </PhoneDisclosure>
    </section>
  );
}
