// The client's address, for limits that count per address (failed sign-ins,
// view counting). Anything in a request's headers can be written by the
// client, so the address comes from the connection: the front
// (server/http/front.ts) reads the socket's peer and, only when that peer is
// a trusted proxy (TRUSTED_PROXIES), the X-Forwarded-For entries that proxies
// appended. It hands the result to the app in a header of its own, replacing
// whatever a client sent under that name.
//
// Without "server-only" on purpose: the front imports this file too.
import { BlockList, isIP } from "node:net";

/** Set by the front on every request it hands on; any client-sent copy is replaced. */
export const CLIENT_HEADER = "x-ledger-client";

// The front marks the process, so that a server without it (next dev) does not read the header: there, a client
// could have sent it. On globalThis because the app's code is bundled by Next and holds its own module instances.
const frontKey = Symbol.for("ledger.front-sets-client-address");
const marks = globalThis as unknown as { [frontKey]?: boolean };

export function markFrontServing(): void {
  marks[frontKey] = true;
}

/** Without the front (next dev), every client counts as one address. */
export const UNKNOWN_ADDRESS = "unknown";

/** The client's address as the front determined it. */
export function clientAddress(headers: Headers | undefined): string {
  if (!marks[frontKey]) return UNKNOWN_ADDRESS;
  return headers?.get(CLIENT_HEADER) || UNKNOWN_ADDRESS;
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) → "192.0.2.1"; "[2001:db8::1]" → "2001:db8::1". */
export function normaliseAddress(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped ? mapped[1]! : bare.toLowerCase();
}

export type TrustedProxies = { has: (address: string) => boolean; empty: boolean };

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 or IPv6, separated
 * by commas. Throws with the entries it cannot read, so a typo stops the
 * server at start rather than trusting nothing (or everything) quietly.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (text ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const bad: string[] = [];
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const ip = normaliseAddress(address);
    const family = isIP(ip);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits! > maxBits))) {
      bad.push(entry);
      continue;
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
  }
  if (bad.length) throw new Error(`TRUSTED_PROXIES: not an address or CIDR range: ${bad.join(", ")}`);
  return {
    empty: entries.length === 0,
    has(address) {
      const ip = normaliseAddress(address);
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address for a connection from `peer`: the peer itself unless
 * it is a trusted proxy; then X-Forwarded-For read from the right (each proxy
 * appends the address it was connected from), skipping trusted proxies, up to
 * the first entry that is not one. Entries to the left of that are whatever
 * the client sent, and are never read.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const self = peer ? normaliseAddress(peer) : UNKNOWN_ADDRESS;
  if (trusted.empty || !trusted.has(self)) return self;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normaliseAddress).filter(Boolean);
  let client = self;
  for (let i = hops.length - 1; i >= 0; i--) {
    client = hops[i]!.slice(0, 64);
    if (!trusted.has(client)) return client;
  }
  // Every hop is a trusted proxy: the request started inside, at the leftmost.
  return client;
}
