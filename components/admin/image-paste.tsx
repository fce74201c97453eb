"use client";
// Images pasted or dropped into a story body: each is uploaded to the library through the same route as
// every other upload, put into the body where it was dropped (or at the cursor), and the editor is asked
// straight away what the picture shows, in a small form under the body. The body stores that alt text;
// "Later" leaves it empty, and publishing asks for it (images without alt text are refused then).
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { StoredMedia } from "@/server/services/media";
import { imageFiles, uploadImage, UploadError } from "./upload-image";
import { inputClass } from "@/components/ui/controls";

type Handler = (editor: Editor, files: File[], at: number | null) => void;

/** The TipTap extension, and the alt-text prompt to render under the editor. */
export function useImagePaste(): { extension: Extension; prompt: ReactNode } {
  const id = useId();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [waiting, setWaiting] = useState<{ editor: Editor; media: StoredMedia }[]>([]);
  const altInput = useRef<HTMLInputElement>(null);
  // One extension for the editor's lifetime: the editor is made again whenever its extensions change.
  // What it does with files needs nothing from a render but the (stable) state setters.
  const [extension] = useState(() => {
    const upload: Handler = async (editor, files, droppedAt) => {
      // Several files go in the order they came, each after the one before.
      let at = droppedAt;
      for (const file of files) {
        setStatus({ text: `Uploading ${file.name}…`, failed: false });
        try {
          const media = await uploadImage(file, {}, (part) => setStatus({ text: `Uploading ${file.name}… ${Math.round(part * 100)}%`, failed: false }));
          const node = { type: "image", attrs: { src: media.src, alt: "", caption: null, credit: null, width: media.width, height: media.height } };
          const position = at === null ? editor.state.selection.to : Math.min(at, editor.state.doc.content.size);
          editor.chain().focus().insertContentAt(position, node).run();
          if (at !== null) at = editor.state.selection.to;
          setWaiting((list) => [...list, { editor, media }]);
          setStatus(null);
        } catch (error) {
          setStatus({ text: `${file.name}: ${error instanceof UploadError ? error.message : "the upload failed. Try again."}`, failed: true });
          return;
        }
      }
    };
    return Extension.create({
      name: "imagePaste",
      addProseMirrorPlugins() {
        const editor = this.editor;
        return [
          new Plugin({
            key: new PluginKey("imagePaste"),
            props: {
              handlePaste: (_view, event) => {
                const files = imageFiles(event.clipboardData?.files);
                if (files.length === 0) return false;
                event.preventDefault();
                void upload(editor, files, null);
                return true;
              },
              handleDrop: (view, event, _slice, moved) => {
                const files = moved ? [] : imageFiles(event.dataTransfer?.files);
                if (files.length === 0) return false;
                event.preventDefault();
                void upload(editor, files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null);
                return true;
              },
            },
          }),
        ];
      },
    });
  });

  const current = waiting[0];
  useEffect(() => {
    if (current) altInput.current?.focus();
  }, [current]);

  /** Writes the alt text into the image just inserted (found by its address, still without alt text). */
  const finish = (alt: string) => {
    if (!current) return;
    const { editor, media } = current;
    const text = alt.trim();
    if (text) {
      let found: number | null = null;
      editor.state.doc.descendants((node, position) => {
        if (found === null && node.type.name === "image" && node.attrs.src === media.src && !node.attrs.alt) found = position;
        return found === null;
      });
      if (found !== null) editor.view.dispatch(editor.state.tr.setNodeAttribute(found, "alt", text));
    }
    setWaiting((list) => list.slice(1));
    if (waiting.length <= 1) editor.commands.focus();
  };

  const prompt = (
    <>
      {status ? <p role={status.failed ? "alert" : "status"} className={`mt-1 text-sm ${status.failed ? "text-breaking" : "text-muted"}`}>{status.text}</p> : null}
      {current ? (
        <div role="dialog" aria-labelledby={`${id}-title`} className="mt-2 flex flex-wrap items-end gap-3 rounded border border-ink bg-paper p-3">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={current.media.src} alt="" width={current.media.width} height={current.media.height} className="h-16 w-24 rounded-sm bg-surface object-cover" />
          <div className="min-w-48 flex-1">
            <p id={`${id}-title`} className="text-sm font-semibold">Describe the image you added</p>
            <label className="block text-xs">
              Alt text (what the picture shows, for readers who cannot see it)
              <input
                ref={altInput}
                key={current.media.id}
                className={`${inputClass} text-sm`}
                onKeyDown={(event) => {
                  // Enter must not submit the article form around the editor.
                  if (event.key === "Enter") {
                    event.preventDefault();
                    finish(event.currentTarget.value);
                  } else if (event.key === "Escape") {
                    event.preventDefault();
                    finish("");
                  }
                }}
              />
            </label>
          </div>
          <div className="flex gap-2">
            <button type="button" onClick={() => finish(altInput.current?.value ?? "")} className="rounded bg-ink px-3 py-1 text-sm font-semibold text-paper">Save alt text</button>
            <button type="button" onClick={() => finish("")} className="rounded border border-rule px-3 py-1 text-sm">Later</button>
          </div>
        </div>
      ) : null}
    </>
  );
  return { extension, prompt };
}
