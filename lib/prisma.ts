// Builds a PrismaClient on the pg driver adapter. Used by the server (through
// server/db.ts) and by the command-line scripts and tests, so every path
// talks to PostgreSQL the same way.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// Named statements: each connection has PostgreSQL parse a statement once, and after a few runs PostgreSQL
// may keep one plan for it, instead of parsing and planning every query again (about 1.5 ms of a story's
// render, 3 ms of a live blog's). The app's statements are a small, fixed set; one-off statements (bulk
// inserts with hundreds of values) and anything past the first few hundred texts stay unnamed, so the
// connections' memory stays bounded. PG_NAMED_STATEMENTS=0 turns them off, for a connection pooler that
// cannot keep them (PgBouncer in transaction mode before 1.21); the embedded database turns them off
// itself (scripts/lib/embedded-postgres.ts).
const MAX_NAMED_TEXTS = 500;
const MAX_NAMED_ARGS = 32;
const names = new Map<string, string>();

function statementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length > MAX_NAMED_ARGS) return ""; // "": pg's unnamed statement
  let name = names.get(query.sql);
  if (name === undefined) {
    if (names.size >= MAX_NAMED_TEXTS) return "";
    // Distinct texts must never share a name: pg refuses a name it has prepared for another text.
    name = `l_${createHash("sha256").update(query.sql).digest("base64url")}`;
    names.set(query.sql, name);
  }
  return name;
}

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const named = process.env.PG_NAMED_STATEMENTS !== "0";
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }, named ? { statementNameGenerator: statementName } : {}) });
}

export type { PrismaClient };
