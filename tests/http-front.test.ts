// The production server's front, on a real HTTP server with a stand-in for
// Next's handler.
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFront } from "../server/http/front";
import { createGzip, gunzipSync, gzipSync } from "node:zlib";
import { PageCache } from "../server/http/page-cache";
import { log, requestContext } from "../server/log";

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

describe("copies of reader pages (one process, nothing in front)", () => {
  let cached: Served;
  let url: string;
  let renders = 0;
  let headline = "First headline";
  const cache = new PageCache(1024 * 1024);
  const renderedAt = Date.now();

  // What the cache handlers do inside Next: note the page's tags and render time on it, announce expired tags.
  const expire = (tags: string[]) => {
    for (const listener of (globalThis as unknown as Record<symbol, Set<(tags: string[]) => void>>)[Symbol.for("ledger.expired-tag-listeners")] ?? []) listener(tags);
  };
  const tagsOf: Record<string, string | undefined> = { "/news/story": "article:1,section:news", "/news/other": "article:2,section:news", "/news/slow": "article:3", "/news/asked-by-head": "article:4" };

  beforeAll(async () => {
    const front = createFront({
      handle: async (req, res) => {
        if (req.method === "POST") {
          if (req.url === "/admin/articles/1") {
            headline = "Edited headline";
            expire(["article:1"]);
          }
          res.end("saved");
          return;
        }
        renders++;
        if (req.url === "/feed.xml") {
          // A route handler's answer as Next streams it: headers set, the head flushed (twice), then the body.
          for (const [name, value] of Object.entries({ "content-type": "application/rss+xml", "cache-control": "s-maxage=300", "x-nextjs-cache": "HIT", "x-ledger-tags": "feeds", "x-ledger-rendered-at": String(renderedAt) })) res.setHeader(name, value);
          res.flushHeaders();
          res.flushHeaders();
          res.write(`<rss>${`<item>${headline}</item>`.repeat(200)}</rss>`);
          res.end();
          return;
        }
        // A render that takes a while, to be seen in Server-Timing.
        if (req.url === "/news/slow") await new Promise((resolve) => setTimeout(resolve, 50));
        const tags = tagsOf[req.url?.split("?")[0] ?? ""];
        // Next marks a page rendered per request private, with no x-nextjs-cache header and nothing noted on it.
        const kept = tags ? { "cache-control": "s-maxage=60, stale-while-revalidate=600", "x-nextjs-cache": "HIT", "x-ledger-tags": tags, "x-ledger-rendered-at": String(renderedAt) } : { "cache-control": "private, no-cache, no-store" };
        res.writeHead(200, { "content-type": "text/html", ...kept, etag: `"${headline.length}"` });
        // Next answers HEAD with the page's headers and no body.
        res.end(req.method === "HEAD" ? undefined : `<h1>${req.url === "/news/other" ? "Other story" : headline}</h1>`);
      },
      databaseReachable: async () => true,
      siteName: "The Ledger",
      accessLog: false,
      pageCache: cache,
    });
    cached = await serve(front);
    url = cached.url;
  });

  afterAll(() => cached.close());

  it("answers repeat readers of a page Next kept from memory, with their own request id, policy and 304s", async () => {
    renders = 0;
    const first = await fetch(`${url}/news/story`);
    const second = await fetch(`${url}/news/story`);
    expect(await second.text()).toBe(await first.text());
    expect(renders).toBe(1);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(second.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(second.headers.get("x-ledger-tags")).toBeNull();
    const revalidated = await fetch(`${url}/news/story`, { headers: { "if-none-match": second.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);
    expect(renders).toBe(1);
  });

  it("tells each answer's time to its head in Server-Timing: the render's for the first reader, its own for the next", async () => {
    const duration = (response: Response) => Number(/^app;dur=(\d+(?:\.\d+)?)$/.exec(response.headers.get("server-timing") ?? "")?.[1]);
    // The render waits 50 ms; timers may fire a fraction of a millisecond early.
    const rendered = await fetch(`${url}/news/slow`);
    await rendered.text();
    expect(duration(rendered)).toBeGreaterThanOrEqual(40);
    const repeat = await fetch(`${url}/news/slow`);
    expect(duration(repeat)).toBeLessThan(40);
  });

  it("keeps nothing Next did not keep, nor the newsroom, router requests, signed requests or a signed-in editor's pages", async () => {
    renders = 0;
    for (const path of ["/dynamic", "/dynamic", "/admin/articles", "/admin/articles"]) await fetch(url + path);
    for (const headers of [{ rsc: "1" }, { authorization: "Bearer token" }, { cookie: "better-auth.session_token=abc" }] as Record<string, string>[]) {
      await fetch(`${url}/news/other?signed`, { headers });
      await fetch(`${url}/news/other?signed`, { headers });
    }
    expect(renders).toBe(10);
  });

  it("drops the pages whose tags expire, so an edit shows on the next request, and keeps the others", async () => {
    for (const path of ["/news/story", "/news/other"]) await fetch(url + path);
    expect(await (await fetch(`${url}/news/story`)).text()).toContain("First headline");
    renders = 0;
    await fetch(`${url}/admin/articles/1`, { method: "POST", body: "x" });
    expect(await (await fetch(`${url}/news/story`)).text()).toContain("Edited headline");
    await fetch(`${url}/news/other`);
    expect(renders).toBe(1);
  });

  it("keeps no empty copy when a page is first asked for with HEAD", async () => {
    const head = await fetch(`${url}/news/asked-by-head`, { method: "HEAD" });
    expect(head.status).toBe(200);
    const page = await fetch(`${url}/news/asked-by-head`);
    expect(await page.text()).toContain("<h1>");
  });

  it("keeps feeds too, compressed once for every reader who accepts gzip, until their tag expires", async () => {
    renders = 0;
    const gzip = { "accept-encoding": "gzip" };
    const first = await fetch(`${url}/feed.xml`, { headers: gzip });
    const second = await fetch(`${url}/feed.xml`, { headers: gzip });
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(await second.text()).toBe(await first.text());
    expect(renders).toBe(1);
    expire(["feeds"]);
    await fetch(`${url}/feed.xml`, { headers: gzip });
    expect(renders).toBe(2);
  });

  it("keeps one copy per encoding, whatever else the browser lists", async () => {
    await fetch(`${url}/news/other`, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    renders = 0;
    await fetch(`${url}/news/other`, { headers: { "accept-encoding": "br, gzip" } });
    expect(renders).toBe(0);
  });
});

describe("PageCache", () => {
  const headers = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=10" };

  it("drops the least recently used pages when full, and pages past their s-maxage", () => {
    const cache = new PageCache(100);
    cache.put("a", cache.ticket(), 200, headers, Buffer.alloc(10), { tags: ["a"], renderedAt: 0 }, 0);
    cache.put("b", cache.ticket(), 200, headers, Buffer.alloc(10), { tags: ["b"], renderedAt: 0 }, 0);
    expect(cache.get("a", 1)).not.toBeNull(); // a is now the most recent
    for (const key of ["c", "d", "e", "f", "g", "h", "i", "j", "k"]) cache.put(key, cache.ticket(), 200, headers, Buffer.alloc(10), { tags: [key], renderedAt: 0 }, 0);
    expect(cache.get("b", 1)).toBeNull();
    expect(cache.get("a", 1)).not.toBeNull();
    expect(cache.size.bytes).toBeLessThanOrEqual(100);
    expect(cache.get("a", 10_001)).toBeNull();
  });

  it("keeps a page only until Next would call it stale, counted from its render, and never a STALE answer", () => {
    const cache = new PageCache(1000);
    cache.put("a", cache.ticket(), 200, headers, Buffer.from("a"), { tags: ["a"], renderedAt: 92_000 }, 100_000);
    expect(cache.get("a", 101_999)).not.toBeNull();
    expect(cache.get("a", 102_001)).toBeNull();
    cache.put("b", cache.ticket(), 200, headers, Buffer.from("b"), { tags: ["b"], renderedAt: 80_000 }, 100_000);
    expect(cache.get("b", 100_001)).toBeNull();
    cache.put("c", cache.ticket(), 200, { ...headers, "x-nextjs-cache": "STALE" }, Buffer.from("c"), { tags: ["c"], renderedAt: 100_000 }, 100_000);
    expect(cache.get("c", 100_001)).toBeNull();
  });

  it("does not keep a page rendered before an expiry that happened meanwhile", () => {
    const cache = new PageCache(1000);
    const ticket = cache.ticket();
    cache.expire(["article:9"]);
    cache.put("a", ticket, 200, headers, Buffer.from("old"), { tags: ["article:1"], renderedAt: Date.now() });
    expect(cache.get("a")).toBeNull();
  });
});

describe("readers of a page being rendered (one process, nothing in front)", () => {
  // Renders of /slow/<n> and /private/<n> stay in "Next" until the test releases them; Next would not keep /private/<n>.
  const held = new Map<string, (() => void)[]>();
  const release = async (url: string) => {
    await expect.poll(() => held.get(url)?.length ?? 0).toBeGreaterThan(0);
    held.get(url)!.shift()!();
  };
  const renders: string[] = [];
  let front: Served;
  const cache = new PageCache(1024 * 1024);

  beforeAll(async () => {
    front = await serve(createFront({
      handle: (req, res) => {
        const url = req.url!;
        renders.push(url);
        const count = renders.filter((r) => r === url).length;
        held.set(url, [...(held.get(url) ?? []), () => {
          if (url.startsWith("/private/")) res.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-cache, no-store" });
          else res.writeHead(200, { "content-type": "text/html", "cache-control": "s-maxage=60", "x-nextjs-cache": "MISS", "x-ledger-tags": `page:${url}`, "x-ledger-rendered-at": String(Date.now()) });
          res.end(`<p>${url} render ${count}</p>`);
        }]);
      },
      databaseReachable: async () => true,
      siteName: "Crowd",
      accessLog: false,
      pageCache: cache,
    }));
  });
  afterAll(() => front.close());

  const expire = (tags: string[]) => {
    for (const listener of (globalThis as unknown as Record<symbol, Set<(tags: string[]) => void>>)[Symbol.for("ledger.expired-tag-listeners")] ?? []) listener(tags);
  };

  it("render a page once for the whole crowd, and keep it under its tags", async () => {
    const crowd = Array.from({ length: 6 }, () => fetch(`${front.url}/slow/front`).then((r) => r.text()));
    await expect.poll(() => renders).toEqual(["/slow/front"]);
    await release("/slow/front");
    expect(new Set(await Promise.all(crowd))).toEqual(new Set(["<p>/slow/front render 1</p>"]));
    expire(["page:/elsewhere"]);
    expect(await (await fetch(`${front.url}/slow/front`)).text()).toBe("<p>/slow/front render 1</p>");
    expire(["page:/slow/front"]);
    const again = fetch(`${front.url}/slow/front`).then((r) => r.text());
    await release("/slow/front");
    expect(await again).toBe("<p>/slow/front render 2</p>");
  });

  it("share a render that an expiry kept out of the store with those who came before the expiry, not with later ones", async () => {
    renders.length = 0;
    const read = () => fetch(`${front.url}/slow/busy`).then((r) => r.text());
    const early = [read(), read(), read()];
    await expect.poll(() => renders).toEqual(["/slow/busy"]);
    await new Promise((r) => setTimeout(r, 50));
    // Any expiry while the page renders keeps that render out of the store.
    expire(["page:/elsewhere"]);
    const late = read();
    await new Promise((r) => setTimeout(r, 50));
    await release("/slow/busy");
    expect(new Set(await Promise.all(early))).toEqual(new Set(["<p>/slow/busy render 1</p>"]));
    await release("/slow/busy");
    expect(await late).toBe("<p>/slow/busy render 2</p>");
  });

  it("send each reader of a page Next does not keep to Next", async () => {
    renders.length = 0;
    const both = [fetch(`${front.url}/private/search`).then((r) => r.text()), fetch(`${front.url}/private/search`).then((r) => r.text())];
    await expect.poll(() => renders).toEqual(["/private/search"]);
    await release("/private/search");
    await expect.poll(() => renders).toEqual(["/private/search", "/private/search"]);
    await release("/private/search");
    expect(await Promise.all(both)).toEqual(["<p>/private/search render 1</p>", "<p>/private/search render 2</p>"]);
  });
});

describe("addresses that do not decode", () => {
  it("answers 400 with a short text of its own, and never hands them to Next", async () => {
    let handled = 0;
    const front = await serve(createFront({ handle: (req, res) => { handled++; res.end("handled"); }, databaseReachable: async () => true, siteName: "The Ledger", accessLog: false }));
    try {
      for (const path of ["/%", "/%ff", "/tag/%", "/media/%", "/news/%E0%A4%A", "/admin/%c0%af"]) {
        const response = await fetch(`${front.url}${path}`);
        expect(response.status, path).toBe(400);
        expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        expect(await response.text()).toBe("Bad request: this address is not a valid URL.\n");
      }
      const head = await fetch(`${front.url}/%`, { method: "HEAD" });
      expect(head.status).toBe(400);
      expect(handled).toBe(0);
      // Encoded characters that decode, and a query the page reads itself, go through as before.
      for (const path of ["/tag/%C3%A9t%C3%A9", "/media/a%20b.png", "/search?q=%"]) {
        const response = await fetch(`${front.url}${path}`);
        expect(response.status, path).toBe(200);
      }
      expect(handled).toBe(3);
    } finally {
      await front.close();
    }
  });
});

describe("text Next sends uncompressed (route handlers: feeds, sitemaps, JSON)", () => {
  const feed = `<?xml version="1.0"?><rss><channel>${"<item><title>Harbour council votes on the budget</title></item>".repeat(400)}</channel></rss>`;
  let front: Served;

  /** The raw answer, bytes as sent, as a browser asking for gzip (or not) gets it. */
  function get(path: string, gzip = true): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(`${front.url}${path}`, { headers: gzip ? { "accept-encoding": "gzip, deflate, br" } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  beforeAll(async () => {
    front = await serve(
      createFront({
        handle: (req, res) => {
          if (req.url === "/feed.xml") {
            // A route handler's answer: headers set, the body written whole.
            res.setHeader("content-type", "application/rss+xml; charset=utf-8");
            res.setHeader("content-length", Buffer.byteLength(feed));
            res.setHeader("etag", '"feed-1"');
            res.end(feed);
          } else if (req.url === "/sitemap.xml") {
            // Written in pieces, with no writeHead: Node sends the head on the first write.
            res.setHeader("content-type", "application/xml");
            res.write(feed.slice(0, 5000));
            setTimeout(() => res.end(feed.slice(5000)), 5);
          } else if (req.url === "/ended-twice.xml") {
            // Next streams a route handler's body: it flushes the head more than once and may end the response twice.
            res.setHeader("content-type", "application/xml");
            res.flushHeaders();
            res.statusCode = 200;
            res.flushHeaders();
            res.write(feed);
            res.end();
            res.end();
          } else if (req.url === "/chunk.js") {
            // Next compresses its static files itself, through wrappers it puts on the response after the front's.
            const { writeHead, write, end } = res;
            const zip = createGzip();
            zip.on("data", (c: Buffer) => (write as (c: Buffer) => boolean).call(res, c));
            zip.on("end", () => (end as () => ServerResponse).call(res));
            res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
              this.setHeader("content-encoding", "gzip");
              return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
            } as ServerResponse["writeHead"];
            res.write = ((chunk: string) => {
              if (!res.headersSent) res.writeHead(200);
              return zip.write(chunk);
            }) as ServerResponse["write"];
            res.end = ((chunk?: string) => {
              if (!res.headersSent) res.writeHead(200);
              if (chunk) zip.write(chunk);
              zip.end();
              return res;
            }) as ServerResponse["end"];
            res.setHeader("content-type", "application/javascript");
            res.write(feed.slice(0, 3000));
            setTimeout(() => res.end(feed.slice(3000)), 5);
          } else if (req.url === "/fails-halfway.xml") {
            // A handler that fails after writing part of its answer: the front answers 500 instead.
            res.setHeader("content-type", "application/xml");
            res.write(feed.slice(0, 5000));
            throw new Error("the feed broke halfway");
          } else if (req.url === "/events") {
            res.writeHead(200, { "content-type": "text/event-stream" });
            res.write(`data: ${"first event ".repeat(200)}\n\n`);
            // Left open: events go to the reader as they are written, and the stream ends when the reader leaves.
          } else if (req.url === "/small.json") {
            res.writeHead(200, { "content-type": "application/json" });
            res.end('{"ok":true}');
          } else if (req.url === "/photo.jpg") {
            res.writeHead(200, { "content-type": "image/jpeg" });
            res.end(Buffer.alloc(5000, 7));
          } else if (req.url === "/missing.xml") {
            res.writeHead(404, { "content-type": "application/xml" });
            res.end(feed);
          } else {
            res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
            res.end(gzipSync("<p>compressed by Next</p>".repeat(100)));
          }
        },
        databaseReachable: async () => true,
        siteName: "The Ledger",
        accessLog: false,
      }),
    );
  });

  afterAll(() => front.close());

  it("gzips feeds and sitemaps for readers and crawlers that accept it, and sends them plain to those that do not", async () => {
    for (const path of ["/feed.xml", "/sitemap.xml", "/ended-twice.xml"]) {
      const zipped = await get(path);
      expect(zipped.status).toBe(200);
      expect(zipped.headers["content-encoding"], path).toBe("gzip");
      expect(zipped.headers.vary).toMatch(/accept-encoding/i);
      expect(zipped.body.length).toBeLessThan(feed.length / 10);
      expect(gunzipSync(zipped.body).toString()).toBe(feed);
      const plain = await get(path, false);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(feed);
    }
    const feedAnswer = await get("/feed.xml");
    expect(Number(feedAnswer.headers["content-length"])).toBe(feedAnswer.body.length);
    // The compressed bytes are not the plain ones: the validator says so.
    expect(feedAnswer.headers.etag).toBe('W/"feed-1"');
  });

  it("sends no half-gathered body with the error answer of a handler that failed halfway", async () => {
    const failed = await get("/fails-halfway.xml");
    expect(failed.status).toBe(500);
    const text = failed.headers["content-encoding"] === "gzip" ? gunzipSync(failed.body).toString() : failed.body.toString();
    expect(text).not.toContain("<rss>");
  });

  it("passes an event stream on as it is written", async () => {
    const first = await new Promise<string>((resolve, reject) => {
      const req = request(`${front.url}/events`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        res.once("data", (chunk: Buffer) => {
          resolve(`${res.headers["content-encoding"] ?? "plain"} ${chunk.toString().slice(0, 17)}`);
          req.destroy();
        });
      });
      req.on("error", reject);
      req.end();
    });
    expect(first).toBe("plain data: first event");
  });

  it("leaves alone what is small, not text, not a 200, or compressed already", async () => {
    expect((await get("/small.json")).headers["content-encoding"]).toBeUndefined();
    const photo = await get("/photo.jpg");
    expect(photo.headers["content-encoding"]).toBeUndefined();
    expect(photo.body.length).toBe(5000);
    const missing = await get("/missing.xml");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(feed);
    const chunk = await get("/chunk.js");
    expect(chunk.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(chunk.body).toString()).toBe(feed);
    const page = await get("/page");
    expect(gunzipSync(page.body).toString()).toBe("<p>compressed by Next</p>".repeat(100));
  });
});

describe("the access log", () => {
  it("keeps no secret an address carries: set-password tokens, preview-link tokens", async () => {
    const { loggableUrl } = await import("../server/http/loggable-url");
    const token = "f3a9c1d2e4b5a6978899aabbccddeeff.0123456789abcdef0123456789abcdef";
    const logged = [
      loggableUrl(`/preview/link/${token}`),
      loggableUrl(`/api/auth/reset-password/${token}?callbackURL=%2Fadmin%2Fset-password`),
      loggableUrl(`/admin/set-password?token=${token}&next=%2Fadmin`),
      loggableUrl(`/admin/set-password?TOKEN=${token}`),
    ];
    for (const line of logged) expect(line).not.toContain(token.slice(0, 16));
    expect(logged).toEqual([
      "/preview/link/…",
      "/api/auth/reset-password/…?callbackURL=%2Fadmin%2Fset-password",
      "/admin/set-password?token=…&next=%2Fadmin",
      "/admin/set-password?TOKEN=…",
    ]);
    // Everything else is logged as it came, so that the log still says what was asked for.
    expect(loggableUrl("/news/harbour-lights?page=2")).toBe("/news/harbour-lights?page=2");
    expect(loggableUrl("/search?q=%zz")).toBe("/search?q=%zz");
  });
});

describe("the site's address", () => {
  it("warns once when most requests come for a host SITE_URL does not name; a few stray ones, loopback names and probes do not count", async () => {
    const { siteAddressWatch } = await import("../server/http/site-address");
    const warnings: { host: string; siteUrl: string }[] = [];
    const local = siteAddressWatch("http://localhost:3000", (fields) => warnings.push(fields));
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST", undefined]) local(host);
    // A scanner trying the server's address a few times is no sign of a wrong SITE_URL.
    for (let i = 0; i < 5; i++) local("203.0.113.9");
    expect(warnings).toEqual([]);
    // The site's readers arriving under its real name are.
    for (let i = 0; i < 40; i++) local(i % 10 ? "news.example.org" : "other.example.org:8080");
    expect(warnings).toEqual([{ host: "news.example.org", siteUrl: "http://localhost:3000" }]);

    const published = siteAddressWatch("https://news.example.org", (fields) => warnings.push(fields));
    for (let i = 0; i < 40; i++) published("News.Example.org:443");
    expect(warnings).toHaveLength(1);

    // Through the front: health probes addressed to the instance are not readers' requests.
    const logged = vi.spyOn(log, "warn").mockImplementation(() => undefined as never);
    try {
      const front = await serve(createFront({ handle: (_req, res) => res.end("ok"), databaseReachable: async () => true, siteName: "The Ledger", accessLog: false, siteUrl: "https://news.example.org" }));
      try {
        for (let i = 0; i < 25; i++) await fetch(`${front.url}/api/health`);
        expect(logged).not.toHaveBeenCalled();
        for (let i = 0; i < 25; i++) await fetch(`${front.url}/news`);
        expect(logged).toHaveBeenCalledTimes(1);
        expect(logged.mock.calls[0]![1]).toMatch(/^Requests arrive for 127\.0\.0\.1, but SITE_URL is https:\/\/news\.example\.org/);
      } finally {
        await front.close();
      }
    } finally {
      logged.mockRestore();
    }
  });
});
