// Schemas for the media library's forms, shared by the actions and the service.
import { z } from "zod";
import { storable } from "./article";

const id = z.string({ error: "Which image?" }).min(1, "Which image?").max(64, "Which image?");
const text = (label: string, max: number) =>
  z.string({ error: `${label}: text only.` }).default("").transform(storable).pipe(z.string().trim().max(max, `${label}: at most ${max} characters.`));

export const mediaIdInput = id;

const FOCAL_MESSAGE = "a whole number from 0 to 100";
/** One coordinate of the focal point, in percent; empty means "none" (crops find the subject themselves). */
const percent = (label: string) =>
  z
    .union([z.number(), z.string(), z.null()], { error: `${label}: ${FOCAL_MESSAGE}.` })
    .transform((v) => (v === null || (typeof v === "string" && v.trim() === "") ? null : Number(v)))
    .pipe(z.number({ error: `${label}: ${FOCAL_MESSAGE}.` }).int(`${label}: ${FOCAL_MESSAGE}.`).min(0, `${label}: ${FOCAL_MESSAGE}.`).max(100, `${label}: ${FOCAL_MESSAGE}.`).nullable())
    .optional();

/** An image's texts and, when given, its focal point (both coordinates or neither; left out, it stays as it is). */
export const mediaDetailsInput = z
  .object({
    id,
    alt: text("Alt text", 300),
    caption: text("Caption", 500),
    credit: text("Credit", 200),
    focalX: percent("Focal point across"),
    focalY: percent("Focal point down"),
    /**
     * The texts as the editor's panel showed them when it opened (or last saved): a text the editor left as it
     * was is not written back over someone else's change made meanwhile. Left out, every text is written.
     */
    was: z.object({ alt: text("Alt text", 300), caption: text("Caption", 500), credit: text("Credit", 200) }).optional(),
  })
  .refine((v) => (v.focalX === undefined) === (v.focalY === undefined) && (v.focalX === null) === (v.focalY === null), {
    message: "Give both parts of the focal point, or clear both.",
    path: ["focalX"],
  });

/** The picker's search box: anything else than text is no search at all, and a long one is cut short. */
export const mediaSearchInput = z.string().transform((v) => storable(v).trim().slice(0, 100)).catch("");

export type MediaDetailsInput = z.output<typeof mediaDetailsInput>;

/** The media page's address: search text, the "missing alt text" filter, the page, the image being edited. */
export const mediaLibraryQuery = z.object({
  q: mediaSearchInput.default(""),
  missing: z.literal("alt").optional().catch(undefined),
  page: z.string().optional().catch(undefined),
  edit: z.string().max(64).optional().catch(undefined),
});

/** The most stories listed as using one image (a stock picture may be in thousands); "50+" beyond. */
export const USED_BY_SHOWN = 50;
