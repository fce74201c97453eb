// The audit page's filters, read from its query string. Anything unreadable is dropped, not an error:
// a hand-edited address still shows the log.
import { z } from "zod";

const one = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional());
const day = /^\d{4}-\d{2}-\d{2}$/;

export const auditFilterInput = z.object({
  person: one.transform((v) => (v && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined)),
  action: one.transform((v) => (v && /^[a-z0-9.-]{1,64}$/.test(v) ? v : undefined)),
  target: one.transform((v) => v?.replace(/[\u0000-\u001f]/g, "").trim().slice(0, 200) || undefined),
  from: one.transform((v) => (v && day.test(v) ? v : undefined)),
  to: one.transform((v) => (v && day.test(v) ? v : undefined)),
  page: one.transform((v) => Math.max(1, Math.min(100_000, Math.trunc(Number(v)) || 1))),
});

export type AuditFilterInput = z.infer<typeof auditFilterInput>;
