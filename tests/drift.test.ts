// The migrations must build exactly the schema that prisma/schema.prisma
// describes. A schema change without its migration, or a hand edit to
// generated SQL, makes the two databases differ and this test print the diff.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Client } from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isEmptyMigration, prismaDiff, SCHEMA_SNAPSHOT } from "../scripts/db-diff";
import { applyMigrations, readMigrations } from "../scripts/lib/migrator";
import { connect, databaseUrl } from "./helpers/db";
import { describeSchema, diffLines } from "./helpers/schema-snapshot";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma/migrations");
const RAW_BLOCK = /-- raw-sql:begin\n([\s\S]*?)-- raw-sql:end/g;

let client: Client;
const schemas = { migrated: `drift_migrated_${process.pid}`, expected: `drift_expected_${process.pid}` };

beforeAll(async () => {
  client = await connect();
  for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
});
afterAll(async () => {
  await client.query(`SET search_path TO public`);
  for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

it("the migrations build the schema that prisma/schema.prisma describes", async () => {
  const migrations = readMigrations(migrationsDir);
  await client.query(`SET search_path TO ${schemas.migrated}`);
  await applyMigrations(client, migrations);
  await client.query(`DROP TABLE _prisma_migrations`);

  const fromEmpty = prismaDiff(databaseUrl(), null, readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  const extras = migrations.flatMap((m) => [...m.sql.matchAll(RAW_BLOCK)].map((match) => match[1]!));
  await client.query(`SET search_path TO ${schemas.expected}`);
  await client.query("BEGIN");
  await client.query(fromEmpty);
  for (const sql of extras) await client.query(sql);
  await client.query("COMMIT");

  const expected = await describeSchema(client, schemas.expected);
  const actual = await describeSchema(client, schemas.migrated);
  expect(expected.length).toBeGreaterThan(50);
  const diff = diffLines(expected, actual);
  expect(diff, `The migrations differ from prisma/schema.prisma (- expected, + built by migrations):\n${diff}\n` +
    "Run `npm run db:diff -- --name <change>` to write the missing migration.").toBe("");
});

it("the last migration's schema snapshot is the current schema, so the next diff starts from the right place", () => {
  const last = readMigrations(migrationsDir).at(-1)!;
  const snapshot = readFileSync(path.join(migrationsDir, last.name, SCHEMA_SNAPSHOT), "utf8");
  const current = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const sql = prismaDiff(databaseUrl(), snapshot, current);
  expect(isEmptyMigration(sql), `prisma/schema.prisma changed since ${last.name}:\n${sql}`).toBe(true);
});
