"use client";
// A searchable choice (the ARIA 1.2 combobox pattern: a text field that filters a listbox). Typing filters,
// the arrow keys move through the list, Enter picks, Escape closes; a click on the field opens the list.
// With `multiple` the field empties after each pick, ready for the next, and what is chosen is shown by the
// caller (bylines in order, topics); without it the field shows the choice. `onCreate` adds an option to
// make a new choice from the words typed.
import { useId, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/components/ui/controls";
import { OptionList } from "./option-list";

export type Choice = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  options: Choice[];
  selected: string[];
  onPick: (value: string) => void;
  multiple?: boolean;
  /** Single choice: the field was emptied, so nothing is chosen. */
  onClear?: () => void;
  /** The label of the extra option that makes a new choice of what was typed, e.g. `Add new topic “x”`. */
  createLabel?: (typed: string) => string;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
};

const CREATE = "\u0000create";
const LISTED = 50;

export function Combobox({ id, label, options, selected, onPick, multiple = false, onClear, createLabel, placeholder, describedBy, invalid }: Props) {
  const listId = `${useId()}-list`;
  const chosenLabel = multiple ? "" : (options.find((o) => o.value === selected[0])?.label ?? "");
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = typed ?? chosenLabel;
  const words = (typed ?? "").trim().toLowerCase();

  const available = options.filter((o) => !(multiple && selected.includes(o.value)));
  const matching = words ? available.filter((o) => o.label.toLowerCase().includes(words)) : available;
  // Options that start with the words come first: "har" finds Harbour before "Calder Harbour trust".
  matching.sort((a, b) => Number(!a.label.toLowerCase().startsWith(words)) - Number(!b.label.toLowerCase().startsWith(words)));
  const shown: Choice[] = matching.slice(0, LISTED);
  const exact = options.some((o) => o.label.toLowerCase() === words);
  if (createLabel && words && !exact) shown.push({ value: CREATE, label: createLabel((typed ?? "").trim()) });
  const current = Math.min(active, shown.length - 1);

  function pick(choice: Choice | undefined) {
    if (!choice) return;
    onPick(choice.value === CREATE ? (typed ?? "").trim() : choice.value);
    setTyped(multiple ? "" : null);
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((current + 1) % Math.max(shown.length, 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActive(current <= 0 ? shown.length - 1 : current - 1);
        break;
      case "Enter":
        // Never submits the article form: Enter picks.
        event.preventDefault();
        if (open || words) pick(shown[current]);
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (typed !== null) {
          event.preventDefault();
          setTyped(null);
        }
        break;
    }
  }

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[current] ? `${listId}-${current}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          // Words typed to search are not a change to the story; a pick is (the caller counts it).
          event.stopPropagation();
          setTyped(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        // A chosen value is selected on focus, so typing replaces it.
        onFocus={(event) => !multiple && event.target.select()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          if (!multiple && typed !== null && !typed.trim() && selected.length) onClear?.();
          setTyped(multiple ? typed : null);
        }}
        className={inputClass}
      />
      <OptionList id={listId} label={label} options={shown} active={current} hidden={!open || shown.length === 0} keyOf={(choice) => choice.value} onPick={pick} optionClass={(choice) => (choice.value === CREATE ? "italic" : "")}>
        {(choice) => choice.label}
      </OptionList>
    </div>
  );
}
