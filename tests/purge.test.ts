// Purging the HTTP cache by tag: batches the cache accepts, and a purge that fails tried again. Against a
// small HTTP server that answers as a cache would; the cluster tests purge a real Varnish.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createPurger, purgeBatches, RETRY_AFTER_MS } from "../server/cache/purge.mjs";

type Seen = { keys: string; status: number };

async function cache(answers: number[]) {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const status = answers[Math.min(seen.length, answers.length - 1)]!;
    seen.push({ keys: String(req.headers["surrogate-key"] ?? ""), status });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("purging the HTTP cache", () => {
  it("sends the tags in header lines Varnish accepts, every tag once and in order", () => {
    // An import's worth of topics with long slugs: 500 tags of about 130 bytes.
    const tags = Array.from({ length: 500 }, (_, i) => `slug:${String(i).padStart(3, "0")}-${"a-long-topic-name-".repeat(7)}`);
    const batches = purgeBatches(tags);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(Buffer.byteLength(batch)).toBeLessThanOrEqual(4000);
    expect(batches.join(" ").split(" ")).toEqual(tags);
    expect(purgeBatches(["article:a", "home"])).toEqual(["article:a home"]);
    // Counted in bytes, as the header travels: a topic's slug is ASCII, but nothing here relies on it.
    for (const batch of purgeBatches(Array.from({ length: 100 }, (_, i) => `slug:café-${i}-${"é".repeat(60)}`))) expect(Buffer.byteLength(batch)).toBeLessThanOrEqual(4000);
  });

  it("tries a failed purge again, behind the caller, and logs an error when it never succeeds", async () => {
    const flaky = await cache([503, 200]);
    const down = await cache([503]);
    const refusing = await cache([403]);
    const lines: string[] = [];
    try {
      const purge = createPurger([flaky.url, down.url, refusing.url], (level, message) => lines.push(`${level}: ${message}`));
      await purge(["article:a"]);
      // Each cache asked once before the caller goes on; the failures are tried again after it.
      expect([flaky.seen.length, down.seen.length, refusing.seen.length]).toEqual([1, 1, 1]);
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS.reduce((a, b) => a + b, 0) + 600));
      // The flaky cache purged on the second try (and by the second purge); the refusal was not repeated.
      expect(flaky.seen.filter((s) => s.status === 200).length).toBeGreaterThanOrEqual(1);
      expect(refusing.seen).toHaveLength(2); // the purge, and the second purge a moment later
      expect(down.seen.length).toBeGreaterThanOrEqual(3);
      expect(lines.filter((l) => l.startsWith("error:") && l.includes(down.url))[0]).toMatch(/answered 503, 3 times; pages tagged article:a may be served old/);
      expect(lines.filter((l) => l.startsWith("error:") && l.includes(refusing.url))[0]).toMatch(/answered 403; pages tagged article:a/);
    } finally {
      await Promise.all([flaky.close(), down.close(), refusing.close()]);
    }
  });
});
