"use client";
// The body editor's toolbar: icon buttons named for screen readers (aria-label) and for the pointer (a title
// with the keyboard shortcut), pressed while the selection has that format. One tab stop, arrow keys move
// between buttons (the ARIA toolbar pattern), so Tab goes from the standfirst to the text in two steps.
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import type { StoredMedia } from "@/server/services/media";
import { MediaPicker } from "./media-picker";

type Props = { editor: Editor; onLink: () => void; onImage: (media: StoredMedia) => void };

// 20×20 line icons, drawn with currentColor so the pressed state's colours apply.
const icon = (children: ReactNode) => (
  <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    {children}
  </svg>
);
const glyph = (text: string, size = 11) => (
  <text x="10" y="14.5" textAnchor="middle" fontSize={size} fontWeight="700" fill="currentColor" stroke="none" fontFamily="system-ui, sans-serif">{text}</text>
);

export const TOOLBAR_ICONS = {
  undo: icon(<><path d="M7 5 3 9l4 4" /><path d="M3 9h9a5 5 0 0 1 0 10H9" /></>),
  redo: icon(<><path d="m13 5 4 4-4 4" /><path d="M17 9H8a5 5 0 0 0 0 10h3" /></>),
  heading: icon(glyph("H2")),
  subheading: icon(glyph("H3")),
  bold: icon(<path d="M6 4h5a3 3 0 0 1 0 6H6zm0 6h6a3 3 0 0 1 0 6H6z" strokeWidth="2" />),
  italic: icon(<><path d="M12 4H8M12 16H8M11.5 4l-3 12" /><path d="M14 4h-2M8 16H6" /></>),
  link: icon(<><path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" /><path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" /></>),
  bulletList: icon(<><circle cx="4" cy="5.5" r="1" fill="currentColor" /><circle cx="4" cy="10" r="1" fill="currentColor" /><circle cx="4" cy="14.5" r="1" fill="currentColor" /><path d="M8 5.5h9M8 10h9M8 14.5h9" /></>),
  orderedList: icon(<><path d="M3 4h1.5v3.5M3 7.5h3M3 12.5c0-1 3-1 3 0 0 .8-3 2-3 3h3" strokeWidth="1.3" /><path d="M9 5.5h8M9 10h8M9 14.5h8" /></>),
  quote: icon(<><path d="M4 8a3 3 0 0 1 3-3M4 8v4h4V8H4zM11 8a3 3 0 0 1 3-3M11 8v4h4V8h-4z" /></>),
  separator: icon(<><path d="M3 10h14" /><path d="M6 5h8M6 15h8" strokeOpacity=".4" /></>),
  image: icon(<><rect x="3" y="4" width="14" height="12" rx="1.5" /><circle cx="7.5" cy="8.5" r="1.3" /><path d="m4 15 4.5-4.5L12 14l2-2 3 3" /></>),
};

const toolClass = (active: boolean) =>
  `inline-flex h-9 w-9 items-center justify-center rounded disabled:opacity-40 ${active ? "bg-ink text-paper" : "text-ink hover:bg-surface"}`;

export function EditorToolbar({ editor, onLink, onImage }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  // The button Tab reaches: the first one at first, then whichever had focus last.
  const [current, setCurrent] = useState("Heading");
  const mac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  const keys = (shortcut: string) => shortcut.replace("Mod+", mac ? "⌘" : "Ctrl+").replace("Alt+", mac ? "⌥" : "Alt+").replace("Shift+", mac ? "⇧" : "Shift+");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      undo: e.can().undo(),
      redo: e.can().redo(),
      heading: e.isActive("heading", { level: 2 }),
      subheading: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
    }),
  });

  const button = (name: string, shortcut: string | null, iconKey: keyof typeof TOOLBAR_ICONS, run: () => void, options: { pressed?: boolean; disabled?: boolean } = {}) => (
    <button
      type="button"
      aria-label={name}
      title={shortcut ? `${name} (${keys(shortcut)})` : name}
      {...(options.pressed === undefined ? {} : { "aria-pressed": options.pressed })}
      disabled={options.disabled}
      tabIndex={current === name ? 0 : -1}
      // Clicking a button keeps the selection in the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
      className={toolClass(Boolean(options.pressed))}
    >
      {TOOLBAR_ICONS[iconKey]}
    </button>
  );
  const chain = () => editor.chain().focus();
  const divider = <span aria-hidden="true" className="mx-1 h-6 w-px self-center bg-rule" />;

  /** Arrow keys, Home and End move between the toolbar's buttons; only one of them is in the tab order. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(bar.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  }
  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const name = event.target.getAttribute("aria-label");
    if (name) setCurrent(name);
  }

  return (
    <div ref={bar} role="toolbar" aria-label="Formatting" onKeyDown={onKeyDown} onFocus={onFocus} className="flex flex-wrap items-center gap-0.5 rounded-t border border-b-0 border-rule bg-paper p-1">
      {button("Undo", "Mod+Z", "undo", () => chain().undo().run(), { disabled: !state.undo })}
      {button("Redo", "Mod+Shift+Z", "redo", () => chain().redo().run(), { disabled: !state.redo })}
      {divider}
      {button("Heading", "Mod+Alt+2", "heading", () => chain().toggleHeading({ level: 2 }).run(), { pressed: state.heading })}
      {button("Subheading", "Mod+Alt+3", "subheading", () => chain().toggleHeading({ level: 3 }).run(), { pressed: state.subheading })}
      {divider}
      {button("Bold", "Mod+B", "bold", () => chain().toggleBold().run(), { pressed: state.bold })}
      {button("Italic", "Mod+I", "italic", () => chain().toggleItalic().run(), { pressed: state.italic })}
      {button("Link", "Mod+K", "link", onLink, { pressed: state.link })}
      {divider}
      {button("Bulleted list", "Mod+Shift+8", "bulletList", () => chain().toggleBulletList().run(), { pressed: state.bulletList })}
      {button("Numbered list", "Mod+Shift+7", "orderedList", () => chain().toggleOrderedList().run(), { pressed: state.orderedList })}
      {button("Quote", "Mod+Shift+B", "quote", () => chain().toggleBlockquote().run(), { pressed: state.quote })}
      {button("Separator", null, "separator", () => chain().setHorizontalRule().run())}
      <MediaPicker label="Image" title="Image from the media library" className={toolClass(false)} tabIndex={current === "Image" ? 0 : -1} onPick={onImage}>
        {TOOLBAR_ICONS.image}
      </MediaPicker>
    </div>
  );
}
