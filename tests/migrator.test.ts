import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Client } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../scripts/lib/migrator";
import { connect, scratchSchema } from "./helpers/db";

const realMigrations = path.resolve(import.meta.dirname, "../prisma/migrations");

async function tables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe("migration runner", () => {
  let client: Client;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    client = await connect();
    drop = await scratchSchema(client, "migrator");
  });
  afterEach(async () => {
    await drop();
    await client.end();
  });

  it("applies every migration to an empty database and records it as Prisma Migrate does", async () => {
    const migrations = readMigrations(realMigrations);
    expect(migrations.length).toBeGreaterThan(0);
    const result = await applyMigrations(client, migrations);
    expect(result.applied).toEqual(migrations.map((m) => m.name));
    expect(await tables(client)).toEqual(expect.arrayContaining(["Article", "Section", "user", "session", "_prisma_migrations"]));

    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, started_at, applied_steps_count, rolled_back_at FROM _prisma_migrations`,
    );
    expect(rows).toHaveLength(migrations.length);
    for (const [index, row] of rows.entries()) {
      expect(row.migration_name).toBe(migrations[index]!.name);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.checksum).toBe(migrations[index]!.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing on a second run", async () => {
    const migrations = readMigrations(realMigrations);
    await applyMigrations(client, migrations);
    const second = await applyMigrations(client, migrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(migrations.length);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM _prisma_migrations`);
    expect(rows[0].n).toBe(migrations.length);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    cpSync(realMigrations, dir, { recursive: true });
    await applyMigrations(client, readMigrations(dir));
    const first = readMigrations(dir)[0]!;
    const file = path.join(dir, first.name, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- an innocent-looking edit\n`);
    await expect(applyMigrations(client, readMigrations(dir))).rejects.toThrow(
      new RegExp(`Migration ${first.name} was modified after it was applied`),
    );
  });

  it("rolls a failing migration back completely and does not record it as finished", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    mkdirSync(path.join(dir, "20260101000000_good"));
    writeFileSync(path.join(dir, "20260101000000_good", "migration.sql"), `CREATE TABLE "Good" (id int PRIMARY KEY);`);
    mkdirSync(path.join(dir, "20260102000000_bad"));
    writeFileSync(
      path.join(dir, "20260102000000_bad", "migration.sql"),
      `CREATE TABLE "Half" (id int PRIMARY KEY);\nALTER TABLE "Good" ADD COLUMN name text;\nSELECT * FROM "NoSuchTable";`,
    );
    await expect(applyMigrations(client, readMigrations(dir))).rejects.toThrow(/20260102000000_bad failed and was rolled back/);

    expect(await tables(client)).toEqual(["Good", "_prisma_migrations"]);
    const { rows: columns } = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Good'`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id"]);
    const { rows } = await client.query(
      `SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at`,
    );
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null])).toEqual([
      ["20260101000000_good", true],
      ["20260102000000_bad", false],
    ]);
    expect(rows[1].rolled_back_at).toBeInstanceOf(Date);
    expect(rows[1].logs).toMatch(/NoSuchTable/);

    // Fixed, it applies on the next run.
    writeFileSync(path.join(dir, "20260102000000_bad", "migration.sql"), `CREATE TABLE "Half" (id int PRIMARY KEY);`);
    const retry = await applyMigrations(client, readMigrations(dir));
    expect(retry.applied).toEqual(["20260102000000_bad"]);
  });
});
