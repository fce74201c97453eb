import "server-only";
// A copy of WordPress's wp-content/uploads, uploaded as a zip or a tar (plain or gzipped) beside an export,
// unpacked into a folder the import reads images from. Only image files are written, only as regular files
// (no links, devices or folders of their own), only under that folder, and only up to a total size and
// number of files: an archive that asks for more is refused as a whole.
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import yauzl from "yauzl";
import { formatSize } from "@/lib/wordpress/report";

export class ArchiveError extends Error {}

/** The files the import can use; everything else in a site's uploads folder (scripts, documents) is skipped. */
const IMAGE = /\.(jpe?g|png|gif|webp|avif)$/i;
const MAX_FILES = 200_000;

type Budget = { bytes: number; files: number; maxBytes: number };

function spend(budget: Budget, size: number) {
  budget.bytes += size;
  budget.files += 1;
  if (budget.bytes > budget.maxBytes) throw new ArchiveError(`The uploads archive unpacks to more than ${formatSize(budget.maxBytes)} of images.`);
  if (budget.files > MAX_FILES) throw new ArchiveError(`The uploads archive holds more than ${MAX_FILES.toLocaleString("en")} images.`);
}

/** Where an entry may be written inside `dest`, or null: absolute paths and ".." never leave it. */
function target(dest: string, name: string): string | null {
  const normal = path.posix.normalize(name.replace(/\\/g, "/"));
  if (path.posix.isAbsolute(normal) || normal.split("/").includes("..") || !IMAGE.test(normal)) return null;
  const file = path.resolve(dest, ...normal.split("/"));
  return file.startsWith(path.resolve(dest) + path.sep) ? file : null;
}

async function kind(file: string): Promise<"zip" | "gzip" | "tar" | null> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 4 && head.readUInt32LE(0) === 0x04034b50) return "zip";
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
    if (bytesRead >= 262 && head.subarray(257, 262).toString("latin1") === "ustar") return "tar";
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Unpacks the images of `archive` under `dest` and returns the folder to read them from: the archive's own
 * uploads folder when it has one ("wp-content/uploads/…" or "uploads/…"), else `dest`.
 */
export async function unpackUploads(archive: string, dest: string, maxBytes: number): Promise<string> {
  const budget: Budget = { bytes: 0, files: 0, maxBytes };
  await mkdir(dest, { recursive: true });
  const type = await kind(archive);
  if (!type) throw new ArchiveError("The uploads file is not a zip or tar archive.");
  try {
    if (type === "zip") await unzip(archive, dest, budget);
    else await untar(archive, dest, budget);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`The uploads archive could not be unpacked: ${(error as Error).message}.`);
  }
  return uploadsRoot(dest);
}

async function untar(archive: string, dest: string, budget: Budget) {
  let refused: Error | null = null;
  await tar.x({
    file: archive,
    cwd: dest,
    strict: true,
    // Running as root, tar would otherwise give files the owners recorded in the archive.
    preserveOwner: false,
    noChmod: true,
    noMtime: true,
    filter: (name, entry) => {
      if (refused || !("type" in entry) || (entry.type !== "File" && entry.type !== "OldFile") || !target(dest, name)) return false;
      try {
        spend(budget, entry.size ?? 0);
        return true;
      } catch (error) {
        refused = error as Error;
        return false;
      }
    },
  });
  if (refused) throw refused;
}

function unzip(archive: string, dest: string, budget: Budget): Promise<void> {
  return new Promise((resolve, reject) => {
    // validateEntrySizes (the default) fails an entry whose data is longer than its header says.
    yauzl.open(archive, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("unreadable"));
      const fail = (reason: Error) => {
        zip.close();
        reject(reason);
      };
      zip.on("error", fail);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
        const file = target(dest, entry.fileName);
        // Folders, links (mode 0o120000) and anything that is not an image are passed over.
        if (entry.fileName.endsWith("/") || mode === 0o120000 || !file) return zip.readEntry();
        try {
          spend(budget, entry.uncompressedSize);
        } catch (reason) {
          return fail(reason as Error);
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError ?? new Error("unreadable entry"));
          mkdir(path.dirname(file), { recursive: true })
            // "wx": a second entry of the same name never overwrites the first.
            .then(() => pipeline(stream, createWriteStream(file, { flags: "wx" })))
            .then(() => zip.readEntry(), (reason: NodeJS.ErrnoException) => (reason.code === "EEXIST" ? zip.readEntry() : fail(reason)));
        });
      });
      zip.readEntry();
    });
  });
}

async function uploadsRoot(dest: string): Promise<string> {
  const isDir = async (dir: string) => (await stat(dir).catch(() => null))?.isDirectory() ?? false;
  for (const candidate of [path.join(dest, "wp-content", "uploads"), path.join(dest, "uploads")]) if (await isDir(candidate)) return candidate;
  // One folder around it, as an archive of the whole site has ("mysite/wp-content/uploads").
  for (const entry of await readdir(dest, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const candidate of [path.join(dest, entry.name, "wp-content", "uploads"), path.join(dest, entry.name, "uploads")]) if (await isDir(candidate)) return candidate;
  }
  return dest;
}
