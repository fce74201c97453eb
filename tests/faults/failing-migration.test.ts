// A migration that fails halfway through, on the real schema with data in
// it: the schema and the data stay exactly as they were.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { applyMigrations, readMigrations } from "../../scripts/lib/migrator";

let client: Client;

/** Tables, columns, indexes and constraints of the public schema, as text to compare. */
async function schemaFingerprint(): Promise<string> {
  const { rows } = await client.query<{ line: string }>(`
    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
    ORDER BY 1`);
  return rows.map((r) => r.line).join("\n");
}

beforeAll(async () => {
  client = new Client({ connectionString: inject("faultsDatabaseUrl") });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

it("rolls back a migration that fails midway and leaves the schema and data as they were", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ledger-migrations-"));
  cpSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), dir, { recursive: true });
  const schemaBefore = await schemaFingerprint();
  const { rows: [before] } = await client.query(`SELECT count(*)::int AS articles, sum(length(standfirst))::int AS standfirsts FROM "Article"`);
  expect(before.articles).toBeGreaterThan(100);

  // Destructive steps first, then a step that fails.
  mkdirSync(path.join(dir, "29991231000000_fails_midway"));
  writeFileSync(
    path.join(dir, "29991231000000_fails_midway", "migration.sql"),
    [
      `ALTER TABLE "Article" ADD COLUMN "subtitle" TEXT NOT NULL DEFAULT '';`,
      `UPDATE "Article" SET "standfirst" = '';`,
      `ALTER TABLE "Article" DROP COLUMN "seoTitle";`,
      `CREATE INDEX "Article_subtitle_idx" ON "Article" ("subtitle");`,
      `DROP TABLE "SlugRedirect";`,
      `ALTER TABLE "Article" ADD CONSTRAINT "impossible" CHECK ("wordCount" < 0);`,
    ].join("\n"),
  );

  await expect(applyMigrations(client, readMigrations(dir))).rejects.toThrow(/29991231000000_fails_midway failed and was rolled back/);

  expect(await schemaFingerprint()).toBe(schemaBefore);
  const { rows: [after] } = await client.query(`SELECT count(*)::int AS articles, sum(length(standfirst))::int AS standfirsts FROM "Article"`);
  expect(after).toEqual(before);
  const { rows: [record] } = await client.query(`SELECT finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = '29991231000000_fails_midway'`);
  expect(record.finished_at).toBeNull();
  expect(record.rolled_back_at).toBeInstanceOf(Date);
  // The failed attempt is on record; a later run applies the migration once it is fixed. Remove the record so reruns start clean.
  await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '29991231000000_fails_midway'`);
});
