// Schemas for the media library's forms, shared by the actions and the service.
import { z } from "zod";
import { storable } from "./article";

const id = z.string({ error: "Which image?" }).min(1, "Which image?").max(64, "Which image?");
const text = (label: string, max: number) =>
  z.string({ error: `${label}: text only.` }).default("").transform(storable).pipe(z.string().trim().max(max, `${label}: at most ${max} characters.`));

export const mediaIdInput = id;

export const mediaTextsInput = z.object({
  id,
  alt: text("Alt text", 300),
  caption: text("Caption", 500),
  credit: text("Credit", 200),
});

/** The picker's search box: anything else than text is no search at all, and a long one is cut short. */
export const mediaSearchInput = z.string().transform((v) => storable(v).trim().slice(0, 100)).catch("");

export type MediaTextsInput = z.output<typeof mediaTextsInput>;
