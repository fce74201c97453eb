"use client";
import Link from "next/link";
import { useActionState } from "react";
import { deleteMediaAction, updateMediaAction, type MediaState } from "@/server/actions/media";
import { submitKeepingInput } from "./action-form";
import { ConfirmSubmit } from "./confirm";
import type { StoredMedia } from "@/server/services/media";

export function MediaItem({ media, canEdit }: { media: StoredMedia; canEdit: boolean }) {
  const [saved, save, saving] = useActionState<MediaState, FormData>(updateMediaAction, {});
  const [deleted, remove, deleting] = useActionState<MediaState, FormData>(deleteMediaAction, {});
  if (deleted.ok) return null;
  const input = "mt-1 w-full rounded border border-rule bg-paper px-2 py-1 text-sm";
  return (
    <li className="rounded border border-rule bg-paper p-3">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={media.src} alt={media.alt} width={media.width} height={media.height} className="aspect-[4/3] w-full bg-surface object-cover" />
      <p className="mt-1 text-xs text-muted">{media.width}×{media.height}</p>
      {canEdit ? (
        <>
          <form action={save} onSubmit={(event) => submitKeepingInput(event, save)} className="mt-2 space-y-1">
            <input type="hidden" name="id" value={media.id} />
            <label className="block text-xs font-semibold">Alt text<input name="alt" defaultValue={media.alt} className={input} /></label>
            <label className="block text-xs font-semibold">Caption<input name="caption" defaultValue={media.caption} className={input} /></label>
            <label className="block text-xs font-semibold">Credit<input name="credit" defaultValue={media.credit} className={input} /></label>
            <button type="submit" disabled={saving} className="rounded border border-rule px-2 py-1 text-sm">Save</button>
            <span role="status" className={`ml-2 text-xs ${saved.ok === false ? "text-breaking" : "text-muted"}`}>{saved.message}</span>
          </form>
          <form action={remove} className="mt-2">
            <input type="hidden" name="id" value={media.id} />
            <ConfirmSubmit
              disabled={deleting}
              className="text-sm text-breaking underline"
              question={{
                title: "Delete this image?",
                text: `${media.alt ? `“${media.alt}” ` : "The image "}is removed from the library and its file is deleted. This cannot be undone; an image a story or an author uses is kept.`,
                confirm: "Delete image",
              }}
            >
              Delete
            </ConfirmSubmit>
            {deleted.message ? (
              <div role="alert" className="mt-1 text-xs text-breaking">
                {deleted.message}
                {deleted.usedBy?.length ? (
                  <ul className="list-disc pl-4">
                    {deleted.usedBy.map((a) => <li key={a.id}><Link href={`/admin/articles/${a.id}`} className="underline">{a.headline || "Untitled draft"}</Link></li>)}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </form>
        </>
      ) : (
        <p className="mt-1 text-sm">{media.alt || "No alt text"}</p>
      )}
    </li>
  );
}
