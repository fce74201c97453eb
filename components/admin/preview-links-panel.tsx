// The article editor's "Preview links" panel: make a link for someone outside the newsroom, see who made
// each link and how it has been used, copy it again, revoke it.
import { ActionForm } from "@/components/admin/action-form";
import { CopyButton } from "@/components/admin/copy-button";
import { formatNewsroomDate } from "@/lib/dates";
import { PREVIEW_LIFETIMES } from "@/lib/validation/preview-link";
import { createPreviewLinkAction, revokePreviewLinkAction } from "@/server/actions/preview-links";
import type { PreviewLinkState, PreviewLinkView } from "@/server/services/preview-links";

const STATE_LABEL: Record<PreviewLinkState, string> = { open: "Open", waiting: "Embargoed", expired: "Expired", revoked: "Revoked" };
const STATE_STYLE: Record<PreviewLinkState, string> = {
  open: "border-accent text-accent",
  waiting: "border-ink",
  expired: "border-rule text-muted",
  revoked: "border-breaking text-breaking",
};

type Props = { articleId: string; links: PreviewLinkView[]; canCreate: boolean; reason: string | null; timeZone: string };

export function PreviewLinksPanel({ articleId, links, canCreate, reason, timeZone }: Props) {
  return (
    <section aria-labelledby="preview-links-heading" className="mt-10">
      <h2 id="preview-links-heading" className="text-lg font-bold">Preview links</h2>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        Anyone with a link can read the story as it stands now, before it is published, until the link expires or you revoke it. Search engines are told not to index it.
      </p>
      {canCreate ? (
        <ActionForm action={createPreviewLinkAction} submit="Make link" label="Make a preview link" className="mt-3 flex flex-wrap items-end gap-3 rounded border border-rule bg-paper p-3">
          <input type="hidden" name="articleId" value={articleId} />
          <label className="text-sm">
            <span className="block font-semibold">Open for</span>
            <select name="lifetime" defaultValue="1d" className="mt-1 rounded border border-rule bg-paper px-2 py-2">
              {PREVIEW_LIFETIMES.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Not before (optional, {timeZone} time)</span>
            <input type="datetime-local" name="notBefore" className="mt-1 rounded border border-rule bg-paper px-2 py-2" />
          </label>
        </ActionForm>
      ) : reason ? (
        <p className="mt-3 text-sm">{reason}</p>
      ) : null}
      {links.length ? (
        <ul className="mt-4 space-y-3" aria-label="Links to this story">
          {links.map((link) => {
            const fieldId = `preview-link-${link.id}`;
            const usable = link.state === "open" || link.state === "waiting";
            return (
              <li key={link.id} className="rounded border border-rule bg-paper p-3 text-sm" data-testid="preview-link">
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STATE_STYLE[link.state]}`}>{STATE_LABEL[link.state]}</span>
                  {link.url ? (
                    <>
                      <label htmlFor={fieldId} className="sr-only">Preview link</label>
                      <input id={fieldId} readOnly value={link.url} className={`min-w-[14rem] flex-1 rounded border border-rule bg-surface px-2 py-1 font-mono text-xs ${usable ? "" : "text-muted line-through"}`} />
                      {usable ? <CopyButton text={link.url} label="Copy link" fieldId={fieldId} /> : null}
                    </>
                  ) : (
                    <span className="text-muted">Only its maker, editors and admins see the address.</span>
                  )}
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr]">
                  <dt className="text-muted">Made by</dt>
                  <dd>{link.createdBy}, {formatNewsroomDate(link.createdAt)}</dd>
                  {link.notBefore ? (
                    <>
                      <dt className="text-muted">Not before</dt>
                      <dd>{formatNewsroomDate(link.notBefore)}</dd>
                    </>
                  ) : null}
                  <dt className="text-muted">{link.state === "expired" ? "Expired" : "Expires"}</dt>
                  <dd>{formatNewsroomDate(link.expiresAt)}</dd>
                  {link.revokedAt ? (
                    <>
                      <dt className="text-muted">Revoked</dt>
                      <dd>{formatNewsroomDate(link.revokedAt)}</dd>
                    </>
                  ) : null}
                  <dt className="text-muted">Last opened</dt>
                  <dd>{link.lastOpenedAt ? formatNewsroomDate(link.lastOpenedAt) : "Never"}</dd>
                  <dt className="text-muted">Times opened</dt>
                  <dd data-testid="opens">{link.opens}</dd>
                </dl>
                {link.canRevoke ? (
                  <ActionForm action={revokePreviewLinkAction} submit="Revoke" danger label="Revoke this link" className="mt-2 flex flex-wrap items-center gap-2">
                    <input type="hidden" name="linkId" value={link.id} />
                  </ActionForm>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-muted">No links yet.</p>
      )}
    </section>
  );
}
