"use client";
// Offers back the unsaved text this browser kept (components/admin/local-copy.ts).
import { buttonClass } from "@/components/ui/controls";

import { formatNewsroomTime } from "@/lib/dates-zone";

type Props = { changedAt: string; savedSince: boolean; timeZone: string; onRestore: () => void; onDiscard: () => void };

export function RestoreBanner({ changedAt, savedSince, timeZone, onRestore, onDiscard }: Props) {
  return (
    <div role="alert" className="mb-5 flex flex-wrap items-center gap-x-4 gap-y-3 rounded border-l-4 border-accent bg-paper px-4 py-3 text-sm shadow-sm">
      <p className="min-w-0 flex-1 basis-64">
        <strong>Unsaved changes from {formatNewsroomTime(changedAt, timeZone)} were found in this browser.</strong>
        {savedSince ? " The story was saved again after them: restoring puts them in the form over that version." : null}
      </p>
      <div className="flex gap-2">
        <button type="button" onClick={onRestore} className={buttonClass()}>Restore</button>
        <button type="button" onClick={onDiscard} className="rounded border border-rule px-4 py-2">Discard</button>
      </div>
    </div>
  );
}
