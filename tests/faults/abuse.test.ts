// What anonymous clients can do to a server with a handful of requests: none
// of it may stall readers' pages or read the whole archive.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/database";
import { serverEnv, startServer, stopServer } from "../../scripts/lib/server-under-test";

const port = 3403;
const base = `http://127.0.0.1:${port}`;

type ServerReference = { exportedName?: string; filename?: string };

/** Server functions of the build, by id: the app's actions and every 'use cache' function (Next gives each an id). */
function serverReferences(): [string, ServerReference][] {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ServerReference> };
  return Object.entries(manifest.node);
}

/** Calls a server function the way React's client does, with JSON-encoded arguments and no cookie. */
function callServerFunction(id: string, args: unknown[], signal?: AbortSignal) {
  return fetch(`${base}/`, {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base },
    body: JSON.stringify(args),
    signal,
  });
}

/** A POST that declares a body it never finishes sending: the connection stays open. */
function slowPost(urlPath: string): net.Socket {
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {});
  socket.write(`POST ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"slug":"a",`);
  return socket;
}

describe("abuse by anonymous clients", () => {
  let server: ChildProcess;
  let stories: string[];

  beforeAll(async () => {
    const url = inject("faultsDatabaseUrl");
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ path: string }>(
      `SELECT '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
        WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" ASC LIMIT 40`,
    );
    await client.end();
    stories = rows.map((r) => r.path);
    server = await startServer(serverEnv(url, port), port);
  });

  afterAll(() => stopServer(server));

  it("keeps rendering pages while anonymous action calls and half-sent bodies are in flight", async () => {
    const action = serverReferences().find(([, ref]) => ref.exportedName === "saveArticleAction")?.[0];
    expect(action, "the build has the editor's save action").toBeTruthy();
    const stop = new AbortController();
    // Eight calls of a real action on a reader page, with no session (Next forwards them to the action's own page) …
    const calls = Array.from({ length: 8 }, () => callServerFunction(action!, ["$undefined"], stop.signal).then((r) => r.text(), () => ""));
    // … and four view beacons that promise 1000 bytes and send 13.
    const sockets = Array.from({ length: 4 }, () => slowPost("/api/views"));
    try {
      // Pages no one has asked for yet: each one a render.
      for (const story of stories.slice(0, 6)) {
        const response = await fetch(base + story, { signal: AbortSignal.timeout(20_000) });
        expect(response.status, story).toBe(200);
        await response.text();
      }
      expect((await fetch(`${base}/admin/login`, { signal: AbortSignal.timeout(20_000) })).status).toBe(200);
    } finally {
      stop.abort();
      for (const socket of sockets) socket.destroy();
      await Promise.all(calls);
    }
  });

  it("refuses to run a cached read with arguments no page passes, and never hands out the archive", async () => {
    const cached = serverReferences().filter(([, ref]) => ref.exportedName?.startsWith("$$RSC_SERVER_CACHE"));
    expect(cached.length).toBeGreaterThan(10);
    for (const [id, ref] of cached) {
      // Without arguments a read either refuses or answers what its pages show (the front page, a sitemap).
      const plain = (await (await callServerFunction(id, [])).text()).length;
      for (const args of [[1_000_000], [30_000, 1], ["x".repeat(5000)], [{ slug: "news" }, -1]]) {
        const body = await (await callServerFunction(id, args)).text();
        // The archive has hundreds of stories: asked for all of them, a read gives no more than it does anyway.
        expect(body.length, `${ref.filename} ${ref.exportedName} ${JSON.stringify(args).slice(0, 40)}`).toBeLessThanOrEqual(Math.max(plain * 1.2, 20_000));
      }
    }
    // Still serving.
    expect((await fetch(`${base}${stories[10]}`)).status).toBe(200);
  });
});
