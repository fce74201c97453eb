// On a live story, what "Update live story" is: a minor fix (the default: readers and search engines are told
// nothing new) or a substantive update (readers see "Updated <time>", dateModified and the news sitemap move),
// with an optional public note shown beside that time. Part of the article form; keyed by the story's version
// there, so each save starts again from "minor fix" with no note.
import { UPDATE_NOTE_MAX } from "@/lib/update-kinds";
import { inputClass } from "@/components/ui/controls";

type Props = { error?: string[] };

export function UpdateKindField({ error }: Props) {
  return (
    <fieldset className="mt-3 space-y-1 text-sm">
      <legend className="font-semibold">This change is</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name="update" value="minor" defaultChecked className="mt-1" />
        <span>A minor fix (a typo, a wording): the story&apos;s time does not change</span>
      </label>
      <label className="flex items-start gap-2">
        <input type="radio" name="update" value="substantive" className="mt-1" />
        <span>A substantive update: readers see “Updated” with the time</span>
      </label>
      <label htmlFor="updateNote" className="block pt-1">Public update note (optional, with a substantive update)</label>
      <input
        id="updateNote"
        name="updateNote"
        maxLength={UPDATE_NOTE_MAX}
        placeholder="This story was updated to include the mayor's response."
        aria-invalid={!!error?.length}
        aria-describedby={error?.length ? "updateNote-error" : undefined}
        className={inputClass}
      />
      {error?.length ? (
        <p id="updateNote-error" className="text-breaking" aria-live="polite">{error.join(" ")}</p>
      ) : null}
    </fieldset>
  );
}
