export type Chunk = string | Uint8Array;

/** A chunk as res.write/res.end receive it, as bytes (null for a callback in the chunk's place). */
export function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
}

/** The completion callback among the arguments of res.write or res.end, if any. */
export function callbackIn(args: unknown[]): (() => void) | undefined {
  return args.find((a): a is () => void => typeof a === "function");
}
