"use client";
// Copies a text to the clipboard and says so; where the clipboard is not available (an http address other
// than localhost), the text is selected in its field for the editor to copy by hand.
import { useState } from "react";

export function CopyButton({ text, label, fieldId }: { text: string; label: string; fieldId: string }) {
  const [done, setDone] = useState<"copied" | "select" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone("copied");
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement) field.select();
      setDone("select");
    }
  };
  return (
    <>
      <button type="button" onClick={copy} aria-label={label} className="rounded border border-rule px-3 py-1 text-sm font-semibold">
        Copy
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted">
        {done === "copied" ? "Copied" : done === "select" ? "Selected: press Ctrl+C or ⌘C" : ""}
      </span>
    </>
  );
}
