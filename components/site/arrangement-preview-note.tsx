import Link from "next/link";

/** The bar over a previewed arrangement: what this is, and the way back to arranging. */
export function ArrangementPreviewNote({ draft, arrangeHref }: { draft: boolean; arrangeHref: string }) {
  return (
    <p role="note" className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded border border-accent bg-surface px-4 py-2 text-sm">
      <span>
        {draft
          ? "Preview of the draft arrangement: readers see it once it is published."
          : "There is no draft: this is the arrangement readers see now."}
      </span>
      <Link href={arrangeHref} className="font-semibold underline">Back to arranging</Link>
    </p>
  );
}
