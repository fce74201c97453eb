// The preview-link forms' schemas, shared by the newsroom's panel and its server actions.
import { z } from "zod";

const HOUR = 3_600_000;
/** How long a link may stay open: a few fixed choices between an hour and thirty days. */
export const PREVIEW_LIFETIMES = [
  { value: "1h", label: "1 hour", ms: HOUR },
  { value: "1d", label: "1 day", ms: 24 * HOUR },
  { value: "7d", label: "7 days", ms: 7 * 24 * HOUR },
  { value: "30d", label: "30 days", ms: 30 * 24 * HOUR },
] as const;
export type PreviewLifetime = (typeof PREVIEW_LIFETIMES)[number]["value"];

export function lifetimeMs(value: PreviewLifetime): number {
  return PREVIEW_LIFETIMES.find((option) => option.value === value)!.ms;
}

const id = z.string().trim().min(1, "Missing.").max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");

export const previewLinkInput = z.object({
  articleId: id,
  lifetime: z.enum(PREVIEW_LIFETIMES.map((option) => option.value) as [PreviewLifetime, ...PreviewLifetime[]], { error: "Choose how long the link stays open." }),
  // A wall time in the site's zone, as a datetime-local field sends it; empty means "at once".
  notBefore: z
    .string()
    .max(32)
    .optional()
    .transform((v) => v?.trim() || null)
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v), "Pick a date and time, or leave it empty."),
});
export type PreviewLinkInput = z.output<typeof previewLinkInput>;

export const revokePreviewLinkInput = z.object({ linkId: id });

/** A link's token: its id (22 base64url characters) and its signature (43), joined by a dot. */
export const PREVIEW_TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;
