// Resolves the database a command-line script works on: DATABASE_URL when it
// is set, otherwise the embedded PGlite database under .data/ (started for the
// duration of the command).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
// resolve(), not join(): an absolute EMBEDDED_DB_DIR must stay absolute.
export const embeddedDataDir = path.resolve(projectRoot, process.env.EMBEDDED_DB_DIR ?? ".data/pglite");
export const embeddedPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export async function withDatabase<T>(run: (url: string, embedded: boolean) => Promise<T>): Promise<T> {
  const external = process.env.DATABASE_URL;
  if (external) return run(external, false);
  const db = await startEmbeddedPostgres({ dataDir: embeddedDataDir, port: embeddedPort });
  try {
    return await run(db.url, true);
  } finally {
    await db.stop();
  }
}
