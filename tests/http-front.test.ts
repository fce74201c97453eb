// The production server's front, on a real HTTP server with a stand-in for
// Next's handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFront } from "../server/http/front";
import { requestContext } from "../server/log";
import { PageCache } from "../server/http/page-cache";
import { RenderQueue } from "../server/http/render-queue";

type Served = { url: string; close: () => Promise<void>; closedConnections: () => number };

/** Serves a front on a free loopback port. */
async function serve(front: ReturnType<typeof createFront>): Promise<Served> {
  const server = createServer(front);
  let closed = 0;
  server.on("connection", (socket) => socket.once("close", () => closed++));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    closedConnections: () => closed,
  };
}

/**
 * Stand-in renders that stay in "Next" until the test releases them: `hold` files a render's ending
 * under a key, `release` ends the oldest one under that key once it has started.
 */
function heldRenders() {
  const running = new Map<string, (() => void)[]>();
  const started = (key: string) => (running.get(key)?.length ?? 0) > 0;
  const release = async (key: string) => {
    await expect.poll(() => started(key)).toBe(true);
    running.get(key)!.shift()!();
  };
  return {
    hold: (key: string, finish: () => void) => void running.set(key, [...(running.get(key) ?? []), finish]),
    release,
    /** Releases these renders in whatever order they reach "Next" (requests sent together may arrive in any order). */
    releaseAll: async (keys: string[]) => {
      const left = new Set(keys);
      while (left.size) {
        await expect.poll(() => [...left].some(started)).toBe(true);
        const key = [...left].find(started)!;
        left.delete(key);
        await release(key);
      }
    },
    clear: () => running.clear(),
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
  } else if (req.url === "/boom-long") {
    // Long enough for the front to compress it.
    res.statusCode = 500;
    res.setHeader("content-type", "text/html");
    res.write("<h1>Internal");
    res.end(` Server Error</h1>${"<p>trace</p>".repeat(200)}`);
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
    const down = await fetch(`${base}/boom-long`, { headers: { "accept-encoding": "gzip" } });
    expect(down.status).toBe(503);
    expect(await down.text()).toContain("We will be back in a moment");
    databaseUp = true;
    const up = await fetch(`${base}/boom-long`, { headers: { "accept-encoding": "gzip" } });
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

describe("page cache", () => {
  let cached: Served;
  let url: string;
  let renders = 0;
  let headline = "First headline";
  const cache = new PageCache(1024 * 1024);

  // What server/http/render-cache-handler.mjs does inside Next: note the served page's tags, announce expired tags.
  const expire = (tags: string[]) => {
    for (const listener of (globalThis as unknown as Record<symbol, Set<(tags: string[]) => void>>)[Symbol.for("ledger.expired-tag-listeners")] ?? []) listener(tags);
  };
  const tagsOf: Record<string, string[] | undefined> = { "/news/story": ["article:1", "section:news"], "/news/other": ["article:2", "section:news"] };

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
        // A render that takes a while, to be seen in Server-Timing.
        if (req.url === "/news/slow") await new Promise((resolve) => setTimeout(resolve, 50));
        const context = requestContext.getStore();
        if (context) context.cacheTags = tagsOf[req.url ?? ""];
        // Next marks a page rendered per request private, with no x-nextjs-cache header.
        const kept = req.url === "/dynamic" ? { "cache-control": "private, no-cache, no-store" } : { "cache-control": "s-maxage=60, stale-while-revalidate=600", "x-nextjs-cache": "HIT" };
        res.writeHead(200, { "content-type": "text/html", ...kept, etag: `"${headline.length}"` });
        res.end(`<h1>${req.url === "/news/other" ? "Other story" : headline}</h1>`);
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

  it("answers repeat readers of a page Next cached from memory, with their own request id", async () => {
    renders = 0;
    const first = await fetch(`${url}/news/story`);
    const second = await fetch(`${url}/news/story`);
    expect(await second.text()).toBe(await first.text());
    expect(renders).toBe(1);
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    const revalidated = await fetch(`${url}/news/story`, { headers: { "if-none-match": second.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);
  });

  it("tells each answer's time to its head in Server-Timing: the render's for the first reader, its own for the next", async () => {
    const duration = (response: Response) => Number(/^app;dur=(\d+(?:\.\d+)?)$/.exec(response.headers.get("server-timing") ?? "")?.[1]);
    // The render waits 50 ms; timers may fire a fraction of a millisecond early.
    const rendered = await fetch(`${url}/news/slow`);
    await rendered.text();
    expect(duration(rendered)).toBeGreaterThanOrEqual(40);
    const repeat = await fetch(`${url}/news/slow`);
    expect(repeat.headers.get("x-page-cache")).toBe("HIT");
    expect(duration(repeat)).toBeLessThan(40);
  });

  it("keeps nothing Next did not cache, nor admin pages, router requests or signed requests", async () => {
    renders = 0;
    for (const path of ["/dynamic", "/dynamic", "/admin/articles", "/admin/articles"]) await fetch(url + path);
    await fetch(`${url}/news/other`, { headers: { rsc: "1" } });
    await fetch(`${url}/news/other`, { headers: { rsc: "1" } });
    await fetch(`${url}/news/signed`, { headers: { authorization: "Bearer token" } });
    await fetch(`${url}/news/signed`, { headers: { authorization: "Bearer token" } });
    expect(renders).toBe(8);
  });

  it("drops the pages whose tags Next expires, so an edit shows on the next request, and keeps the others", async () => {
    for (const path of ["/news/story", "/news/other", "/news/untagged"]) await fetch(url + path);
    expect(await (await fetch(`${url}/news/story`)).text()).toContain("First headline");
    renders = 0;
    await fetch(`${url}/admin/articles/1`, { method: "POST", body: "x" });
    expect(await (await fetch(`${url}/news/story`)).text()).toContain("Edited headline");
    expect((await fetch(`${url}/news/other`)).headers.get("x-page-cache")).toBe("HIT");
    // A page whose tags are unknown goes with any expiry.
    expect((await fetch(`${url}/news/untagged`)).headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(2);
  });

  it("leaves the store alone for writes that expire nothing (a view-count beacon, a sign-in)", async () => {
    await fetch(`${url}/news/story`);
    renders = 0;
    await fetch(`${url}/api/views`, { method: "POST", body: "{}" });
    await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", body: "{}" });
    await fetch(`${url}/news/story`);
    expect(renders).toBe(0);
  });
});

describe("PageCache", () => {
  it("drops the least recently used pages when full, and pages past their s-maxage", () => {
    const cache = new PageCache(100);
    const headers = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=10" };
    cache.put("a", cache.ticket(), 200, headers, Buffer.alloc(10), { tags: ["a"] }, 0);
    cache.put("b", cache.ticket(), 200, headers, Buffer.alloc(10), { tags: ["b"] }, 0);
    expect(cache.get("a", 1)).not.toBeNull(); // a is now the most recent
    for (const key of ["c", "d", "e", "f", "g", "h", "i", "j", "k"]) cache.put(key, cache.ticket(), 200, headers, Buffer.alloc(10), { tags: [key] }, 0);
    expect(cache.get("b", 1)).toBeNull();
    expect(cache.get("a", 1)).not.toBeNull();
    expect(cache.size.bytes).toBeLessThanOrEqual(100);
    expect(cache.get("a", 10_001)).toBeNull();
  });

  it("keeps a page only until Next would call it stale, counted from when Next rendered it", () => {
    const cache = new PageCache(1000);
    const headers = { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=10" };
    cache.put("a", cache.ticket(), 200, headers, Buffer.from("a"), { tags: ["a"], renderedAt: 92_000 }, 100_000);
    expect(cache.get("a", 101_999)).not.toBeNull();
    expect(cache.get("a", 102_001)).toBeNull();
    cache.put("b", cache.ticket(), 200, headers, Buffer.from("b"), { tags: ["b"], renderedAt: 80_000 }, 100_000);
    expect(cache.get("b", 100_001)).toBeNull();
  });

  it("does not keep a page rendered before an expiry that happened meanwhile", () => {
    const cache = new PageCache(1000);
    const ticket = cache.ticket();
    cache.expire(["article:9"]);
    cache.put("a", ticket, 200, { "x-nextjs-cache": "HIT", "cache-control": "s-maxage=10" }, Buffer.from("old"), { tags: ["article:1"] });
    expect(cache.get("a")).toBeNull();
  });
});

describe("script policy", () => {
  let policed: Served;
  let url: string;
  const NONCE = "cmVuZGVyLW5vbmNlLTAx";
  const CHUNK_LIST = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a1.js","static/chunks/b2.css"],"runtimeModuleIds":[42]});`;
  // What Next writes for a page it rendered for its cache: the nonce on most tags, not on the bootstrap.
  const page = [
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/x.css" nonce="${NONCE}"/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>`,
    `<script src="/_next/static/chunks/boot.js" async=""></script><script src="/_next/static/chunks/c.js" async="" nonce="${NONCE}"></script></head>`,
    `<body><p>Story</p><script id="_R_">${CHUNK_LIST}</script><script nonce="${NONCE}">self.__next_f.push([1,"x"])</script>`,
    `<script id="_R_">alert(1)</script><script src="/_next/static/chunks/evil.js" async="" data-x="1"></script></body></html>`,
  ].join("");
  let seenPolicy: string | undefined;
  let callbacks = 0;

  beforeAll(async () => {
    const front = createFront({
      handle: (req, res) => {
        seenPolicy = req.headers["content-security-policy"] as string | undefined;
        if (req.url === "/whole") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(page) });
          res.end(page);
        } else if (req.url === "/streamed") {
          // Cut in awkward places: inside the nonce attribute and inside the chunk-list script.
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.flushHeaders();
          const cuts = [page.indexOf("nonce=") + 9, page.indexOf('"otherChunks"'), page.length];
          let from = 0;
          const next = () => {
            const to = cuts.shift()!;
            if (cuts.length === 0) return void res.end(page.slice(from, to));
            res.write(page.slice(from, to));
            from = to;
            setTimeout(next, 2);
          };
          next();
        } else if (req.url === "/callbacks") {
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.write(page, () => callbacks++);
          setTimeout(() => res.end(() => callbacks++), 2);
        } else if (req.url === "/not-modified") {
          res.writeHead(304, { "content-type": "text/html; charset=utf-8", etag: '"1"' });
          res.end();
        } else if (req.url === "/bare") {
          res.setHeader("content-type", "text/html");
          res.end("<html><body><script>self.__next_f.push([1,1])</script></body></html>");
        } else {
          res.setHeader("content-type", "application/json");
          res.end("{}");
        }
      },
      databaseReachable: async () => true,
      siteName: "The Ledger",
      accessLog: false,
    });
    policed = await serve(front);
    url = policed.url;
  });

  afterAll(() => policed.close());

  const expected = page
    .replace(`fetchPriority="low" href="/_next/static/chunks/boot.js"/>`, `fetchPriority="low" href="/_next/static/chunks/boot.js" nonce="${NONCE}"/>`)
    .replace(`<script src="/_next/static/chunks/boot.js" async="">`, `<script src="/_next/static/chunks/boot.js" async="" nonce="${NONCE}">`)
    .replace(`<script id="_R_">(globalThis`, `<script id="_R_" nonce="${NONCE}">(globalThis`);

  it("names the page's own nonce and gives it to Next's bootstrap scripts, nothing else", async () => {
    for (const path of ["/whole", "/streamed"]) {
      const response = await fetch(url + path, { headers: { "accept-encoding": "identity" } });
      expect(response.headers.get("content-security-policy"), path).toContain(`script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`);
      const body = await response.text();
      expect(body, path).toBe(expected);
      // The look-alikes stay without it.
      expect(body).toContain(`<script id="_R_">alert(1)</script>`);
      expect(body).toContain(`<script src="/_next/static/chunks/evil.js" async="" data-x="1">`);
      if (path === "/whole") expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(expected));
    }
  });

  it("compresses with gzip even for browsers that prefer Brotli", async () => {
    // (Streamed, so not under the size below which nothing is compressed.)
    const response = await fetch(`${url}/callbacks`, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toBe(expected);
  });

  it("calls a page's write and end callbacks, compressed or not", async () => {
    for (const encoding of ["gzip", "identity"]) {
      callbacks = 0;
      const response = await fetch(`${url}/callbacks`, { headers: { "accept-encoding": encoding } });
      expect(await response.text()).toBe(expected);
      await expect.poll(() => callbacks).toBe(2);
    }
  });

  it("hands Next a fresh nonce of its own, never the client's", async () => {
    await fetch(`${url}/whole`, { headers: { "content-security-policy": "script-src 'nonce-mine'" } });
    const first = seenPolicy;
    await fetch(`${url}/whole`);
    expect(first).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
    expect(first).not.toContain("mine");
    expect(seenPolicy).not.toBe(first);
  });

  it("lets a page without a nonce run no script, leaves 304s without a policy, and lets other responses load nothing", async () => {
    const bare = await fetch(`${url}/bare`);
    expect(bare.headers.get("content-security-policy")).toContain("script-src 'none'");
    // A 304 must not replace the policy the browser kept with the page.
    const notModified = await fetch(`${url}/not-modified`);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-security-policy")).toBeNull();
    const json = await fetch(`${url}/api/thing`);
    expect(json.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await json.json()).toEqual({});
  });
});

describe("render queue", () => {
  // Each request to /hold/<n> stays in "Next" until the test releases it.
  const { hold, release, clear } = heldRenders();
  const started: string[] = [];
  let queued: Served;
  const queue = new RenderQueue({ limit: 2, files: new Set(["/logo.png"]) });

  beforeAll(async () => {
    const front = createFront({
      handle: (req, res) => {
        if (req.url === "/api/health" || req.url?.startsWith("/logo.png")) return void res.end("ok");
        started.push(req.url!);
        hold(req.url!, () => res.end(req.url));
      },
      databaseReachable: async () => true,
      siteName: "Queue",
      accessLog: false,
      renderQueue: queue,
    });
    queued = await serve(front);
  });
  afterAll(() => queued.close());


  it("lets two renders run at once and the others follow in arrival order; probes and plain files do not wait", async () => {
    const responses = ["/hold/1", "/hold/2", "/hold/3", "/hold/4"].map((url) => fetch(queued.url + url).then((r) => r.text()));
    await expect.poll(() => started.length).toBe(2);
    expect(queue.waiting).toBe(2);
    expect(await (await fetch(`${queued.url}/api/health`)).text()).toBe("ok");
    expect(await (await fetch(`${queued.url}/logo.png?v=2`)).text()).toBe("ok");
    await release("/hold/2");
    await expect.poll(() => started).toEqual(["/hold/1", "/hold/2", "/hold/3"]);
    await release("/hold/1");
    await release("/hold/3");
    await release("/hold/4");
    expect(await Promise.all(responses)).toEqual(["/hold/1", "/hold/2", "/hold/3", "/hold/4"]);
    expect([queue.active, queue.waiting]).toEqual([0, 0]);
  });

  it("gives a slot back when a reader leaves, waiting or rendering, so nothing stalls", async () => {
    started.length = 0;
    const abandon = ["/gone/1", "/gone/2", "/gone/3"].map((url) => {
      const controller = new AbortController();
      fetch(queued.url + url, { signal: controller.signal }).catch(() => {});
      return controller;
    });
    await expect.poll(() => [queue.active, queue.waiting]).toEqual([2, 1]);
    for (const controller of abandon) controller.abort();
    await expect.poll(() => [queue.active, queue.waiting]).toEqual([0, 0]);
    // The reader who left while waiting was never rendered.
    expect(started).toEqual(["/gone/1", "/gone/2"]);
    const next = fetch(`${queued.url}/hold/5`).then((r) => r.text());
    await release("/hold/5");
    expect(await next).toBe("/hold/5");
  });

  it("gives back the slots of requests pipelined on a connection that closes before their turn", async () => {
    started.length = 0;
    const { port } = new URL(queued.url);
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(["/piped/1", "/piped/2", "/piped/3"].map((path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`).join(""));
    await expect.poll(() => queue.active).toBeGreaterThan(0);
    socket.destroy();
    await expect.poll(() => [queue.active, queue.waiting]).toEqual([0, 0]);
    clear();
  });
});

describe("a full render queue", () => {
  // One render at a time and one reader in line. /hold/<n> stays in "Next" until released; /private/<n> too, then
  // answers with a page nobody may keep; /cached is a page Next keeps.
  const { hold, release, releaseAll } = heldRenders();
  let full: Served;
  const queue = new RenderQueue({ limit: 1, maxWaiting: 1 });

  beforeAll(async () => {
    const front = createFront({
      handle: (req, res) => {
        if (req.url === "/cached") {
          res.writeHead(200, { "content-type": "text/html", "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT" });
          return void res.end("<h1>Kept</h1>");
        }
        const headers = req.url?.startsWith("/private/") ? { "cache-control": "private, no-store" } : { "cache-control": "s-maxage=60", "x-nextjs-cache": "MISS" };
        hold(`${req.method} ${req.url}`, () => {
          res.writeHead(200, { "content-type": "text/plain", ...headers });
          res.end(`${req.method} ${req.url}`);
        });
      },
      databaseReachable: async () => true,
      siteName: "The <Test> Ledger",
      accessLog: false,
      pageCache: new PageCache(1024 * 1024),
      renderQueue: queue,
    });
    full = await serve(front);
  });
  afterAll(() => full.close());

  const text = (path: string, init?: RequestInit) => fetch(full.url + path, init).then((r) => r.text());

  it("turns readers away with a styled 503 and Retry-After, and keeps serving cached pages", async () => {
    expect(await text("/cached")).toBe("<h1>Kept</h1>");
    const rendering = text("/hold/1");
    await expect.poll(() => queue.active).toBe(1);
    const waiting = text("/hold/2");
    await expect.poll(() => queue.waitingReaders).toBe(1);

    const turnedAway = await fetch(`${full.url}/hold/3`);
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers.get("retry-after")).toBe("5");
    expect(turnedAway.headers.get("cache-control")).toBe("no-store");
    expect(turnedAway.headers.get("x-content-type-options")).toBe("nosniff");
    expect(turnedAway.headers.get("x-frame-options")).toBe("DENY");
    expect(turnedAway.headers.get("permissions-policy")).toContain("camera=()");
    // The page's own policy: its inline styles, nothing else.
    expect(turnedAway.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    const page = await turnedAway.text();
    expect(page).toContain("Too many readers at once");
    expect(page).toContain("The &#60;Test&#62; Ledger");
    expect(page).not.toContain("<script");
    const head = await fetch(`${full.url}/hold/4`, { method: "HEAD" });
    expect([head.status, head.headers.get("retry-after"), await head.text()]).toEqual([503, "5", ""]);

    // The page cache answers before the line.
    const kept = await fetch(`${full.url}/cached`);
    expect([kept.status, kept.headers.get("x-page-cache")]).toEqual([200, "HIT"]);
    // Once the line is short again, the page a reader was turned away from renders.
    await release("GET /hold/1");
    await release("GET /hold/2");
    expect(await Promise.all([rendering, waiting])).toEqual(["GET /hold/1", "GET /hold/2"]);
    const later = text("/hold/3");
    await release("GET /hold/3");
    expect(await later).toBe("GET /hold/3");
    expect([queue.active, queue.waiting]).toEqual([0, 0]);
  });

  it("never turns away writes, the admin, previews or files, nor counts them in the line", async () => {
    const rendering = text("/hold/10");
    await expect.poll(() => queue.active).toBe(1);
    const save = text("/hold/11", { method: "POST", body: "x" });
    const admin = text("/admin/articles");
    const preview = text("/preview/draft-1");
    const image = text("/_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=75");
    await expect.poll(() => queue.waiting).toBe(4);
    // The line holds no reader yet: one may still wait, the next may not.
    const reader = text("/hold/12");
    await expect.poll(() => queue.waitingReaders).toBe(1);
    expect((await fetch(`${full.url}/hold/13`)).status).toBe(503);
    await releaseAll(["GET /hold/10", "POST /hold/11", "GET /admin/articles", "GET /preview/draft-1", "GET /_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=75", "GET /hold/12"]);
    expect(await Promise.all([rendering, save, admin, preview, reader])).toEqual(["GET /hold/10", "POST /hold/11", "GET /admin/articles", "GET /preview/draft-1", "GET /hold/12"]);
    expect(await image).toContain("/_next/image");
    expect([queue.active, queue.waiting, queue.waitingReaders]).toEqual([0, 0, 0]);
  });

  it("does not turn away readers who waited for another reader's render of the page, when it gave them nothing to share", async () => {
    const leader = text("/private/1");
    await expect.poll(() => queue.active).toBe(1);
    // Two readers wait for the leader's render, outside the line; the line is full.
    const followers = [text("/private/1"), text("/private/1")];
    const waiting = text("/hold/20");
    await expect.poll(() => queue.waitingReaders).toBe(1);
    // The leader's page is private: each follower needs a render of its own. The freed slot goes to the
    // head of the line, the first follower takes the one place left, and the second joins a full line.
    await release("GET /private/1");
    expect(await leader).toBe("GET /private/1");
    await release("GET /hold/20");
    await release("GET /private/1");
    await release("GET /private/1");
    expect(await Promise.all([...followers, waiting])).toEqual(["GET /private/1", "GET /private/1", "GET /hold/20"]);
    expect([queue.active, queue.waiting, queue.waitingReaders]).toEqual([0, 0, 0]);
  });
});

describe("readers of a page being rendered", () => {
  // /slow/<n> stays in "Next" until the test releases it; /private/<n> too, but Next would not keep it.
  const { hold, release } = heldRenders();
  const renders: string[] = [];
  let front: Served;
  const queue = new RenderQueue({ limit: 2 });
  const cache = new PageCache(1024 * 1024);

  beforeAll(async () => {
    front = await serve(createFront({
      handle: (req, res) => {
        const url = req.url!;
        renders.push(url);
        const context = requestContext.getStore()!;
        const finish = () => {
          if (url.startsWith("/private/")) {
            res.writeHead(200, { "content-type": "text/html", "cache-control": "private, no-cache, no-store" });
          } else {
            // What the render-cache handler notes when Next stores the page it rendered.
            Object.assign(context, { cacheTags: [`page:${url}`], cacheRenderedAt: Date.now(), cacheStored: url !== "/slow/unnoted" });
            res.writeHead(200, { "content-type": "text/html", "cache-control": "s-maxage=60", "x-nextjs-cache": "MISS" });
          }
          res.end(`<p>${url} render ${renders.filter((r) => r === url).length}</p>`);
        };
        hold(url, finish);
      },
      databaseReachable: async () => true,
      siteName: "Crowd",
      accessLog: false,
      pageCache: cache,
      renderQueue: queue,
    }));
  });
  afterAll(() => front.close());

  const expire = (tags: string[]) => {
    for (const listener of (globalThis as unknown as Record<symbol, Set<(tags: string[]) => void>>)[Symbol.for("ledger.expired-tag-listeners")] ?? []) listener(tags);
  };

  it("render a page once for the whole crowd, without taking the render slots other pages need", async () => {
    const crowd = Array.from({ length: 6 }, () => fetch(`${front.url}/slow/front`).then((r) => r.text()));
    await expect.poll(() => renders).toEqual(["/slow/front"]);
    // The crowd waits outside the queue: another page still gets the second slot at once.
    const other = fetch(`${front.url}/slow/other`).then((r) => r.text());
    await expect.poll(() => renders).toEqual(["/slow/front", "/slow/other"]);
    expect(queue.waiting).toBe(0);
    await release("/slow/front");
    expect(new Set(await Promise.all(crowd))).toEqual(new Set(["<p>/slow/front render 1</p>"]));
    await release("/slow/other");
    await other;
    // Kept with the tags it was stored under: an expiry of one of them drops it, others do not.
    expire(["page:/elsewhere"]);
    const stored = await fetch(`${front.url}/slow/front`);
    expect(stored.headers.get("x-page-cache")).toBe("HIT");
    // Next said MISS when it rendered the page; a stored copy says HIT.
    expect(stored.headers.get("x-nextjs-cache")).toBe("HIT");
    expire(["page:/slow/front"]);
    const again = fetch(`${front.url}/slow/front`).then((r) => r.text());
    await release("/slow/front");
    expect(await again).toBe("<p>/slow/front render 2</p>");
  });

  it("keep a fresh page whose store was not noted only until the next expiry, whatever its tags", async () => {
    const first = fetch(`${front.url}/slow/unnoted`).then((r) => r.text());
    await release("/slow/unnoted");
    await first;
    expect((await fetch(`${front.url}/slow/unnoted`)).headers.get("x-page-cache")).toBe("HIT");
    expire(["page:/elsewhere"]);
    const after = fetch(`${front.url}/slow/unnoted`);
    await release("/slow/unnoted");
    expect((await after).headers.get("x-page-cache")).toBeNull();
  });

  it("share a render that an expiry kept out of the store with those who came before the expiry; the later ones share the next", async () => {
    renders.length = 0;
    const read = () => fetch(`${front.url}/slow/busy`).then((r) => r.text());
    const early = [read(), read(), read()];
    await expect.poll(() => renders).toEqual(["/slow/busy"]);
    await new Promise((r) => setTimeout(r, 50));
    // Any expiry while the page renders keeps that render out of the store.
    expire(["page:/elsewhere"]);
    const late = [read(), read()];
    await new Promise((r) => setTimeout(r, 50));
    await release("/slow/busy");
    expect(new Set(await Promise.all(early))).toEqual(new Set(["<p>/slow/busy render 1</p>"]));
    await expect.poll(() => renders).toEqual(["/slow/busy", "/slow/busy"]);
    await release("/slow/busy");
    expect(new Set(await Promise.all(late))).toEqual(new Set(["<p>/slow/busy render 2</p>"]));
    expect(renders).toEqual(["/slow/busy", "/slow/busy"]);
  });

  it("each get their own render of a page Next does not keep, once the first is done", async () => {
    renders.length = 0;
    const both = [fetch(`${front.url}/private/search`).then((r) => r.text()), fetch(`${front.url}/private/search`).then((r) => r.text())];
    await expect.poll(() => renders).toEqual(["/private/search"]);
    await release("/private/search");
    await expect.poll(() => renders).toEqual(["/private/search", "/private/search"]);
    await release("/private/search");
    expect(await Promise.all(both)).toEqual(["<p>/private/search render 1</p>", "<p>/private/search render 2</p>"]);
  });

  it("drop a waiting reader who leaves: nothing is rendered for them", async () => {
    renders.length = 0;
    const leader = fetch(`${front.url}/private/page`).then((r) => r.text());
    await expect.poll(() => renders.length).toBe(1);
    const controller = new AbortController();
    const gone = fetch(`${front.url}/private/page`, { signal: controller.signal }).catch(() => "left");
    await new Promise((r) => setTimeout(r, 50));
    const closedBefore = front.closedConnections();
    controller.abort();
    expect(await gone).toBe("left");
    await expect.poll(() => front.closedConnections()).toBe(closedBefore + 1);
    await release("/private/page");
    await leader;
    await new Promise((r) => setTimeout(r, 50));
    expect(renders).toEqual(["/private/page"]);
  });
});
