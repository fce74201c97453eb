// The database clients prepare the app's statements once per connection (lib/prisma.ts), through the pg
// adapter's documented statementNameGenerator. These tests fail if an upgrade of the adapter stops naming
// statements (every query would be planned again: a story's render 1.5 ms slower), and they hold the embedded
// database to unnamed statements, which its shared session needs.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "./helpers/free-port";

// "0" here: the suite runs on the embedded database (tests/helpers/global-setup.ts), where names are off.
const setting = process.env.PG_NAMED_STATEMENTS;
afterEach(() => {
  if (setting === undefined) delete process.env.PG_NAMED_STATEMENTS;
  else process.env.PG_NAMED_STATEMENTS = setting;
});

/** What the front page asks first, as the app asks it. */
const newestStories = (db: ReturnType<typeof createPrismaClient>) =>
  db.article.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, take: 3, select: { headline: true } });

it.skipIf(setting === "0")("on PostgreSQL a query's statement is prepared once on its connection and reused by the next run; searches and inserts of several rows are planned at every run", async () => {
  delete process.env.PG_NAMED_STATEMENTS;
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const first = await newestStories(db);
    const again = await newestStories(db);
    expect(again).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    await db.$queryRaw`SELECT count(*) FROM "Article" WHERE search @@ websearch_to_tsquery('english', ${"harbour"})`;
    await db.$executeRaw`CREATE TEMPORARY TABLE statement_rows (n int)`;
    await db.$executeRaw`INSERT INTO statement_rows (n) VALUES (${1}), (${2}), (${3})`;
    const prepared = await db.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    const mine = prepared.filter((p) => p.name.startsWith("l_"));
    expect(mine.filter((p) => p.statement.includes('"Article"')).length).toBeGreaterThan(0);
    expect(mine.filter((p) => p.statement.includes("INSERT INTO statement_rows") || p.statement.includes("websearch_to_tsquery"))).toEqual([]);
  } finally {
    await db.$disconnect();
  }
});

it.skipIf(setting === "0")("PG_NAMED_STATEMENTS=0 leaves every statement unnamed", async () => {
  process.env.PG_NAMED_STATEMENTS = "0";
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    await newestStories(db);
    const prepared = await db.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements`;
    expect(prepared.filter((p) => p.name.startsWith("l_"))).toEqual([]);
  } finally {
    await db.$disconnect();
  }
});

it("on the embedded database, whose connections share one session, client after client runs the same queries", { timeout: 120_000 }, async () => {
  delete process.env.PG_NAMED_STATEMENTS;
  const dir = mkdtempSync(path.join(os.tmpdir(), "ledger-statements-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pglite"), port: await freePort() });
  try {
    for (let client = 0; client < 2; client++) {
      const db = createPrismaClient(embedded.url, 1);
      try {
        expect(await db.$queryRaw<{ answer: number }[]>`SELECT ${client}::int + 1 AS answer`).toEqual([{ answer: client + 1 }]);
      } finally {
        await db.$disconnect();
      }
    }
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
