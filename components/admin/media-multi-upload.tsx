"use client";
// The media library's upload: choose or drop several images at once. Each file goes up on its own, two at
// a time, with its own progress bar and its own answer (the route checks every file separately), so one
// refused file does not stop the others. The grid shows the new images when all are done.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent } from "react";
import { uploadImage, UploadError } from "./upload-image";

type Item = { key: string; name: string; progress: number; state: "waiting" | "sending" | "done" | "failed"; message: string; mediaId?: string };
const AT_ONCE = 2;

export function MediaMultiUpload() {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const busy = items.some((item) => item.state === "waiting" || item.state === "sending");

  const update = (key: string, change: Partial<Item>) => setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  async function start(files: File[]) {
    if (files.length === 0) return;
    const batch = files.map((file, index) => ({ file, key: `${Date.now()}-${index}-${file.name}` }));
    setItems((all) => [...batch.map(({ file, key }): Item => ({ key, name: file.name, progress: 0, state: "waiting", message: "Waiting" })), ...all.filter((item) => item.state !== "done")]);
    const queue = [...batch];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { file, key } = next;
        update(key, { state: "sending", message: "Uploading" });
        try {
          const stored = await uploadImage(file, {}, (progress) => update(key, { progress }));
          update(key, { state: "done", progress: 1, message: stored.alt ? "Uploaded" : "Uploaded — add its alt text", mediaId: stored.id });
        } catch (error) {
          update(key, { state: "failed", message: error instanceof UploadError ? error.message : "Upload failed. Try again." });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, batch.length) }, worker));
    if (input.current) input.current.value = "";
    router.refresh();
  }

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void start(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`w-full rounded border border-dashed p-3 sm:w-auto sm:min-w-80 ${over ? "border-ink bg-surface" : "border-rule bg-paper"}`}
    >
      <label htmlFor={`${id}-files`} className="block text-sm font-semibold">Upload images <span className="font-normal text-muted">(choose or drop several; JPEG, PNG, WebP, AVIF, GIF)</span></label>
      <input
        ref={input}
        id={`${id}-files`}
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
        disabled={busy}
        onChange={(event) => void start(Array.from(event.currentTarget.files ?? []))}
        className="mt-1 block w-full text-sm"
      />
      {items.length ? (
        <ul aria-label="Uploads" className="mt-2 space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.key} className="grid grid-cols-[1fr_auto] items-center gap-x-2">
              <span className="truncate">{item.name}</span>
              {/* A refused file was sent whole: a full bar would read as success. */}
              {item.state === "failed" ? <span className="text-xs font-semibold text-breaking">Not uploaded</span> : <progress max={1} value={item.progress} aria-label={`${item.name} uploaded`} className="h-2 w-24" />}
              <span role={item.state === "failed" ? "alert" : "status"} className={`col-span-2 text-xs ${item.state === "failed" ? "text-breaking" : "text-muted"}`}>
                {item.state === "sending" ? (
                  `Uploading… ${Math.round(item.progress * 100)}%`
                ) : item.state === "done" && item.mediaId ? (
                  <Link href={`/admin/media?edit=${item.mediaId}`} scroll={false} className="underline">{item.message}</Link>
                ) : (
                  item.message
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
