// The article form's schema, checked by the server action. Limits follow what
// readers and search engines see: a long SEO title or description is allowed
// but flagged in the form (lib/seo/snippet-length.ts).
import { z } from "zod";
import { withoutEmptyBlocks } from "@/lib/rich-text/document";
import { isValidSlug, RESERVED_SLUGS, SLUG_MAX } from "@/lib/slug";
import { UPDATE_KINDS, UPDATE_NOTE_MAX } from "@/lib/update-kinds";

/** Under the server-action limit (next.config.mjs), so a long body gets this form's message, not a framework error. */
export const BODY_MAX_BYTES = 1_500_000;

export const ARTICLE_INTENTS = ["save", "submit", "publish", "schedule", "unpublish", "archive"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

/**
 * Text PostgreSQL can store: it refuses NUL characters in text and JSON, and half of a surrogate pair in JSON,
 * failing the whole save. Neither can be typed; they arrive in pasted or crafted text, and are dropped (or
 * replaced with U+FFFD) rather than refused.
 */
export function storable(value: string): string {
  return value.replace(/\u0000/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** Every string (and key) of a parsed JSON value, made storable. */
function storableJson(value: unknown): unknown {
  if (typeof value === "string") return storable(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [storable(key), storableJson(item)]));
  return value;
}

export const text = (max: number) => z.string().transform(storable).pipe(z.string().trim().max(max, `At most ${max} characters.`));
const optionalText = (max: number) => text(max).optional().transform((v) => v || null);
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
export const list = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map((item) => (typeof item === "string" ? storable(item).trim() : item)).filter((item) => item !== ""),
  z.array(z.string().max(64, "Each at most 64 characters.")).max(20, "At most 20."),
);

export const richDocument = z
  .string()
  .refine((value) => new TextEncoder().encode(value).length <= BODY_MAX_BYTES, "The story is too long to save in one piece.")
  .transform((value, ctx) => {
    try {
      const doc = storableJson(JSON.parse(value || '{"type":"doc","content":[]}')) as unknown;
      if (typeof doc === "object" && doc !== null && (doc as { type?: unknown }).type === "doc" && Array.isArray((doc as { content?: unknown }).content)) {
        return { type: "doc" as const, content: withoutEmptyBlocks((doc as { content: unknown[] }).content) };
      }
    } catch {
      // fall through
    }
    ctx.addIssue({ code: "custom", message: "The body could not be read. Copy your text, reload the editor and paste it back." });
    return z.NEVER;
  });

export const articleInput = z.object({
  id: z.string().max(64).optional().transform((v) => v || undefined),
  version: z.coerce.number().int().min(0).default(0),
  intent: z.enum(ARTICLE_INTENTS).default("save"),
  // Empty only in a draft: every step towards readers needs a headline (server/services/articles.ts).
  headline: text(200),
  slug: text(SLUG_MAX)
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || isValidSlug(v), "Lowercase letters, digits and single hyphens only, like “harbour-lights-relit”.")
    .refine((v) => !RESERVED_SLUGS.has(v), "That address is reserved by the site; choose another."),
  standfirst: text(400).default(""),
  body: z.string().optional().transform((v) => v ?? "").pipe(richDocument),
  sectionId: z.string().max(64).optional().transform((v) => v || null),
  tags: z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), list).transform((names) => [...new Set(names)]),
  authorIds: list,
  breaking: checkbox,
  featured: checkbox,
  seoTitle: optionalText(200),
  seoDescription: optionalText(400),
  heroImageId: z.string().max(64).optional().transform((v) => v || null),
  heroAlt: optionalText(300),
  heroCaption: optionalText(500),
  heroCredit: optionalText(200),
  scheduledAt: z.string().max(32).optional().transform((v) => v || null),
  // When a live (or scheduled) story is to be taken down, in the site's time zone; empty: it stays up.
  unpublishAt: z.string().max(32).optional().transform((v) => v || null),
  // A story or a live blog; absent, a save keeps what the story is.
  kind: z.enum(["STORY", "LIVE_BLOG"]).optional(),
  // Saving a live story: a minor fix unless the editor says otherwise, and an optional public note.
  update: z.enum(UPDATE_KINDS).default("minor"),
  updateNote: optionalText(UPDATE_NOTE_MAX),
});

export type ArticleInput = z.output<typeof articleInput>;

/** FormData → plain object (repeated fields become arrays). */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key === "authorIds" ? values : values.length > 1 ? values : values[0];
  }
  return out;
}
