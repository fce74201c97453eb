// Class names of the newsroom's controls, in one place: every button, button-styled link and text field
// looks the same wherever it is written.

export type ButtonLook = "primary" | "secondary" | "danger";

const looks: Record<ButtonLook, string> = {
  primary: "bg-ink text-paper",
  secondary: "border border-rule bg-paper hover:bg-surface",
  danger: "border border-breaking bg-paper text-breaking",
};

/** A button (or a link that acts as one): `small` for the compact rows of lists and toolbars. */
export function buttonClass(look: ButtonLook = "primary", { small = false, className = "" }: { small?: boolean; className?: string } = {}): string {
  return `rounded font-semibold disabled:opacity-60 ${small ? "px-3 py-2 text-sm" : "px-4 py-2"} ${looks[look]} ${className}`.trim();
}

/** A text field, select or text area under its label. */
export const inputClass = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2";
