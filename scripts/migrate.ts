// npm run db:migrate — applies pending migrations (see scripts/lib/migrator.ts).
import { Client } from "pg";
import { withDatabase, migrationsDir } from "./lib/database";
import { applyMigrations, MigrationError, readMigrations } from "./lib/migrator";

export async function migrate(url: string, log: (line: string) => void = console.log) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(client, readMigrations(migrationsDir), log);
  } finally {
    await client.end();
  }
}

if (import.meta.filename === process.argv[1]) {
  withDatabase(async (url) => {
    const result = await migrate(url);
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s).`
        : `Database is up to date (${result.alreadyApplied.length} migration(s) applied).`,
    );
  }).catch((error: unknown) => {
    console.error(error instanceof MigrationError ? `db:migrate: ${error.message}` : error);
    process.exit(1);
  });
}
