"use client";
// The media library's edit panel: an image's texts and focal point, where it is used, and deleting it.
// It is a state of the page's address (?edit=<id>), so it opens, closes and saves without JavaScript too.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { deleteMediaAction, updateMediaAction, type MediaState } from "@/server/actions/media";
import type { MediaDetails } from "@/server/data/media";
import { submitKeepingInput } from "./action-form";
import { ConfirmSubmit } from "./confirm";
import { FocalPointField } from "./focal-point-field";
import { inputClass } from "@/components/ui/controls";
import { USED_BY_SHOWN } from "@/lib/validation/media";

const STATUS: Record<string, string> = { DRAFT: "draft", IN_REVIEW: "in review", SCHEDULED: "scheduled", PUBLISHED: "live", ARCHIVED: "archived" };

export function MediaPanel({ media, canEdit, closeHref, shareCrop }: { media: MediaDetails; canEdit: boolean; closeHref: string; shareCrop: string }) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, save, saving] = useActionState<MediaState, FormData>(updateMediaAction, {});
  const [deleted, remove, deleting] = useActionState<MediaState, FormData>(deleteMediaAction, {});

  // Opening another image moves the keyboard into the panel; Escape closes it.
  useEffect(() => heading.current?.focus(), [media.id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !document.querySelector("dialog[open]")) router.push(closeHref, { scroll: false });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, closeHref]);

  const field = (name: "alt" | "caption" | "credit", label: string, hint?: string) => (
    <label className="block text-xs font-semibold">
      {label}
      {hint ? <span className="ml-1 font-normal text-muted">{hint}</span> : null}
      {name === "caption" ? (
        <textarea name={name} defaultValue={media[name]} rows={2} className={`${inputClass} text-sm`} />
      ) : (
        <input name={name} defaultValue={media[name]} className={`${inputClass} text-sm`} />
      )}
    </label>
  );

  return (
    <section aria-labelledby="media-panel-title">
      <div className="flex items-start justify-between gap-2">
        <h2 id="media-panel-title" ref={heading} tabIndex={-1} className="min-w-0 break-all text-lg font-bold" style={{ outline: "none" }}>
          {media.originalName || media.fileName}
        </h2>
        <Link href={closeHref} scroll={false} className="shrink-0 rounded border border-rule px-3 py-1 text-sm">Close</Link>
      </div>
      <p className="text-xs text-muted">
        {media.width}×{media.height} · {media.mimeType.replace("image/", "").toUpperCase()} · {Math.max(1, Math.round(media.byteSize / 1024))} KB
        {media.uploadedBy ? ` · uploaded by ${media.uploadedBy}` : ""}
      </p>
      {canEdit ? (
        <form
          key={media.id}
          action={save}
          onSubmit={(event) => submitKeepingInput(event, save)}
          aria-label="Image details"
          className="mt-3 space-y-2"
        >
          <input type="hidden" name="id" value={media.id} />
          {/* The texts this panel stands on: a text left as it was does not overwrite someone else's change. */}
          {(["alt", "caption", "credit"] as const).map((name) => (
            <input key={name} type="hidden" name={`was${name[0]!.toUpperCase()}${name.slice(1)}`} value={(saved.texts?.id === media.id ? saved.texts : media)[name]} />
          ))}
          {field("alt", "Alt text", "(what the picture shows)")}
          {field("caption", "Caption")}
          {field("credit", "Credit")}
          <FocalPointField src={media.src} width={media.width} height={media.height} initial={media.focal} />
          <div className="flex items-center gap-2">
            <button type="submit" disabled={saving} className="rounded bg-ink px-3 py-1 text-sm font-semibold text-paper">Save</button>
            <span role="status" aria-live="polite" className={`text-xs ${saved.ok === false ? "text-breaking" : "text-muted"}`}>{saved.message}</span>
          </div>
        </form>
      ) : (
        <dl className="mt-3 space-y-1 text-sm">
          <dt className="text-xs font-semibold">Alt text</dt><dd>{media.alt || "No alt text"}</dd>
          <dt className="text-xs font-semibold">Caption</dt><dd>{media.caption || "—"}</dd>
          <dt className="text-xs font-semibold">Credit</dt><dd>{media.credit || "—"}</dd>
        </dl>
      )}
      <figure className="mt-3">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={shareCrop} alt="" width={1200} height={1200} data-share-crop className="w-32 rounded border border-rule bg-surface" />
        <figcaption className="text-xs text-muted">Square share image, as search engines get it</figcaption>
      </figure>
      <h3 id="used-in" className="mt-4 text-sm font-bold">
        {media.usedBy.length === 0 ? "Not used in any story" : `Used in ${media.usedBy.length}${media.usedBy.length >= USED_BY_SHOWN ? "+" : ""} ${media.usedBy.length === 1 ? "story" : "stories"}`}
      </h3>
      {media.usedBy.length ? (
        <ul className="mt-1 list-disc pl-5 text-sm">
          {media.usedBy.map((story) => (
            <li key={story.id}>
              <Link href={`/admin/articles/${story.id}`} className="underline">{story.headline || "Untitled draft"}</Link>
              <span className="text-xs text-muted"> ({STATUS[story.status] ?? story.status.toLowerCase()})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {media.photoOf.length ? <p className="mt-1 text-sm">Photo of {media.photoOf.join(", ")}.</p> : null}
      {canEdit ? (
        <form action={remove} className="mt-4 border-t border-rule pt-3">
          <input type="hidden" name="id" value={media.id} />
          <input type="hidden" name="back" value={closeHref} />
          <ConfirmSubmit
            disabled={deleting}
            className="text-sm text-breaking underline"
            question={{
              title: "Delete this image?",
              text: media.usedBy.length || media.photoOf.length
                ? `It is in use (${[...media.usedBy.map((s) => `“${s.headline || "Untitled draft"}”`), ...media.photoOf.map((name) => `the photo of ${name}`)].join(", ")}), so it will be kept until nothing uses it.`
                : `${media.alt ? `“${media.alt}” ` : "The image "}is removed from the library and its file is deleted. This cannot be undone.`,
              confirm: "Delete image",
            }}
          >
            Delete image
          </ConfirmSubmit>
          {deleted.message && !deleted.ok ? (
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
      ) : null}
    </section>
  );
}
