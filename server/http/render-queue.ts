// Admission control for renders: requests the page cache cannot answer reach
// Next at most `limit` at a time; the rest wait in arrival order, up to
// `maxWaiting` of them.
//
// A render is CPU-bound JavaScript on one thread. Past a few at once, more
// renders add no throughput: they interleave, each holding its React tree and
// query results meanwhile, so memory grows with the crowd and every one of them
// finishes late. Queued, they finish in order at the same rate, and the heap
// needs room for `limit` renders only (which is what lets the server run with a
// small, fixed heap; see scripts/lib/serve-command.ts).
//
// The line is bounded. When more distinct pages are asked for than the server
// can render (a crawler gone wild, a flood of made-up URLs), a reader at the
// back would wait longer than anyone waits for a page, while holding a socket
// and memory. Past `maxWaiting`, readers' page requests are turned away at
// once (the front answers 503 with Retry-After), and those already in line
// are served in time. Writes, the admin, previews, the API and files are never
// turned away, nor counted: an editor's save waits its turn.
import type { IncomingMessage, ServerResponse } from "node:http";

// Probes answer at once even when renders queue (the outage check asks /api/ready while its own
// request holds a slot), and build assets are plain files.
const UNQUEUED = /^\/(?:api\/(?:health|ready)(?:[/?]|$)|_next\/static\/)/;

export type RenderQueueOptions = {
  limit: number;
  /** How many readers' page requests may wait (writes, the admin and previews are not counted); more are refused. Unlimited by default. */
  maxWaiting?: number;
  /** Paths of plain files Next serves as they are (the public/ folder): they skip the queue too. */
  files?: ReadonlySet<string>;
};

export class RenderQueue {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  #waitingReaders = 0;

  readonly limit: number;
  readonly maxWaiting: number;
  readonly #files: ReadonlySet<string>;

  constructor({ limit, maxWaiting = Infinity, files = new Set() }: RenderQueueOptions) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a render limit must be a positive integer, not ${limit}`);
    if (!(maxWaiting === Infinity || (Number.isInteger(maxWaiting) && maxWaiting >= 0))) {
      throw new Error(`a queue length must be a whole number, not ${maxWaiting}`);
    }
    this.limit = limit;
    this.maxWaiting = maxWaiting;
    this.#files = files;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Readers' page requests among those waiting: the ones `maxWaiting` counts. */
  get waitingReaders(): number {
    return this.#waitingReaders;
  }

  /**
   * Resolves when `req` may go to Next. Its slot is freed when the response or its connection closes:
   * sent, failed or abandoned. A client that leaves while waiting gives up its place without ever taking a slot.
   * Null when `maxWaiting` readers already wait and `req` is a reader's page request that may be turned
   * away (`refusable`; not a reader who has already waited for someone else's render): it is not admitted at all.
   */
  enter(req: IncomingMessage, res: ServerResponse, { refusable = true }: { refusable?: boolean } = {}): Promise<void> | null {
    const url = req.url ?? "";
    if (UNQUEUED.test(url) || this.#files.has(url.split("?", 1)[0]!)) return Promise.resolve();
    // A connection already gone would never report "close" to free a slot: let it through without one.
    if (req.socket.destroyed) return Promise.resolve();
    const reader = isReaderPage(req, url);
    if (refusable && reader && this.#active >= this.limit && this.#waitingReaders >= this.maxWaiting) return null;
    return new Promise((resolve) => {
      let admitted = false;
      const admit = () => {
        admitted = true;
        this.#active++;
        resolve();
      };
      // Its place in line: leaving the line, by turn or by closing, takes a reader off the count.
      const turn = () => {
        if (reader) this.#waitingReaders--;
        admit();
      };
      onClosed(req, res, () => {
        if (!admitted) {
          const place = this.#waiting.indexOf(turn);
          if (place !== -1) {
            this.#waiting.splice(place, 1);
            if (reader) this.#waitingReaders--;
          }
          return;
        }
        this.#active--;
        this.#waiting.shift()?.();
      });
      if (this.#active < this.limit) return admit();
      if (reader) this.#waitingReaders++;
      this.#waiting.push(turn);
    });
  }
}

/**
 * A reader's page request: not a write (a form, a server action, a view beacon), not the admin or an
 * editor's preview, not the API, not an image or other file (a broken image on a page that did load helps nobody).
 */
function isReaderPage(req: IncomingMessage, url: string): boolean {
  return (req.method === "GET" || req.method === "HEAD") && !/^\/(?:admin|preview|api|_next|media)(?:[/?]|$)/.test(url);
}

/**
 * Calls `listener` once, when the response or its connection closes, whichever comes first. The
 * connection's close counts for a request pipelined behind others on a connection that closed: Node
 * drops its response without a close event.
 */
export function onClosed(req: IncomingMessage, res: ServerResponse, listener: () => void): void {
  let called = false;
  const closed = () => {
    // The connection's close emits the response's first, and an emit in progress still calls a
    // listener removed during it: hence the flag as well as the removal.
    if (called) return;
    called = true;
    res.off("close", closed);
    req.socket.off("close", closed);
    listener();
  };
  res.once("close", closed);
  req.socket.once("close", closed);
}
