// A real HTTP server for the sign-in and view-beacon routes without a build:
// the production front (server/http/front.ts) in front of better-auth's
// handler and the beacon's route handler, called with a web Request the way
// Next's route handlers are.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { POST as viewBeacon } from "@/app/api/views/route";
import { auth } from "@/server/auth/auth";
import { createFront } from "@/server/http/front";

export type AuthServer = { url: string; close: () => Promise<void> };

async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
  return new Request(`http://localhost:3000${req.url ?? "/"}`, { method: req.method, headers, body });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = await toRequest(req);
  const path = new URL(request.url).pathname;
  if (path.startsWith("/api/auth/")) return send(res, await auth.handler(request));
  if (path === "/api/views" && req.method === "POST") return send(res, await viewBeacon(request));
  return send(res, Response.json({ error: "Not found" }, { status: 404 }));
}

/** Serves on a free loopback port; `trustedProxies` as in TRUSTED_PROXIES. */
export async function serveAuth(options: { trustedProxies?: string } = {}): Promise<AuthServer> {
  const front = createFront({ handle, databaseReachable: async () => true, siteName: "The Ledger", accessLog: false, trustedProxies: options.trustedProxies });
  const server = createServer(front);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    }),
  };
}
