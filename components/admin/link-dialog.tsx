"use client";
// The body editor's link dialog (toolbar or Ctrl/Cmd+K): the link's text and address. Words typed in the
// address field suggest our own published stories by headline, and picking one puts in its canonical path;
// a site path that leads to no published story is flagged before it goes in. It sits inside the article
// form, so it has no form of its own: Enter is handled here.
import type { Editor } from "@tiptap/react";
import { useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { safeHref } from "@/lib/rich-text/document";
import { storyAtPathAction, suggestStoryLinksAction } from "@/server/actions/articles";
import type { StoryLink } from "@/server/data/admin-articles";
import { buttonClass, inputClass } from "@/components/ui/controls";
import { OptionList } from "./option-list";

export type LinkDialogHandle = { open: () => void };
type Props = { editor: Editor; ref: Ref<LinkDialogHandle> };


/** What the address field holds: an address (kept as typed) or words to look up. */
const looksLikeAddress = (value: string) => /^(\/|#|[a-z][a-z0-9+.-]*:|www\.)/i.test(value.trim());

export function LinkDialog({ editor, ref }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [text, setText] = useState("");
  const [address, setAddress] = useState("");
  const [existing, setExisting] = useState(false);
  const [range, setRange] = useState({ from: 0, to: 0 });
  const [suggestions, setSuggestions] = useState<StoryLink[]>([]);
  const [active, setActive] = useState(-1);
  const [picked, setPicked] = useState<StoryLink | null>(null);
  const [problem, setProblem] = useState("");
  // A path flagged as leading nowhere goes in on the second press, as typed.
  const [flagged, setFlagged] = useState<string | null>(null);
  const asked = useRef(0);
  const pause = useRef<number | undefined>(undefined);
  const addressField = useRef<HTMLInputElement>(null);

  function open() {
    // Inside a link with nothing selected, the whole link is what is edited.
    if (editor.isActive("link") && editor.state.selection.empty) editor.chain().extendMarkRange("link").run();
    const { from, to } = editor.state.selection;
    setRange({ from, to });
    setText(editor.state.doc.textBetween(from, to, " "));
    const href = (editor.getAttributes("link").href as string | undefined) ?? "";
    setExisting(Boolean(href));
    setAddress(href);
    setSuggestions([]);
    setActive(-1);
    setPicked(null);
    setProblem("");
    setFlagged(null);
    if (!dialog.current?.open) dialog.current?.showModal();
    addressField.current?.focus();
  }
  useImperativeHandle(ref, () => ({ open }));

  const close = () => {
    dialog.current?.close();
  };

  function lookUp(value: string) {
    const words = value.trim();
    const ask = ++asked.current;
    if (words.length < 2 || looksLikeAddress(words)) {
      setSuggestions([]);
      return;
    }
    // Asked once typing pauses, not at every key: each question is a search of the headlines.
    window.clearTimeout(pause.current);
    pause.current = window.setTimeout(() => {
      void suggestStoryLinksAction(words).then((found) => {
        // Only the answer to the latest words counts.
        if (ask !== asked.current) return;
        setSuggestions(found);
        setActive(found.length ? 0 : -1);
      });
    }, 250);
  }

  function pick(story: StoryLink) {
    setAddress(story.path);
    setPicked(story);
    if (!text.trim()) setText(story.headline);
    setSuggestions([]);
    setActive(-1);
    setProblem("");
  }

  async function insert() {
    let href = address.trim();
    if (/^www\./i.test(href)) href = `https://${href}`;
    // The site's own full address is kept as a path, like the suggestions.
    if (href.startsWith(`${window.location.origin}/`)) href = href.slice(window.location.origin.length);
    const safe = safeHref(href);
    if (!href || !safe) {
      setProblem(href ? "That is not an address a reader can follow. Use https://…, mailto:…, or a path on this site." : "Type an address, or words from a story's headline.");
      return;
    }
    if (!looksLikeAddress(href)) {
      setProblem("Pick a story from the list, or type a full address (https://…).");
      return;
    }
    if (safe.startsWith("/") && flagged !== safe && picked?.path !== safe && !(await storyAtPathAction(safe))) {
      setFlagged(safe);
      setProblem(`No published story is at ${safe}. Check the address, or press “Insert anyway”.`);
      return;
    }
    const label = text.trim() ? text : safe;
    const original = editor.state.doc.textBetween(range.from, range.to, " ");
    close();
    const chain = editor.chain().setTextSelection(range);
    // The cursor ends up after the link, ready to go on writing.
    if (range.from === range.to || label !== original) {
      chain.insertContent({ type: "text", text: label, marks: [{ type: "link", attrs: { href: safe } }] }).setTextSelection(range.from + label.length).run();
    } else {
      chain.setLink({ href: safe }).setTextSelection(range.to).run();
    }
    // At once, rather than a frame later as TipTap's focus() does, so keys pressed next land after the link.
    editor.view.focus();
  }

  function remove() {
    close();
    editor.chain().setTextSelection(range).extendMarkRange("link").unsetLink().run();
    editor.view.focus();
  }

  function onAddressKey(event: KeyboardEvent<HTMLInputElement>) {
    const listed = suggestions.length > 0;
    if (event.key === "ArrowDown" && listed) {
      event.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && listed) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === "Escape" && listed) {
      event.preventDefault();
      setSuggestions([]);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const story = listed && active >= 0 ? suggestions[active] : undefined;
      if (story) pick(story);
      else void insert();
    }
  }

  const listId = `${ids}-stories`;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      // Closing returns the focus to where it was, the text or the toolbar.
      className="m-auto w-[min(34rem,95vw)] rounded border border-rule bg-paper p-4 text-ink backdrop:bg-black/50"
    >
      <h2 id={`${ids}-title`} className="text-lg font-bold">{existing ? "Edit link" : "Insert link"}</h2>
      <label htmlFor={`${ids}-text`} className="mt-3 block text-sm font-semibold">Text</label>
      <input
        id={`${ids}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            void insert();
          }
        }}
        className={inputClass}
      />
      <label htmlFor={`${ids}-address`} className="mt-3 block text-sm font-semibold">Link to</label>
      <div className="relative">
        <input
          id={`${ids}-address`}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && suggestions.length ? `${listId}-${active}` : undefined}
          aria-describedby={`${ids}-hint ${ids}-problem`}
          ref={addressField}
          autoComplete="off"
          value={address}
          placeholder="https://… or words from a headline"
          onChange={(e) => {
            setAddress(e.target.value);
            setPicked(null);
            setProblem("");
            setFlagged(null);
            lookUp(e.target.value);
          }}
          onKeyDown={onAddressKey}
          className={inputClass}
        />
        <OptionList id={listId} label="Our stories" options={suggestions} active={active} hidden={!suggestions.length} keyOf={(story) => story.path} onPick={pick}>
          {(story, isActive) => (
            <>
              <span className="block font-semibold">{story.headline}</span>
              <span className={`block font-mono text-xs ${isActive ? "text-paper" : "text-muted"}`}>{story.path}</span>
            </>
          )}
        </OptionList>
      </div>
      <p id={`${ids}-hint`} className="mt-1 text-xs text-muted">
        {picked ? `Links to our story “${picked.headline}”.` : "Type words from a headline to link to one of our stories."}
      </p>
      <p id={`${ids}-problem`} role="alert" className="mt-2 min-h-5 text-sm text-breaking">{problem}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={() => void insert()} className={buttonClass("primary", { small: true })}>
          {flagged ? "Insert anyway" : existing ? "Update link" : "Insert link"}
        </button>
        {existing ? <button type="button" onClick={remove} className={buttonClass("secondary", { small: true })}>Remove link</button> : null}
        <button type="button" onClick={close} className={buttonClass("secondary", { small: true })}>Cancel</button>
      </div>
    </dialog>
  );
}
