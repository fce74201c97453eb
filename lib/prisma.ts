// Builds a PrismaClient on the pg driver adapter. Used by the server (through
// server/db.ts) and by the command-line scripts and tests, so every path
// talks to PostgreSQL the same way.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type { PrismaClient };
