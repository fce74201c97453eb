"use client";
// The body editor: TipTap with the node types the reader site renders
// (paragraphs, h2/h3, lists, quotes, links, images). Its JSON travels to the
// server in a hidden field named `name`.
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import { useRef, useState } from "react";
import { countWords, documentText, readingMinutes, type RichDocument } from "@/lib/rich-text/document";
import { editorExtensions } from "@/lib/rich-text/editor-schema";
import { EditorToolbar } from "./editor-toolbar";
import { useImagePaste } from "./image-paste";
import { LinkDialog, type LinkDialogHandle } from "./link-dialog";

type Props = { name: string; initial: unknown; onChange?: () => void; describedBy?: string; label?: string; minHeight?: string; placeholder?: string };

/** "412 words · 2 min read" */
function lengthOf(doc: unknown): string {
  const words = countWords(documentText((doc as RichDocument | null) ?? { type: "doc", content: [] }));
  return `${words.toLocaleString("en-GB")} ${words === 1 ? "word" : "words"} · ${readingMinutes(words)} min read`;
}

export function RichTextEditor({ name, initial, onChange, describedBy, label = "Story body", minHeight = "min-h-64", placeholder = "Write the story…" }: Props) {
  const [json, setJson] = useState(() => JSON.stringify(initial ?? { type: "doc", content: [] }));
  const [length, setLength] = useState(() => lengthOf(initial));
  const linkDialog = useRef<LinkDialogHandle>(null);
  const countId = `${name}-length`;
  const imagePaste = useImagePaste();
  // Ctrl/Cmd+K is read by the editor's own key handling (set once when the editor is made; the ref it reads is current).
  const openLink = () => linkDialog.current?.open();
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [...editorExtensions, Placeholder.configure({ placeholder }), imagePaste.extension],
    content: (initial as object) ?? "",
    editorProps: {
      attributes: { class: `article-body ${minHeight} rounded-b border border-rule bg-paper p-4 focus:outline-none`, "aria-label": label, role: "textbox", "aria-multiline": "true", "aria-describedby": [describedBy, countId].filter(Boolean).join(" ") },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
          event.preventDefault();
          openLink();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor }) => {
      const doc = editor.getJSON();
      setJson(JSON.stringify(doc));
      setLength(lengthOf(doc));
      onChange?.();
    },
  });

  return (
    <div>
      <input type="hidden" name={name} value={json} />
      {editor ? (
        <EditorToolbar
          editor={editor}
          onLink={openLink}
          onImage={(media) => {
            const node = { type: "image", attrs: { src: media.src, alt: media.alt, caption: media.caption || null, credit: media.credit || null, width: media.width, height: media.height } };
            editor.chain().focus().insertContent(node).run();
          }}
        />
      ) : (
        <div className="rounded-t border border-b-0 border-rule bg-paper p-1"><span className="inline-block px-2 py-2 text-sm text-muted">Loading editor…</span></div>
      )}
      <EditorContent editor={editor} />
      {imagePaste.prompt}
      <p id={countId} aria-live="polite" className="mt-1 text-right text-xs text-muted">{length}</p>
      {editor ? <LinkDialog editor={editor} ref={linkDialog} /> : null}
    </div>
  );
}
