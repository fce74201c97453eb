// The Redis the tests use: REDIS_URL, or the local one. Each test file works under a key prefix of its
// own and removes its keys afterwards.
import { createClient } from "redis";

export function redisUrl(): string {
  return process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
}

export function uniquePrefix(name: string): string {
  return `ledger-test:${name}:${process.pid}:${Date.now().toString(36)}`;
}

export async function dropKeys(prefix: string): Promise<void> {
  const client = createClient({ url: redisUrl() });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  } finally {
    await client.close();
  }
}
