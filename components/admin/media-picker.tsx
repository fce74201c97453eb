"use client";
// Choose an image from the media library, or upload one, in a dialog.
import { useRef, useState, useTransition, type ReactNode } from "react";
import { listMediaAction } from "@/server/actions/media";
import type { StoredMedia } from "@/server/services/media";
import { uploadImage, UploadError } from "./upload-image";

type Props = {
  label: string;
  onPick: (media: StoredMedia) => void;
  /** An icon instead of the label (which then names the button for screen readers), as in the editor's toolbar. */
  children?: ReactNode;
  title?: string;
  className?: string;
  tabIndex?: number;
};

export function MediaPicker({ label, onPick, children, title, className, tabIndex }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<StoredMedia[]>([]);
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState("");
  const [uploading, setUploading] = useState(false);
  const [loading, startLoading] = useTransition();

  const load = (q: string) => startLoading(async () => setItems(await listMediaAction(q)));
  const open = () => {
    setMessage("");
    dialog.current?.showModal();
    load(query);
  };
  const pick = (media: StoredMedia) => {
    onPick(media);
    dialog.current?.close();
  };

  /** Uploads what the upload box holds; it is a plain element because this dialog sits inside the article form. */
  async function upload(box: HTMLElement) {
    const text = (name: string) => box.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? "";
    const file = box.querySelector<HTMLInputElement>('input[type="file"]')?.files?.[0];
    if (!file) {
      setMessage("Choose an image file first.");
      return;
    }
    setUploading(true);
    setMessage("");
    try {
      const stored = await uploadImage(file, { alt: text("alt"), caption: text("caption"), credit: text("credit") });
      box.querySelectorAll("input").forEach((input) => (input.value = ""));
      pick(stored);
    } catch (error) {
      setMessage(error instanceof UploadError ? error.message : "Upload failed. Try again.");
    } finally {
      setUploading(false);
    }
  }

  return (
    <>
      <button type="button" onClick={open} aria-label={children ? label : undefined} title={title} tabIndex={tabIndex} className={className ?? "rounded border border-rule px-2 py-1 text-sm hover:bg-surface"}>{children ?? label}</button>
      <dialog ref={dialog} aria-label="Media library" className="m-auto w-[min(48rem,95vw)] rounded border border-rule bg-paper p-4 text-ink backdrop:bg-black/50">
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-lg font-bold">Media library</h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-rule px-3 py-1">Close</button>
        </div>
        <div className="mt-3 grid gap-2 rounded border border-rule p-3 sm:grid-cols-2" data-upload>
          <label className="text-sm font-semibold sm:col-span-2">Upload an image (JPEG, PNG, WebP, AVIF or GIF)
            <input type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" className="mt-1 block w-full text-sm" />
          </label>
          <label className="text-sm">Alt text<input name="alt" className="mt-1 w-full rounded border border-rule bg-paper px-2 py-1" /></label>
          <label className="text-sm">Caption<input name="caption" className="mt-1 w-full rounded border border-rule bg-paper px-2 py-1" /></label>
          <label className="text-sm">Credit<input name="credit" className="mt-1 w-full rounded border border-rule bg-paper px-2 py-1" /></label>
          <div className="flex items-end">
            <button
              type="button"
              disabled={uploading}
              onClick={(event) => void upload(event.currentTarget.closest("[data-upload]") as HTMLElement)}
              className="rounded bg-ink px-3 py-1 font-semibold text-paper"
            >
              {uploading ? "Uploading…" : "Upload and use"}
            </button>
          </div>
          <p role="alert" className="min-h-5 text-sm text-breaking sm:col-span-2">{message}</p>
        </div>
        <label className="mt-3 block text-sm">Search the library
          <input type="search" value={query} onChange={(e) => { setQuery(e.target.value); load(e.target.value); }} className="mt-1 w-full rounded border border-rule bg-paper px-2 py-1" />
        </label>
        <ul className="mt-3 grid max-h-96 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4" aria-busy={loading}>
          {items.map((media) => (
            <li key={media.id}>
              <button type="button" onClick={() => pick(media)} className="block w-full text-left">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={media.src} alt={media.alt || "Untitled image"} width={media.width} height={media.height} className="aspect-[4/3] w-full bg-surface object-cover" />
                <span className="line-clamp-1 text-xs text-muted">{media.alt || media.caption || "No alt text yet"}</span>
              </button>
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}
