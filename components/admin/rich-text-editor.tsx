"use client";
// The body editor: TipTap with the node types the reader site renders
// (paragraphs, h2/h3, lists, quotes, links, images). Its JSON travels to the
// server in a hidden field named `name`.
import { EditorContent, useEditor } from "@tiptap/react";
import { useState } from "react";
import { editorExtensions } from "@/lib/rich-text/editor-schema";
import { useImagePaste } from "./image-paste";
import { MediaPicker } from "./media-picker";

type Props = { name: string; initial: unknown; onChange?: () => void; describedBy?: string; label?: string; minHeight?: string };

export function RichTextEditor({ name, initial, onChange, describedBy, label = "Story body", minHeight = "min-h-64" }: Props) {
  const [json, setJson] = useState(() => JSON.stringify(initial ?? { type: "doc", content: [] }));
  const imagePaste = useImagePaste();
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [...editorExtensions, imagePaste.extension],
    content: (initial as object) ?? "",
    editorProps: { attributes: { class: `article-body ${minHeight} rounded-b border border-rule bg-paper p-4 focus:outline-none`, "aria-label": label, role: "textbox", "aria-multiline": "true", ...(describedBy ? { "aria-describedby": describedBy } : {}) } },
    onUpdate: ({ editor }) => {
      setJson(JSON.stringify(editor.getJSON()));
      onChange?.();
    },
  });

  const button = (label: string, active: boolean, run: () => void) => (
    <button type="button" aria-pressed={active} onClick={run} className={`rounded px-2 py-1 text-sm ${active ? "bg-ink text-paper" : "hover:bg-surface"}`}>
      {label}
    </button>
  );

  return (
    <div>
      <input type="hidden" name={name} value={json} />
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 rounded-t border border-b-0 border-rule bg-paper p-1">
        {editor ? (
          <>
            {button("Bold", editor.isActive("bold"), () => editor.chain().focus().toggleBold().run())}
            {button("Italic", editor.isActive("italic"), () => editor.chain().focus().toggleItalic().run())}
            {button("Heading", editor.isActive("heading", { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
            {button("Subheading", editor.isActive("heading", { level: 3 }), () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
            {button("Bullets", editor.isActive("bulletList"), () => editor.chain().focus().toggleBulletList().run())}
            {button("Numbered", editor.isActive("orderedList"), () => editor.chain().focus().toggleOrderedList().run())}
            {button("Quote", editor.isActive("blockquote"), () => editor.chain().focus().toggleBlockquote().run())}
            {button("Link", editor.isActive("link"), () => {
              const previous = editor.getAttributes("link").href as string | undefined;
              const href = window.prompt("Link address (https://…)", previous ?? "https://");
              if (href === null) return;
              if (href === "") editor.chain().focus().extendMarkRange("link").unsetLink().run();
              else editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
            })}
            <MediaPicker
              label="Image"
              onPick={(media) => {
                const node = { type: "image", attrs: { src: media.src, alt: media.alt, caption: media.caption || null, credit: media.credit || null, width: media.width, height: media.height } };
                editor.chain().focus().insertContent(node).run();
              }}
            />
          </>
        ) : (
          <span className="px-2 py-1 text-sm text-muted">Loading editor…</span>
        )}
      </div>
      <EditorContent editor={editor} />
      {imagePaste.prompt}
    </div>
  );
}
