"use client";
// The listbox under a searchable field (the section, byline and topic pickers; the link dialog's story
// suggestions). The field keeps the focus and says which option is active through aria-activedescendant
// (`${id}-${index}`); a click picks without taking the focus, so the list does not close before it lands.
import type { ReactNode } from "react";

type Props<T> = {
  id: string;
  label: string;
  options: T[];
  active: number;
  hidden: boolean;
  keyOf: (option: T) => string;
  onPick: (option: T) => void;
  children: (option: T, active: boolean) => ReactNode;
  /** Extra classes of one option (e.g. the "Add new …" option in italics). */
  optionClass?: (option: T) => string;
};

export function OptionList<T>({ id, label, options, active, hidden, keyOf, onPick, children, optionClass }: Props<T>) {
  return (
    <ul id={id} role="listbox" aria-label={label} tabIndex={-1} hidden={hidden} className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded border border-rule bg-paper py-1 shadow-lg">
      {options.map((option, index) => (
        <li
          key={keyOf(option)}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(option)}
          className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? "bg-ink text-paper" : "hover:bg-surface"} ${optionClass?.(option) ?? ""}`}
        >
          {children(option, index === active)}
        </li>
      ))}
    </ul>
  );
}
