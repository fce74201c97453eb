// Environment, validated once. Every variable is optional and has a default
// that works on a developer's machine; see README "Configuration".
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  PG_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("The Ledger"),
  SITE_TIME_ZONE: z.string().default("Europe/London"),
  MEDIA_DIR: z.string().default("storage/media"),
  MEDIA_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** The largest upload the WordPress import form takes (export and uploads archive together), and the most the archive may unpack to. */
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(1024 * 1024 * 1024),
  /** Shared secret for POST /api/revalidate (the scheduler and scripts use it); unset disables the route. */
  REVALIDATE_SECRET: z.string().min(16).optional(),
  /** Outgoing mail (set-password links), e.g. smtp://user:pass@mail.example.org:587 or smtps://…:465; unset: links are shown to the admin. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "an smtp:// or smtps:// address").optional(),
  /** The sender of the newsroom's e-mail; by default the site's name at no-reply@ the site's host. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Days the audit log keeps its records; unset keeps them for good. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36_500).optional(),
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return { ...parsed.data, SITE_URL: parsed.data.SITE_URL.replace(/\/+$/, "") };
}

export const env = load();
