// Applies prisma/migrations/<name>/migration.sql folders in order and records
// them in `_prisma_migrations` the way Prisma Migrate does, so that
// `prisma migrate deploy` and `prisma migrate status` agree with this runner
// on machines where Prisma's native schema engine is available.
//
// Unlike Prisma Migrate, each migration runs in one transaction: a failure
// leaves the schema exactly as it was.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ClientBase } from "pg";

export type LocalMigration = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {}

// Prisma Migrate takes the same advisory lock, so the two never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

export function readMigrations(dir: string): LocalMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function applyMigrations(
  client: ClientBase,
  migrations: LocalMigration[],
  log: (line: string) => void = () => {},
): Promise<MigrationResult> {
  await client.query(CREATE_TABLE);
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const live = rows.filter((row) => row.rolled_back_at === null);
    const unfinished = live.find((row) => row.finished_at === null);
    if (unfinished) {
      throw new MigrationError(
        `Migration ${unfinished.migration_name} was started but never finished (recorded by another tool). ` +
          `Check the schema by hand, then run \`prisma migrate resolve --rolled-back ${unfinished.migration_name}\` or delete its row from _prisma_migrations.`,
      );
    }
    const finished = new Map(live.map((row) => [row.migration_name, row]));
    const local = new Set(migrations.map((m) => m.name));
    for (const row of finished.values()) {
      if (!local.has(row.migration_name)) {
        log(`warning: migration ${row.migration_name} is applied to the database but missing from the migrations folder`);
      }
    }

    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const done = finished.get(migration.name);
      if (done) {
        if (done.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was modified after it was applied to this database ` +
              `(checksum ${done.checksum.slice(0, 12)}… in the database, ${migration.checksum.slice(0, 12)}… on disk). ` +
              `Restore the original file and put the change in a new migration (npm run db:diff -- --name <change>).`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(client, migration);
      log(`applied ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

async function applyOne(client: ClientBase, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  const startedAt = new Date();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, 0)`,
      [id, migration.checksum, migration.name, startedAt],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    // Keep a record of the attempt, marked rolled back: the transaction undid
    // every statement, so the migration can simply be fixed and run again.
    await client
      .query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, rolled_back_at, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, now(), 0)`,
        [id, migration.checksum, migration.name, startedAt, message],
      )
      .catch(() => {});
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back; nothing was changed.\n${message}`);
  }
}
