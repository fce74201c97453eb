// Direct database access for tests, on the database prepared by global-setup.
import { Client } from "pg";
import { createPrismaClient } from "@/lib/prisma";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: tests run through vitest's global setup.");
  return url;
}

export async function connect(): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  return client;
}

export function testPrisma() {
  return createPrismaClient(databaseUrl(), 2);
}

/** A fresh, empty schema that is first on the search path of `client`; dropped by the returned function. */
export async function scratchSchema(client: Client, name: string): Promise<() => Promise<void>> {
  const schema = `${name}_${process.pid}_${Date.now().toString(36)}`;
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  return async () => {
    await client.query(`SET search_path TO public`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  };
}
