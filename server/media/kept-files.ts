import "server-only";
// Pictures made from the library on first request (crops, share cards) and kept in the media directory,
// beside the uploads, so that every instance sharing that directory makes each one once.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/server/services/media";

/** Making a picture takes a core for tens of milliseconds: two at a time, so a crawler cannot starve readers. */
const MAX_MAKING = 2;
let making = 0;
const waiting: (() => void)[] = [];
/** One making per file, however many ask for it at once. */
const inFlight = new Map<string, Promise<Buffer>>();

/** The kept file at `relative` (under the media directory), made by `make` when it is not there yet. */
export async function keptFile(relative: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(/* turbopackIgnore: true */ mediaDir(), relative);
  const kept = await readFile(file).catch(() => null);
  if (kept) return kept;
  let pending = inFlight.get(file);
  if (!pending) {
    pending = makeAndKeep(file, make).finally(() => inFlight.delete(file));
    inFlight.set(file, pending);
  }
  return pending;
}

async function makeAndKeep(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  if (making >= MAX_MAKING) await new Promise<void>((resolve) => waiting.push(resolve));
  making++;
  try {
    const data = await make();
    await mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed: a reader on another instance never sees half a file.
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
    return data;
  } finally {
    making--;
    waiting.shift()?.();
  }
}
