// The production server's front, on a real HTTP server with a stand-in for
// Next's handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFront } from "../server/http/front";
import { gzipSync } from "node:zlib";
import { requestContext } from "../server/log";

type Served = { url: string; close: () => Promise<void> };

/** Serves a front on a free loopback port. */
async function serve(front: ReturnType<typeof createFront>): Promise<Served> {
  const server = createServer(front);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let databaseUp = true;
let probes = 0;
let served: Served;
let base: string;

// Stand-in routes: /ok streams a page in chunks, /boom fails the way Next does, /echo-id shows the id the app saw.
function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.url === "/echo-id") {
    res.end(String(req.headers["x-request-id"]));
  } else if (req.url === "/boom-gzip") {
    // Next compresses what it sends.
    res.statusCode = 500;
    res.setHeader("content-type", "text/html");
    res.setHeader("content-encoding", "gzip");
    res.end(gzipSync(`<h1>Internal Server Error</h1>${"<p>trace</p>".repeat(200)}`));
  } else if (req.url?.endsWith("/boom")) {
    res.statusCode = 500;
    res.setHeader("content-type", "text/html");
    res.setHeader("cache-control", "private, no-store");
    res.write("<h1>Internal");
    res.end(" Server Error</h1>");
  } else {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<p>first</p>");
    setTimeout(() => res.end("<p>second</p>"), 5);
  }
}

beforeAll(async () => {
  const front = createFront({
    handle,
    databaseReachable: async () => {
      probes++;
      return databaseUp;
    },
    siteName: "The <Test> Ledger",
    accessLog: false,
  });
  served = await serve(front);
  base = served.url;
});

afterAll(() => served.close());

describe("request ids", () => {
  it("gives every request an id, shows it to the app and echoes it", async () => {
    const response = await fetch(`${base}/echo-id`);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await response.text()).toBe(id);
  });

  it("keeps a load balancer's id and replaces one that is not sane", async () => {
    const kept = await fetch(`${base}/echo-id`, { headers: { "x-request-id": "lb-1234.abcd:9" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234.abcd:9");
    const replaced = await fetch(`${base}/echo-id`, { headers: { "x-request-id": "<script>alert(1)</script>" } });
    expect(replaced.headers.get("x-request-id")).not.toContain("<");
  });
});

describe("server errors", () => {
  it("passes ordinary responses through untouched, streamed", async () => {
    const response = await fetch(`${base}/ok`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<p>first</p><p>second</p>");
  });

  it("lets a 500 through unchanged when the database answers (a bug is not disguised as an outage)", async () => {
    databaseUp = true;
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.text()).toBe("<h1>Internal Server Error</h1>");
  });

  it("turns a 500 into the outage page with Retry-After when the database is down", async () => {
    databaseUp = false;
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const html = await response.text();
    expect(html).toContain("We will be back in a moment");
    expect(html).toContain("The &#60;Test&#62; Ledger");
    expect(html).not.toContain("Internal Server Error");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("holds a compressed 500 too, and answers it with the outage page or unchanged", async () => {
    databaseUp = false;
    const down = await fetch(`${base}/boom-gzip`, { headers: { "accept-encoding": "gzip" } });
    expect(down.status).toBe(503);
    expect(down.headers.get("content-encoding")).toBeNull();
    expect(await down.text()).toContain("We will be back in a moment");
    databaseUp = true;
    const up = await fetch(`${base}/boom-gzip`, { headers: { "accept-encoding": "gzip" } });
    expect(up.status).toBe(500);
    expect(up.headers.get("content-encoding")).toBe("gzip");
    expect(await up.text()).toMatch(/^<h1>Internal Server Error<\/h1>(<p>trace<\/p>){200}$/);
  });

  it("answers HEAD without a body and API routes with JSON", async () => {
    databaseUp = false;
    const head = await fetch(`${base}/boom`, { method: "HEAD" });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe("");
    const api = await fetch(`${base}/api/boom`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: expect.stringMatching(/temporarily unavailable/) });
  });

  it("asks about the database only when something failed", async () => {
    const before = probes;
    await fetch(`${base}/ok`);
    await fetch(`${base}/echo-id`);
    expect(probes).toBe(before);
  });
});

describe("headers of the pages Next answers with", () => {
  let front: Served;
  let url: string;
  let seenPolicy: string | undefined;
  let seenNonce: string | undefined;
  const PAGE_NONCE = "cmVuZGVyLW5vbmNlLTAx";
  const renderedAt = Date.now() - 42_000;

  beforeAll(async () => {
    const handler = createFront({
      handle: (req, res) => {
        seenPolicy = req.headers["content-security-policy"] as string | undefined;
        seenNonce = requestContext.getStore()?.nonce;
        if (req.url === "/kept") {
          // What the cache handler (server/cache/page-handler.mjs) puts on a page Next kept.
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.setHeader("cache-control", "s-maxage=300, stale-while-revalidate=3300");
          res.setHeader("x-ledger-nonce", PAGE_NONCE);
          res.setHeader("x-ledger-tags", "article:1,section:news,_N_T_/layout,_N_T_/news/story");
          res.setHeader("x-ledger-rendered-at", String(renderedAt));
          res.end(`<html><head><script nonce="${PAGE_NONCE}" src="/a.js"></script></head></html>`);
        } else if (req.url === "/straddled") {
          res.writeHead(200, { "content-type": "text/html", "cache-control": "s-maxage=300, stale-while-revalidate=3300", "x-ledger-stale": "1", "x-ledger-tags": "home" });
          res.end("<html></html>");
        } else if (req.url === "/fresh") {
          res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "frame-ancestors 'none'" });
          res.end("<html></html>");
        } else if (req.url === "/not-modified") {
          res.writeHead(304, { "content-type": "text/html; charset=utf-8", etag: '"1"' });
          res.end();
        } else {
          res.setHeader("content-type", "application/json");
          res.end("{}");
        }
      },
      databaseReachable: async () => true,
      siteName: "The Ledger",
      accessLog: false,
      surrogateKeys: true,
    });
    front = await serve(handler);
    url = front.url;
  });

  afterAll(() => front.close());

  it("sends a kept page with the policy of the nonce it was rendered with, its tags as Surrogate-Key and its age", async () => {
    const response = await fetch(`${url}/kept`);
    expect(response.headers.get("content-security-policy")).toContain(`script-src 'self' 'nonce-${PAGE_NONCE}' 'strict-dynamic'`);
    expect(response.headers.get("surrogate-key")).toBe("article:1 section:news _N_T_/layout _N_T_/news/story");
    expect(Number(response.headers.get("age"))).toBeGreaterThanOrEqual(42);
    expect(response.headers.get("cache-control")).toBe("s-maxage=300, stale-while-revalidate=3300");
    for (const name of ["x-ledger-nonce", "x-ledger-tags", "x-ledger-rendered-at"]) expect(response.headers.get(name), name).toBeNull();
  });

  it("gives a page rendered for its own request the nonce Next rendered it with", async () => {
    const response = await fetch(`${url}/fresh`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(seenPolicy).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(seenNonce).toBe(nonce);
    // One policy, the front's, whatever the handler set.
    expect(response.headers.get("content-security-policy")).not.toContain(",");
  });

  it("hands Next a fresh nonce of its own each time, never the client's", async () => {
    await fetch(`${url}/fresh`, { headers: { "content-security-policy": "script-src 'nonce-mine'", "content-security-policy-report-only": "x" } });
    const first = seenPolicy;
    await fetch(`${url}/fresh`);
    expect(first).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
    expect(first).not.toContain("mine");
    expect(seenPolicy).not.toBe(first);
  });

  it("lets no cache keep a page rendered while one of its tags expired", async () => {
    const response = await fetch(`${url}/straddled`);
    expect(response.headers.get("cache-control")).toBe("public, s-maxage=1");
    expect(response.headers.get("x-ledger-stale")).toBeNull();
  });

  it("leaves 304s without a policy and lets other responses load nothing", async () => {
    const notModified = await fetch(`${url}/not-modified`);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-security-policy")).toBeNull();
    const json = await fetch(`${url}/api/thing`);
    expect(json.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await json.json()).toEqual({});
  });

  it("times every response from its arrival to its head", async () => {
    const response = await fetch(`${url}/fresh`);
    expect(response.headers.get("server-timing")).toMatch(/^app;dur=\d+\.\d$/);
  });
});

describe("without an HTTP cache in front", () => {
  it("keeps the cache tags to itself", async () => {
    const plain = await serve(
      createFront({
        handle: (_req, res) => {
          res.setHeader("content-type", "text/html");
          res.setHeader("x-ledger-tags", "article:1");
          res.end("<html></html>");
        },
        databaseReachable: async () => true,
        siteName: "The Ledger",
        accessLog: false,
      }),
    );
    const response = await fetch(plain.url);
    expect(response.headers.get("surrogate-key")).toBeNull();
    expect(response.headers.get("x-ledger-tags")).toBeNull();
    await plain.close();
  });
});
