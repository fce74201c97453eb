"use client";
// Posting a live-blog entry is one form and one button: an optional title, the body (the same editor and
// document as a story, images from the media library included), pinned / key event, and the bylines (the
// writer's own unless chosen). After a post the form starts empty for the next one. The same form edits an
// entry, with its time.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { editLiveEntryAction, postLiveEntryAction, type LiveFormState } from "@/server/actions/live-blogs";
import { submitKeepingInput } from "./action-form";
import { RichTextEditor } from "./rich-text-editor";
import { buttonClass, inputClass } from "@/components/ui/controls";

type Option = { id: string; name: string };
type Editing = { entryId: string; version: number; title: string; body: unknown; postedAt: string; earliest: string; latest: string; authorIds: string[] };
type Props = { articleId: string; authors: Option[]; ownBylineId: string; editing?: Editing; backTo?: string };


export function LiveEntryForm({ articleId, authors, ownBylineId, editing, backTo }: Props) {
  const router = useRouter();
  const [state, action, pending] = useActionState<LiveFormState, FormData>(editing ? editLiveEntryAction : postLiveEntryAction, {});
  // Each post starts a fresh form (a new editor, flags off) for the next entry.
  const [round, setRound] = useState(0);
  const [handled, setHandled] = useState<number | undefined>(undefined);
  if (state.ok && state.at !== handled) {
    setHandled(state.at);
    if (!editing) setRound((r) => r + 1);
  }
  useEffect(() => {
    if (!state.ok) return;
    if (editing && backTo) router.push(backTo);
    else router.refresh();
  }, [state, editing, backTo, router]);
  const errors = state.fieldErrors ?? {};
  const error = (name: string) =>
    errors[name]?.length ? <p id={`entry-${name}-error`} className="mt-1 text-sm text-breaking">{errors[name]!.join(" ")}</p> : null;

  return (
    <form
      action={action}
      onSubmit={(event) => submitKeepingInput(event, action)}
      aria-label={editing ? "Edit entry" : "New entry"}
      className="space-y-3 rounded border border-rule bg-paper p-4"
    >
      {editing ? (
        <>
          <input type="hidden" name="entryId" value={editing.entryId} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      ) : (
        <input type="hidden" name="articleId" value={articleId} />
      )}
      <div key={round} className="space-y-3">
        <div>
          <label htmlFor="entry-title" className="block text-sm font-semibold">Title (optional)</label>
          <input id="entry-title" name="title" maxLength={200} defaultValue={editing?.title ?? ""} className={inputClass} />
          {error("title")}
        </div>
        <div>
          <span className="block text-sm font-semibold">Update</span>
          <RichTextEditor name="body" initial={editing?.body ?? null} label="Update body" minHeight="min-h-32" placeholder="Write the update…" describedBy={errors.body?.length ? "entry-body-error" : undefined} />
          {error("body")}
        </div>
        <div className="flex flex-wrap items-start gap-6">
          {editing ? (
            <div>
              <label htmlFor="entry-postedAt" className="block text-sm font-semibold">Time (site time)</label>
              <input id="entry-postedAt" name="postedAt" type="datetime-local" defaultValue={editing.postedAt} min={editing.earliest} max={editing.latest} className={inputClass} />
              {error("postedAt")}
            </div>
          ) : (
            <fieldset className="flex gap-4 text-sm">
              <legend className="sr-only">Flags</legend>
              <label className="flex items-center gap-2"><input type="checkbox" name="pinned" /> Pinned</label>
              <label className="flex items-center gap-2"><input type="checkbox" name="keyEvent" /> Key event</label>
            </fieldset>
          )}
          <div>
            <label htmlFor="entry-authors" className="block text-sm font-semibold">Bylines</label>
            <select id="entry-authors" name="authorIds" multiple size={3} defaultValue={editing?.authorIds ?? [ownBylineId]} className={`${inputClass} min-w-56`}>
              {authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
            {error("authorIds")}
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {editing ? "Save entry" : "Post update"}
        </button>
        <p role="status" aria-live="polite" className={`text-sm ${state.ok === false ? "text-breaking" : "text-muted"}`}>
          {pending ? (editing ? "Saving…" : "Posting…") : state.message}
        </p>
      </div>
      {errors.pinned?.length ? <p className="text-sm text-breaking">{errors.pinned.join(" ")}</p> : null}
    </form>
  );
}
