import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma";
import { env } from "@/lib/env";

// One client per process in every environment: route handlers, server
// actions and pages may be bundled separately, and the embedded database
// accepts a single connection, so a second pool would break it.
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

function connectionString(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, which provide one.");
  }
  return env.DATABASE_URL;
}

export const db: PrismaClient = (globalForPrisma.__prisma ??= createPrismaClient(connectionString(), env.PG_POOL_MAX));
