// @ts-check
// Where Next's caches keep their entries, and when each cache tag last expired.
//
// Two stores with one interface:
// - RedisStore (REDIS_URL set): shared by every instance. Entries and the tag
//   expiry times live in Redis and nothing is kept in the process, so a tag
//   expired by any instance is expired for all of them at the next lookup.
//   Each lookup is one round trip (a Lua script returns the entry and the
//   newest expiry of its tags together).
// - MemoryStore (the single-process default): the same rules in a Map with a
//   byte budget, least recently used entries dropped first. Large entries
//   (rendered pages) are kept compressed: an article's HTML and payload take
//   about a quarter of the memory (28 of 120 KB), so the budget holds four
//   times the pages.
//
// Every Redis call has a deadline and the client queues nothing while
// disconnected: when Redis cannot be reached, lookups are misses and writes are
// skipped at once (for a second after each failure, then it is tried again),
// so pages are rendered from the database instead of waiting. Tag expiries that
// could not be written are kept and written when Redis answers again.
import { deflateRaw, inflateRawSync } from "node:zlib";
import { createClient, RESP_TYPES } from "redis";

/** @typedef {{ staleAt: number; expiredAt: number }} TagTimes */
/** @typedef {{ value: Buffer; tags: string[] } & TagTimes} Found */
/**
 * @typedef {object} Store
 * @property {string} kind
 * @property {(key: string, extraTags: string[]) => Promise<Found | null>} get
 *   The entry under `key`, with the newest stale and (past) expiry times of its tags and `extraTags`.
 * @property {(key: string, value: Buffer, tags: string[], ttlSeconds: number, renderedAt: number) => Promise<TagTimes | null>} set
 *   Stores the entry unless one of its tags expired after `renderedAt`; returns its tags' times (null: unknown).
 * @property {(tags: string[], staleAt: number, expiredAt: number) => Promise<boolean>} expire
 *   Records that the tags went stale (and expire) at these times; false when it could not be recorded now.
 * @property {() => Promise<void>} close
 */

const NO_TIMES = { staleAt: 0, expiredAt: 0 };

/**
 * The newest stale time and the newest expiry that has already passed, over `tags`.
 * @param {Map<string, TagTimes>} times @param {Iterable<string>} tags @param {number} now
 * @returns {TagTimes}
 */
function newest(times, tags, now) {
  let staleAt = 0;
  let expiredAt = 0;
  for (const tag of tags) {
    const t = times.get(tag);
    if (!t) continue;
    if (t.staleAt > staleAt) staleAt = t.staleAt;
    if (t.expiredAt <= now && t.expiredAt > expiredAt) expiredAt = t.expiredAt;
  }
  return { staleAt, expiredAt };
}

/**
 * Entries from this size up are compressed once stored. The compression runs on libuv's thread pool after
 * `set` returns, so the render that stored the entry does not wait for it; reading it back inflates it (about
 * 0.3 ms for a page). Pages are read back when the front's copy of the page cannot answer; the few cached
 * reads this large (a live blog's page of entries) at every render that uses them.
 */
const COMPRESS_FROM = 16 * 1024;

/** @implements {Store} */
export class MemoryStore {
  kind = "memory";
  /** @type {Map<string, { value: Buffer; compressed: boolean; tags: string[]; until: number }>} */
  #entries = new Map();
  /** @type {Map<string, TagTimes>} */
  #tags = new Map();
  #bytes = 0;
  #budget;

  /** @param {number} budgetBytes */
  constructor(budgetBytes) {
    this.#budget = budgetBytes;
  }

  /** @param {string} key @param {string[]} extraTags */
  async get(key, extraTags) {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    const now = Date.now();
    if (entry.until <= now) {
      this.#drop(key);
      return null;
    }
    // Used again: to the back of the line.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    let value = entry.value;
    if (entry.compressed) {
      try {
        value = inflateRawSync(entry.value);
      } catch {
        // Never expected (the bytes were deflated here), but an unreadable entry goes rather than failing every read.
        this.#drop(key);
        return null;
      }
    }
    return { value, tags: entry.tags, ...newest(this.#tags, [...entry.tags, ...extraTags], now) };
  }

  /** @param {string} key @param {Buffer} value @param {string[]} tags @param {number} ttlSeconds @param {number} renderedAt */
  async set(key, value, tags, ttlSeconds, renderedAt) {
    const times = newest(this.#tags, tags, Date.now());
    if (times.expiredAt >= renderedAt || value.length > this.#budget / 4) return times;
    this.#drop(key);
    const entry = { value, compressed: false, tags, until: Date.now() + ttlSeconds * 1000 };
    this.#entries.set(key, entry);
    this.#bytes += value.length;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.#budget) break;
      this.#drop(oldest);
    }
    if (value.length >= COMPRESS_FROM) this.#compress(key, entry);
    return times;
  }

  /** The bytes the entries take now. */
  get bytes() {
    return this.#bytes;
  }

  /** @param {string} key @param {{ value: Buffer; compressed: boolean }} entry */
  #compress(key, entry) {
    // Level 1: the fastest, and most of the gain on HTML and its payload.
    deflateRaw(entry.value, { level: 1 }, (error, packed) => {
      // Replaced or dropped meanwhile: nothing to do.
      if (error || this.#entries.get(key) !== entry || packed.length >= entry.value.length) return;
      // A small result can be a slice of zlib's 16 KB working buffer: kept as is, it would hold all of it
      // while counting only its own length.
      let exact = packed;
      if (packed.byteLength !== packed.buffer.byteLength) {
        exact = Buffer.allocUnsafeSlow(packed.length);
        packed.copy(exact);
      }
      this.#bytes -= entry.value.length - exact.length;
      entry.value = exact;
      entry.compressed = true;
    });
  }

  /** @param {string[]} tags @param {number} staleAt @param {number} expiredAt */
  async expire(tags, staleAt, expiredAt) {
    for (const tag of tags) {
      const current = this.#tags.get(tag) ?? NO_TIMES;
      this.#tags.set(tag, { staleAt: Math.max(current.staleAt, staleAt), expiredAt: Math.max(current.expiredAt, expiredAt) });
    }
    return true;
  }

  async close() {}

  /** @param {string} key */
  #drop(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.value.length;
    this.#entries.delete(key);
  }
}

// Entries are hashes: v = the frame, t = its tags, one per line. Tag times are "<staleAt>:<expiredAt>" in one hash.
const TAG_TIMES_LUA = `
local function newest(hash, tags, now)
  local stale, expired = 0, 0
  if #tags == 0 then return stale, expired end
  local times = redis.call('HMGET', hash, unpack(tags))
  for i = 1, #times do
    local t = times[i]
    if t then
      local s, e = string.match(t, '^(%d+):(%d+)$')
      s = tonumber(s)
      e = tonumber(e)
      if s > stale then stale = s end
      if e <= now and e > expired then expired = e end
    end
  end
  return stale, expired
end
local function split(text, into)
  if text then for tag in string.gmatch(text, '[^\\n]+') do into[#into + 1] = tag end end
  return into
end
`;

// KEYS: entry, tag hash. ARGV: now, extra tags...
const GET_LUA = `${TAG_TIMES_LUA}
local found = redis.call('HMGET', KEYS[1], 'v', 't')
if not found[1] then return false end
local tags = split(found[2], {})
for i = 2, #ARGV do tags[#tags + 1] = ARGV[i] end
local stale, expired = newest(KEYS[2], tags, tonumber(ARGV[1]))
return {found[1], found[2] or '', tostring(stale), tostring(expired)}
`;

// KEYS: entry, tag hash. ARGV: now, frame, tags (one per line), ttl seconds, rendered at.
const SET_LUA = `${TAG_TIMES_LUA}
local stale, expired = newest(KEYS[2], split(ARGV[3], {}), tonumber(ARGV[1]))
if expired < tonumber(ARGV[5]) then
  redis.call('HSET', KEYS[1], 'v', ARGV[2], 't', ARGV[3])
  redis.call('EXPIRE', KEYS[1], ARGV[4])
end
return {tostring(stale), tostring(expired)}
`;

// KEYS: tag hash. ARGV: stale at, expired at, tags... Times only move forward.
const EXPIRE_LUA = `
local s0, e0 = tonumber(ARGV[1]), tonumber(ARGV[2])
for i = 3, #ARGV do
  local s, e = s0, e0
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  if current then
    local cs, ce = string.match(current, '^(%d+):(%d+)$')
    s = math.max(s, tonumber(cs))
    e = math.max(e, tonumber(ce))
  end
  redis.call('HSET', KEYS[1], ARGV[i], string.format('%d:%d', s, e))
end
return #ARGV - 2
`;

// KEYS: tag hash. ARGV: cut-off, tags... Drops the tags whose times are all before the cut-off, checked here
// (not where they were read) so that a tag expired again meanwhile keeps its new time.
const PRUNE_LUA = `
local cutoff, removed = tonumber(ARGV[1]), 0
for i = 2, #ARGV do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  if current then
    local s, e = string.match(current, '^(%d+):(%d+)$')
    if math.max(tonumber(s), tonumber(e)) < cutoff then
      redis.call('HDEL', KEYS[1], ARGV[i])
      removed = removed + 1
    end
  end
end
return removed
`;

/** How long a failed Redis call keeps the store from trying again. */
const BACK_OFF_MS = 1000;
/**
 * How long a tag's expiry time is kept: longer than any entry lives (a week, storeLifetime in shared.mjs), so no
 * entry that is still kept was rendered before a time that is dropped. Without this, every tag ever expired (each
 * story, each old slug) would stay in the hash for good.
 */
export const TAG_TIME_KEPT_MS = 8 * 24 * 3600 * 1000;
/** How often each instance drops tag times no entry can need any more. */
const PRUNE_EVERY_MS = 6 * 3600 * 1000;

/** @implements {Store} */
export class RedisStore {
  kind = "redis";
  #client;
  #prefix;
  #tagHash;
  #downUntil = 0;
  #down = false;
  /** @type {{ tags: string[]; staleAt: number; expiredAt: number }[]} */
  #unwritten = [];
  /** @type {Map<string, string>} */
  #sha = new Map();
  #log;
  /** The first connection, which the first lookups wait for (briefly) rather than miss. @type {Promise<unknown> | null} */
  #connecting;
  #writtenLate;

  /**
   * `writtenLate` is told the tags of each expiry written after Redis came back: meanwhile another instance may
   * have served, and the HTTP cache kept, pages from entries the expiry should have ended.
   * @param {string} url
   * @param {{ prefix: string; timeoutMs?: number; log?: (level: "warn" | "info", message: string) => void; writtenLate?: (tags: string[]) => void }} options
   */
  constructor(url, { prefix, timeoutMs = 500, log = () => {}, writtenLate = () => {} }) {
    this.#prefix = prefix;
    this.#tagHash = `${prefix}:tags`;
    this.#log = log;
    this.#writtenLate = writtenLate;
    this.#client = createClient({
      url,
      disableOfflineQueue: true,
      pingInterval: 5000,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
      commandOptions: { timeout: timeoutMs, typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } },
    });
    this.#client.on("error", (/** @type {unknown} */ error) => this.#failed(error));
    this.#client.on("ready", () => void this.#recovered());
    const first = this.#client.connect().catch((/** @type {unknown} */ error) => this.#failed(error));
    this.#connecting = Promise.race([first, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]).then(() => {
      this.#connecting = null;
    });
    setInterval(() => void this.pruneTagTimes(), PRUNE_EVERY_MS).unref();
  }

  /**
   * Drops the tag times older than TAG_TIME_KEPT_MS, a few hundred at a time, so Redis is never held up for long.
   * Resolves with how many were dropped.
   */
  async pruneTagTimes(now = Date.now()) {
    const cutoff = now - TAG_TIME_KEPT_MS;
    let cursor = "0";
    let removed = 0;
    do {
      const page = await this.#attempt(() => this.#client.hScan(this.#tagHash, cursor, { COUNT: 500 }));
      if (!page) break;
      cursor = String(page.cursor);
      const tags = page.entries.filter(({ value }) => Math.max(...String(value).split(":").map(Number)) < cutoff).map(({ field }) => String(field));
      if (tags.length) removed += Number((await this.#attempt(() => this.#script(PRUNE_LUA, [this.#tagHash], [String(cutoff), ...tags]))) ?? 0);
    } while (cursor !== "0");
    return removed;
  }

  /** @param {string} key */
  #key(key) {
    return `${this.#prefix}:${key}`;
  }

  get #usable() {
    return this.#client.isReady && Date.now() >= this.#downUntil;
  }

  /** @param {unknown} error */
  #failed(error) {
    this.#downUntil = Date.now() + BACK_OFF_MS;
    if (this.#down) return;
    this.#down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.#log("warn", `shared cache (Redis) unreachable: rendering without it until it answers again (${reason})`);
  }

  async #recovered() {
    if (!this.#down) return;
    this.#down = false;
    this.#downUntil = 0;
    // Expiries recorded while Redis was away are written now, with the times they happened.
    const unwritten = this.#unwritten.splice(0);
    for (const { tags, staleAt, expiredAt } of unwritten) if (await this.expire(tags, staleAt, expiredAt)) this.#writtenLate(tags);
    this.#log("info", `shared cache (Redis) answering again${unwritten.length ? `; ${unwritten.length} tag expiries written late` : ""}`);
  }

  /**
   * Runs a script by its hash, loading it on first use (and after a Redis restart).
   * @param {string} script @param {string[]} keys @param {(string | Buffer)[]} args
   */
  async #script(script, keys, args) {
    let sha = this.#sha.get(script);
    if (!sha) {
      sha = String(await this.#client.scriptLoad(script));
      this.#sha.set(script, sha);
    }
    try {
      return await this.#client.evalSha(sha, { keys, arguments: args });
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      this.#sha.delete(script);
      return this.#client.eval(script, { keys, arguments: args });
    }
  }

  /**
   * @template T
   * @param {() => Promise<T>} call
   * @returns {Promise<T | undefined>}
   */
  async #attempt(call) {
    if (this.#connecting) await this.#connecting;
    if (!this.#usable) return undefined;
    try {
      const result = await call();
      if (this.#down) void this.#recovered();
      return result;
    } catch (error) {
      this.#failed(error);
      return undefined;
    }
  }

  /** @param {string} key @param {string[]} extraTags */
  async get(key, extraTags) {
    const reply = await this.#attempt(() => this.#script(GET_LUA, [this.#key(key), this.#tagHash], [String(Date.now()), ...extraTags]));
    if (!Array.isArray(reply)) return null;
    const [value, tags, staleAt, expiredAt] = /** @type {Buffer[]} */ (reply);
    if (!value || !tags) return null;
    return { value, tags: tags.toString("utf8").split("\n").filter(Boolean), staleAt: Number(String(staleAt)), expiredAt: Number(String(expiredAt)) };
  }

  /** @param {string} key @param {Buffer} value @param {string[]} tags @param {number} ttlSeconds @param {number} renderedAt */
  async set(key, value, tags, ttlSeconds, renderedAt) {
    const args = [String(Date.now()), value, tags.join("\n"), String(Math.max(1, Math.ceil(ttlSeconds))), String(Math.floor(renderedAt))];
    const reply = await this.#attempt(() => this.#script(SET_LUA, [this.#key(key), this.#tagHash], args));
    if (!Array.isArray(reply)) return null;
    return { staleAt: Number(String(reply[0])), expiredAt: Number(String(reply[1])) };
  }

  /** @param {string[]} tags @param {number} staleAt @param {number} expiredAt */
  async expire(tags, staleAt, expiredAt) {
    if (tags.length === 0) return true;
    const done = await this.#attempt(() => this.#script(EXPIRE_LUA, [this.#tagHash], [String(Math.floor(staleAt)), String(Math.floor(expiredAt)), ...tags]));
    if (done !== undefined) return true;
    if (this.#unwritten.length < 10_000) this.#unwritten.push({ tags, staleAt, expiredAt });
    return false;
  }

  async close() {
    await this.#client.close().catch(() => {});
  }
}
