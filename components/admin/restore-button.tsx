"use client";
import { useActionState, useEffect } from "react";
import { restoreRevisionAction } from "@/server/actions/articles";
import { ConfirmSubmit } from "./confirm";
import { buttonClass } from "@/components/ui/controls";

type Props = { articleId: string; revisionId: string; version: number; revisionVersion: number; headline: string; live: boolean };

export function RestoreButton({ articleId, revisionId, version, revisionVersion, headline, live }: Props) {
  const [state, action, pending] = useActionState(restoreRevisionAction, {});
  // A full load: the editor must start from the restored version, not from what it had in memory.
  useEffect(() => {
    if (state.url) window.location.assign(state.url);
  }, [state.url]);
  // Restoring a draft's revision is itself a revision and can be undone the same way; over a live story, readers see it at once.
  const question = live
    ? {
        title: `Restore version ${revisionVersion} of “${headline || "Untitled"}”?`,
        text: "The story is live: readers see this version's text as soon as it is restored. The current version stays in the revisions.",
        confirm: "Restore on the live story",
      }
    : () => null;
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit question={question} disabled={pending} className={buttonClass("secondary")}>Restore this version</ConfirmSubmit>
      <span role="status" className="text-sm text-breaking">{state.message}</span>
    </form>
  );
}
