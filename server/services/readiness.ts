import "server-only";
// Readiness: the database answers and every migration on disk is applied.
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/server/db";

function migrationsOnDisk(): string[] {
  try {
    const dir = path.join(process.cwd(), "prisma/migrations");
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

export async function checkReadiness(): Promise<{ ready: boolean; database: string; pendingMigrations: string[] }> {
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationsOnDisk().filter((name) => !applied.has(name));
    return { ready: pending.length === 0, database: "ok", pendingMigrations: pending };
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: [] };
  }
}
