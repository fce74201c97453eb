// The live-blog forms' schemas: an entry's body is the same document as a story's, checked the same way.
import { z } from "zod";
import { checkbox, list, richDocument, text } from "./article";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Which entry?");

/** At most this many entries are pinned above the others at once. */
export const MAX_PINNED = 3;
export const ENTRY_TITLE_MAX = 200;
/** How far before the blog was started an entry's time may be set (for what happened before it). */
export const ENTRY_BACKDATE_DAYS = 7;
/** The earliest time an entry of a blog started at `createdAt` may have. */
export const earliestEntryTime = (createdAt: Date) => new Date(createdAt.getTime() - ENTRY_BACKDATE_DAYS * 86_400_000);
/**
 * An entry's document at most (some 5,000 words of text): every watching reader's browser fetches the newest
 * entries every few seconds, so one pasted transcript must not make that a megabyte.
 */
export const ENTRY_BODY_MAX_BYTES = 50_000;

const entryFields = {
  title: text(ENTRY_TITLE_MAX).default(""),
  body: z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => new TextEncoder().encode(v).length <= ENTRY_BODY_MAX_BYTES, "An update this long belongs in a story: split it into several updates, or publish it as a story and link to it.")
    .pipe(richDocument),
  authorIds: list,
};

export const liveEntryInput = z.object({
  articleId: id,
  ...entryFields,
  pinned: checkbox,
  keyEvent: checkbox,
});
export type LiveEntryInput = z.output<typeof liveEntryInput>;

export const liveEntryEditInput = z.object({
  entryId: id,
  version: z.coerce.number().int().min(1),
  ...entryFields,
  // The time readers see, in the site's time zone (a datetime-local value); empty keeps it.
  postedAt: z.string().max(32).optional().transform((v) => v || null),
});
export type LiveEntryEditInput = z.output<typeof liveEntryEditInput>;

export const liveEntryRef = z.object({ entryId: id });

export const liveEntryFlagInput = z.object({
  entryId: id,
  flag: z.enum(["pinned", "keyEvent"]),
  value: z.enum(["on", "off"]).transform((v) => v === "on"),
});

export const coverageInput = z.object({ articleId: id, state: z.enum(["ended", "live"]) });
