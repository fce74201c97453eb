"use client";
import { useActionState, useEffect } from "react";
import { restoreRevisionAction } from "@/server/actions/articles";

export function RestoreButton({ articleId, revisionId, version }: { articleId: string; revisionId: string; version: number }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, {});
  // A full load: the editor must start from the restored version, not from what it had in memory.
  useEffect(() => {
    if (state.url) window.location.assign(state.url);
  }, [state.url]);
  return (
    <form action={action} className="flex items-center gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded bg-ink px-3 py-2 font-semibold text-paper">Restore this version</button>
      <span role="status" className="text-sm text-breaking">{state.message}</span>
    </form>
  );
}
