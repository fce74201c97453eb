/** Shared class names for admin form controls. */
export const inputClass = "mt-1 block w-full rounded border border-rule bg-paper px-2 py-1";
