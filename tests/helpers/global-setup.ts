// Gives every test file a migrated, seeded database: DATABASE_URL when set
// (CI creates a fresh one), otherwise an embedded PGlite in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../scripts/migrate";
import { createPrismaClient } from "../../lib/prisma";
import { seed } from "../../prisma/seed";

let embedded: EmbeddedPostgres | undefined;
let tempDir: string | undefined;

export async function setup() {
  if (!process.env.DATABASE_URL) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ledger-test-db-"));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pglite"), port: 54339 });
    process.env.DATABASE_URL = embedded.url;
  }
  process.env.MEDIA_DIR ??= path.join(os.tmpdir(), "ledger-test-media");
  await migrate(process.env.DATABASE_URL!, () => {});
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    await seed(prisma, { mediaDir: process.env.MEDIA_DIR });
  } finally {
    await prisma.$disconnect();
  }
}

export async function teardown() {
  await embedded?.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
