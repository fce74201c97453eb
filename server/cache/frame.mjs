// @ts-check
// Cache entries as one byte string each: a JSON description followed by the
// binary parts it points to. Next's page entries hold Buffers (the RSC
// payload), a Map (the payload cut per route segment) and long strings (the
// HTML); JSON alone would write a Buffer as a list of numbers and a Map as {}.
// Here every Buffer and long string is copied once, as bytes, and rebuilt on
// read; a Map comes back as a Map.
//
//   [4 bytes: length of the JSON][JSON][part 0][part 1]...
//
// In the JSON a part is {"$b": i} (bytes, read back as a Buffer) or
// {"$s": i} (a UTF-8 string), a Map is {"$m": [[key, value], ...]}, negative
// zero (which JSON writes as 0) is {"$z": 0}, and an object key that starts
// with "$" gets one more "$" in front.

/** Strings longer than this are stored as bytes, not escaped into the JSON. */
const LONG_STRING = 1024;

/**
 * @param {unknown} value
 * @returns {Buffer}
 */
export function encodeFrame(value) {
  /** @type {Buffer[]} */
  const parts = [];
  /** @param {unknown} v @returns {unknown} */
  const walk = (v) => {
    if (v instanceof Uint8Array) {
      parts.push(Buffer.from(v.buffer, v.byteOffset, v.byteLength));
      return { $b: parts.length - 1 };
    }
    if (typeof v === "string" && v.length > LONG_STRING) {
      parts.push(Buffer.from(v, "utf8"));
      return { $s: parts.length - 1 };
    }
    if (v instanceof Map) return { $m: [...v].map(([key, item]) => [walk(key), walk(item)]) };
    if (Object.is(v, -0)) return { $z: 0 };
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined || typeof item === "function") continue;
        Object.defineProperty(out, key.startsWith("$") ? `$${key}` : key, { value: walk(item), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return v;
  };
  const description = walk(value);
  const json = Buffer.from(JSON.stringify({ d: description, p: parts.map((p) => p.length) }), "utf8");
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(json.length, 0);
  return Buffer.concat([head, json, ...parts]);
}

/**
 * @param {Buffer} frame
 * @returns {unknown}
 */
export function decodeFrame(frame) {
  const jsonLength = frame.readUInt32BE(0);
  const { d, p } = /** @type {{ d: unknown; p: number[] }} */ (JSON.parse(frame.toString("utf8", 4, 4 + jsonLength)));
  /** @type {Buffer[]} */
  const parts = [];
  let offset = 4 + jsonLength;
  for (const length of p) {
    // A copy, so that one stored entry handed out twice never shares memory with a caller that keeps it.
    parts.push(Buffer.from(frame.subarray(offset, offset + length)));
    offset += length;
  }
  if (offset !== frame.length) throw new Error("cache frame: length mismatch");
  /** @param {unknown} v @returns {unknown} */
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const o = /** @type {Record<string, unknown>} */ (v);
    if (typeof o.$b === "number") return part(parts, o.$b);
    if (typeof o.$s === "number") return part(parts, o.$s).toString("utf8");
    if (Array.isArray(o.$m)) return new Map(o.$m.map((pair) => [walk(pair[0]), walk(pair[1])]));
    if (o.$z === 0) return -0;
    /** @type {Record<string, unknown>} */
    const out = {};
    // defineProperty: a key named "__proto__" stays a key.
    for (const [key, item] of Object.entries(o)) Object.defineProperty(out, key.startsWith("$") ? key.slice(1) : key, { value: walk(item), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return walk(d);
}

/** @param {Buffer[]} parts @param {number} index */
function part(parts, index) {
  const found = parts[index];
  if (!found) throw new Error("cache frame: missing part");
  return found;
}
