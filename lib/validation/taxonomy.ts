// Schemas for sections, tags, authors and users, shared by forms and actions.
import { z } from "zod";
import { isValidSlug, RESERVED_SLUGS } from "@/lib/slug";

const slug = z
  .string()
  .trim()
  .max(80)
  .refine((v) => v === "" || isValidSlug(v), "Lowercase letters, digits and single hyphens only.");
const id = z.string().max(64).optional().transform((v) => v || undefined);
/** When the row was last changed, as the edit form saw it: a save over a later change is refused. */
const seen = z.string().max(40).transform((v) => v || undefined).optional();

export const sectionInput = z.object({
  id,
  updatedAt: seen,
  name: z.string().trim().min(1, "Give the section a name.").max(60),
  slug: slug.refine((v) => !RESERVED_SLUGS.has(v), "That address is reserved by the site."),
  description: z.string().trim().max(300).default(""),
  position: z.coerce.number().int().min(0).max(1000).default(0),
});

export const tagInput = z.object({
  id,
  updatedAt: seen,
  name: z.string().trim().min(1, "Give the topic a name.").max(64),
  slug,
  description: z.string().trim().max(300).default(""),
});

export const mergeTagsInput = z.object({
  fromId: z.string().min(1).max(64),
  intoId: z.string().min(1, "Choose the topic to merge into.").max(64),
}).refine((v) => v.fromId !== v.intoId, { message: "A topic cannot be merged into itself.", path: ["intoId"] });

export const authorInput = z.object({
  id,
  updatedAt: seen,
  name: z.string().trim().min(1, "Give the author a name.").max(100),
  slug,
  jobTitle: z.string().trim().max(100).default(""),
  bio: z.string().trim().max(1000).default(""),
  photoId: z.string().max(64).optional().transform((v) => v || null),
  userId: z.string().max(64).optional().transform((v) => v || null),
});

/** A person's own byline, edited from their account page: the author fields minus address and account. */
export const ownBylineInput = authorInput.pick({ name: true, jobTitle: true, bio: true, photoId: true });

export const ROLE_VALUES = ["admin", "editor", "author", "contributor"] as const;

export const newUserInput = z.object({
  name: z.string().trim().min(1, "Give the person's name.").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: z.enum(ROLE_VALUES),
  password: z.string().max(128).optional().transform((v) => v || undefined)
    .refine((v) => v === undefined || v.length >= 10, "At least 10 characters, or leave empty to send a set-password link."),
});

export const roleInput = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLE_VALUES) });
export const userIdInput = z.object({ userId: z.string().min(1).max(64) });

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(128),
  newPassword: z.string().min(10, "At least 10 characters.").max(128),
});

export type SectionInput = z.output<typeof sectionInput>;
export type TagInput = z.output<typeof tagInput>;
export type AuthorInput = z.output<typeof authorInput>;
export type OwnBylineInput = z.output<typeof ownBylineInput>;
export type NewUserInput = z.output<typeof newUserInput>;
