// Admission control for renders: requests the page cache cannot answer reach
// Next at most `limit` at a time; the rest wait in arrival order.
//
// A render is CPU-bound JavaScript on one thread. Past a few at once, more
// renders add no throughput: they interleave, each holding its React tree and
// query results meanwhile, so memory grows with the crowd and every one of them
// finishes late. Queued, they finish in order at the same rate, and the heap
// needs room for `limit` renders only (which is what lets the server run with a
// small, fixed heap; see scripts/lib/serve-command.ts).
import type { IncomingMessage, ServerResponse } from "node:http";

// Probes answer at once even when renders queue (the outage check asks /api/ready while its own
// request holds a slot), and build assets are plain files.
const UNQUEUED = /^\/(?:api\/(?:health|ready)(?:[/?]|$)|_next\/static\/)/;

export type RenderQueueOptions = {
  limit: number;
  /** Paths of plain files Next serves as they are (the public/ folder): they skip the queue too. */
  files?: ReadonlySet<string>;
};

export class RenderQueue {
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  readonly limit: number;
  readonly #files: ReadonlySet<string>;

  constructor({ limit, files = new Set() }: RenderQueueOptions) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a render limit must be a positive integer, not ${limit}`);
    this.limit = limit;
    this.#files = files;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Resolves when `req` may go to Next. Its slot is freed when the response or its connection closes:
   * sent, failed or abandoned. A client that leaves while waiting gives up its place without ever taking a slot.
   */
  enter(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "";
    if (UNQUEUED.test(url) || this.#files.has(url.split("?", 1)[0]!)) return Promise.resolve();
    // A connection already gone would never report "close" to free a slot: let it through without one.
    if (req.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      let admitted = false;
      const admit = () => {
        admitted = true;
        this.#active++;
        resolve();
      };
      onClosed(req, res, () => {
        if (!admitted) {
          const place = this.#waiting.indexOf(admit);
          if (place !== -1) this.#waiting.splice(place, 1);
          return;
        }
        this.#active--;
        this.#waiting.shift()?.();
      });
      if (this.#active < this.limit) admit();
      else this.#waiting.push(admit);
    });
  }
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
