// Builds a PrismaClient on the pg driver adapter. Used by the server (through
// server/db.ts) and by the command-line scripts and tests, so every path
// talks to PostgreSQL the same way.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// Named statements: each connection has PostgreSQL parse a statement once, and after a few runs PostgreSQL
// may keep one plan for it, instead of parsing and planning every query again (about 1.5 ms of a story's
// render, 3 ms of a live blog's). These stay unnamed:
// - statements of more than 32 values and inserts of several rows: one-off bulk writes would stay prepared
//   on their connection (a list `IN ($1,$2,…)` is another text for every length, up to that bound);
// - search, whose best plan depends on how common the reader's words are (the date index for common words,
//   the text index for rare ones), which one plan kept for the statement would not know;
// - anything past the first 300 texts, so the connections' memory stays bounded.
// PG_NAMED_STATEMENTS=0 turns them off, for a connection pooler that cannot keep them (PgBouncer in
// transaction mode, unless 1.21 or later with max_prepared_statements above 0); the embedded database turns
// them off itself (scripts/lib/embedded-postgres.ts).
const MAX_NAMED_TEXTS = 300;
const MAX_NAMED_ARGS = 32;
const UNNAMED = /\bVALUES\s*\([^)]*\)\s*,|websearch_to_tsquery/i;
const names = new Map<string, string>();

function statementName(query: { sql: string; args: unknown[] }): string {
  // "": pg's unnamed statement, parsed and planned for this run only.
  if (query.args.length > MAX_NAMED_ARGS) return "";
  const known = names.get(query.sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED_TEXTS || UNNAMED.test(query.sql)) return "";
  // Distinct texts must never share a name: pg refuses a name it has prepared for another text.
  const name = `l_${createHash("sha256").update(query.sql).digest("base64url")}`;
  names.set(query.sql, name);
  return name;
}

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const named = process.env.PG_NAMED_STATEMENTS !== "0";
  return new PrismaClient({
    adapter: new PrismaPg(
      // A connection lives at most 10 minutes: statements it prepared before a migration changed a column's
      // type fail (inside a transaction the connection goes back to the pool), and only a new one recovers.
      { connectionString, max, maxLifetimeSeconds: named ? 600 : 0 },
      named ? { statementNameGenerator: statementName } : {},
    ),
  });
}

export type { PrismaClient };
