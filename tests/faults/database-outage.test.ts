// PostgreSQL goes away while readers are reading, then comes back.
import type { ChildProcess } from "node:child_process";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serverEnv, startServer, stopServer } from "../../scripts/lib/server-under-test";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

const port = 3401;
const base = `http://127.0.0.1:${port}`;
type Story = { path: string; headline: string };

describe("database outage", () => {
  let proxy: TcpProxy;
  let server: ChildProcess;
  const logs: string[] = [];
  let warm: Story[];
  let cold: Story[];

  beforeAll(async () => {
    const url = new URL(inject("faultsDatabaseUrl"));
    const client = new Client({ connectionString: url.href });
    await client.connect();
    // Stories no earlier run can have left in the page cache: copies of recent ones under new addresses.
    const stamp = Date.now().toString(36);
    const { rows } = await client.query<Story>(
      `WITH source AS (
         SELECT a.*, row_number() OVER (ORDER BY a."publishedAt" DESC) AS n FROM "Article" a WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" DESC LIMIT 8)
       INSERT INTO "Article" (id, slug, headline, standfirst, body, "bodyText", "wordCount", status, "publishedAt", "firstPublishedAt", "sectionId", "updatedAt")
       SELECT 'outage-' || $1 || '-' || n, 'outage-' || $1 || '-' || n, 'Outage check ' || $1 || ' story ' || n, standfirst, body, "bodyText", "wordCount", status, "publishedAt", "firstPublishedAt", "sectionId", now()
       FROM source
       RETURNING '/' || (SELECT slug FROM "Section" WHERE id = "sectionId") || '/' || slug AS path, headline`,
      [stamp],
    );
    await client.end();
    warm = rows.slice(0, 4);
    cold = rows.slice(4);

    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    server = await startServer({ ...serverEnv(url.href, port), PG_POOL_MAX: "4" }, port, logs);
    for (const path of ["/", "/news", ...warm.map((s) => s.path)]) expect((await fetch(base + path)).status).toBe(200);
  });

  afterAll(async () => {
    await stopServer(server);
    await proxy.close();
  });

  it("keeps serving pages that are in the cache", async () => {
    await proxy.cut();
    for (const story of warm) {
      const response = await fetch(base + story.path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(story.headline);
    }
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/news`)).status).toBe(200);
  });

  it("answers pages it cannot build with a styled 503 and Retry-After, logged once with the request id", async () => {
    const response = await fetch(base + cold[0]!.path);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("We will be back in a moment");
    expect(html).toContain('href="/"');
    expect(html).not.toMatch(/at .*\.(js|ts):\d+|Prisma|ECONNREFUSED|stack/i);

    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 200)); // let the log lines arrive
    const lines = logs.map((line) => JSON.parse(line) as { reqId?: string; msg: string; level: string; status?: number; err?: { message?: string } });
    const mine = lines.filter((line) => line.reqId === requestId);
    const errors = mine.filter((line) => line.level === "error");
    expect(errors.length).toBeGreaterThanOrEqual(1);
    // One line per failed query (a page runs a few), each a single JSON record with its cause.
    expect(new Set(errors.map((e) => e.err?.message)).size).toBe(errors.length);
    expect(errors.every((e) => /reach database/i.test(e.err?.message ?? ""))).toBe(true);
    expect(mine.find((line) => line.msg === "request failed")?.status).toBe(503);
    // Nothing else reached the log as plain text.
    expect(logs.every((line) => line.startsWith("{"))).toBe(true);
  });

  it("reports not ready while the database is away, but stays alive", async () => {
    expect((await fetch(`${base}/api/ready`)).status).toBe(503);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const head = await fetch(base + cold[1]!.path, { method: "HEAD" });
    expect(head.status).toBe(503);
  });

  it("recovers when the database is back, without a restart", async () => {
    await proxy.restore();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(base + cold[0]!.path)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    for (const story of cold) expect(await (await fetch(base + story.path)).text()).toContain(story.headline);
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    expect(server.exitCode).toBeNull();
  });
});
