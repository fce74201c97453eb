// The story's corrections in the editor: publish one (live stories only), see each with who made it and
// when, withdraw one (it leaves the story and stays listed on /corrections as withdrawn).
import { ActionForm } from "@/components/admin/action-form";
import { formatNewsroomDate } from "@/lib/dates";
import { addCorrectionAction, withdrawCorrectionAction } from "@/server/actions/corrections";

type Props = {
  articleId: string;
  live: boolean;
  corrections: { id: string; text: string; madeAt: Date; withdrawnAt: Date | null; createdBy: { name: string } | null }[];
};

export function CorrectionsPanel({ articleId, live, corrections }: Props) {
  if (!live && corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-10">
      <h2 id="corrections-heading" className="text-lg font-bold">Corrections</h2>
      <p className="mt-1 text-sm text-muted">
        A correction tells readers what was wrong: it shows under the story with its date, on the public corrections page and in the
        story&apos;s structured data. Fix the text itself too. Corrections are never deleted.
      </p>
      {corrections.length ? (
        <ul className="mt-3 divide-y divide-rule rounded border border-rule bg-paper text-sm">
          {corrections.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start gap-x-4 gap-y-2 px-3 py-2">
              <div className="min-w-0 flex-1 basis-64">
                <p className={c.withdrawnAt ? "text-muted line-through" : undefined}>{c.text}</p>
                <p className="text-xs text-muted">
                  {formatNewsroomDate(c.madeAt)}
                  {c.createdBy ? `, ${c.createdBy.name}` : ""}
                  {c.withdrawnAt ? ` · withdrawn ${formatNewsroomDate(c.withdrawnAt)}` : ""}
                </p>
              </div>
              {c.withdrawnAt ? null : (
                <ActionForm action={withdrawCorrectionAction} submit="Withdraw" danger label={`Withdraw the correction of ${formatNewsroomDate(c.madeAt)}`}>
                  <input type="hidden" name="correctionId" value={c.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {live ? (
        <ActionForm action={addCorrectionAction} submit="Publish correction" label="New correction" className="mt-3 flex flex-col items-start gap-2 rounded border border-rule bg-paper p-3">
          <input type="hidden" name="articleId" value={articleId} />
          <label className="text-sm font-semibold" htmlFor="correction-text">New correction</label>
          <textarea
            id="correction-text"
            name="text"
            rows={3}
            maxLength={1000}
            required
            placeholder="An earlier version of this story gave the wrong date for the council vote. It is on 4 December."
            className="w-full rounded border border-rule bg-paper px-3 py-2 text-sm"
          />
        </ActionForm>
      ) : null}
    </section>
  );
}
