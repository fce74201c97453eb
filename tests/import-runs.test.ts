// The import an admin starts from the upload form, after the upload: run as that admin, refused whole for a
// damaged file, a dry run that writes nothing, images from an uploaded archive (and nothing else from it), and
// an export read as a stream whatever its size. Against the real database, as tests/wordpress-import.test.ts.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWxrFile } from "@/lib/wordpress/wxr";
import type { Actor, Role } from "@/server/auth/policies";
import { db } from "@/server/db";
import { getImportRun } from "@/server/data/import-runs";
import { ArchiveError, unpackUploads } from "@/server/services/import-archive";
import { runImport, startImportRun, type ImportUpload } from "@/server/services/import-runs";
import { ImportError, readWordPressExport } from "@/server/services/wordpress-import";
import { writeWordPressSample } from "../scripts/lib/wordpress-sample";
import { accountsInEveryRole, removeAccounts } from "./helpers/accounts";
import { COURIER, forgetImport, taxonomyBefore, type Taxonomy } from "./helpers/wordpress-import";

const fixtures = path.resolve(import.meta.dirname, "fixtures/wordpress");
const SOURCE = COURIER;

let actors: Record<Role, Actor>;
let existing: Taxonomy;


async function counts() {
  const [articles, media, revisions, redirects, imported] = await Promise.all([db.article.count(), db.media.count(), db.revision.count(), db.pathRedirect.count(), db.importedItem.count()]);
  return { articles, media, revisions, redirects, imported };
}

/** What the upload route leaves on disk: a folder of its own holding the export (and the archive). */
async function upload(exportText: string, options: { archive?: Buffer; dryRun?: boolean } = {}): Promise<ImportUpload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-import-test-"));
  const exportFile = path.join(dir, "export.xml");
  await writeFile(exportFile, exportText);
  let archiveFile: string | undefined;
  if (options.archive) await writeFile((archiveFile = path.join(dir, "uploads-archive")), options.archive);
  return { dir, exportFile, exportName: "courier.xml", archiveFile, archiveName: archiveFile ? "uploads.tar.gz" : undefined, dryRun: !!options.dryRun };
}

async function start(actor: Actor, files: ImportUpload) {
  const run = await startImportRun(actor, files);
  await runImport(actor, run.id, files, "203.0.113.9");
  return (await getImportRun(run.id))!;
}

/** A zip file written by hand (stored, not compressed), so a test can put in it what no zip tool would. */
function zip(entries: { name: string; data: Buffer; symlink?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by Unix, so the mode in the external attributes counts
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.symlink ? 0o120777 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

beforeAll(async () => {
  await forgetImport(db, SOURCE);
  existing = await taxonomyBefore(db);
  actors = await accountsInEveryRole("Importer");
});

afterAll(async () => {
  await forgetImport(db, SOURCE, existing);
  await db.importRun.deleteMany({ where: { userId: { in: Object.values(actors).map((a) => a.id) } } });
  await removeAccounts(actors);
});

describe("an import from the upload form", () => {
  it("is refused to an editor: no run is recorded", async () => {
    const files = await upload(await readFile(path.join(fixtures, "courier.xml"), "utf8"));
    await expect(startImportRun(actors.editor, files)).rejects.toThrow(ImportError);
    expect(await db.importRun.count({ where: { userId: actors.editor.id } })).toBe(0);
    await rm(files.dir, { recursive: true, force: true });
  });

  it("refuses a damaged file with its line and column, writes nothing, and removes the upload", async () => {
    const text = (await readFile(path.join(fixtures, "courier.xml"), "utf8")).replace("</wp:post_name>", "</wp:post_nam>");
    const files = await upload(text);
    const before = await counts();
    const run = await start(actors.admin, files);
    expect(run.status).toBe("refused");
    expect(run.message).toMatch(/^The file is not well-formed XML \(line \d+, column \d+\)/);
    expect(run.report).toBeNull();
    expect(await counts()).toEqual(before);
    await expect(readdir(files.dir)).rejects.toThrow();
    const audit = await db.auditEvent.findFirst({ where: { action: "import.run", targetId: run.id } });
    expect(audit).toMatchObject({ actorId: actors.admin.id, actorKind: "user", address: "203.0.113.9" });
    expect(audit?.summary).toMatch(/^refused: The file is not well-formed XML/);
  });

  it("refuses an archive that is not one, before anything is imported", async () => {
    const files = await upload(await readFile(path.join(fixtures, "courier.xml"), "utf8"), { archive: Buffer.from("not an archive at all") });
    const before = await counts();
    const run = await start(actors.admin, files);
    expect(run).toMatchObject({ status: "refused", message: "The uploads file is not a zip or tar archive." });
    expect(await counts()).toEqual(before);
  });

  it("a dry run shows the report of what would happen and writes nothing", async () => {
    const files = await upload(await readFile(path.join(fixtures, "courier.xml"), "utf8"), { dryRun: true });
    const before = await counts();
    const run = await start(actors.admin, files);
    expect(run.status).toBe("done");
    expect(run.report).toMatchObject({ dryRun: true, counts: { created: 8, skipped: 1, failed: 0 } });
    expect(await counts()).toEqual(before);
  });

  it("imports as the admin who uploaded it, with the images of an uploaded tar of wp-content/uploads", async () => {
    const archive = path.join(await mkdtemp(path.join(os.tmpdir(), "ledger-archive-")), "uploads.tar.gz");
    const site = path.join(path.dirname(archive), "site");
    await mkdir(path.join(site, "wp-content"), { recursive: true });
    await cp(path.join(fixtures, "uploads"), path.join(site, "wp-content", "uploads"), { recursive: true });
    await writeFile(path.join(site, "wp-content", "uploads", "shell.php"), "<?php system($_GET['c']);");
    await tar.c({ gzip: true, file: archive, cwd: site }, ["wp-content"]);
    const files = await upload(await readFile(path.join(fixtures, "courier.xml"), "utf8"), { archive: await readFile(archive) });
    const run = await start(actors.admin, files);
    expect(run.status).toBe("done");
    expect(run.report?.counts).toEqual({ created: 8, updated: 0, unchanged: 0, skipped: 1, failed: 0 });
    const item = await db.importedItem.findUniqueOrThrow({ where: { key: `${SOURCE}post-101` }, select: { article: { include: { heroImage: true, revisions: true } } } });
    expect(item.article?.heroImage).toMatchObject({ width: 120, height: 80, uploadedById: actors.admin.id });
    expect(item.article).toMatchObject({ createdById: actors.admin.id, updatedById: actors.admin.id });
    expect(item.article?.revisions.map((r) => [r.kind, r.userId])).toEqual([["import", actors.admin.id]]);
    const audit = await db.auditEvent.findMany({ where: { actorId: actors.admin.id, action: { in: ["article.import", "media.import", "import.run"] } }, select: { action: true, address: true } });
    expect(audit.filter((a) => a.action === "article.import")).toHaveLength(8);
    expect(audit.filter((a) => a.action === "media.import")).toHaveLength(2);
    expect(audit.every((a) => a.address === "203.0.113.9")).toBe(true);
    expect(audit.some((a) => a.action === "import.run")).toBe(true);
  });
});

describe("an uploaded archive of images", () => {
  it("is unpacked image by image: links and anything that is not an image are left behind", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-unzip-"));
    const archive = path.join(dir, "uploads.zip");
    const jpeg = await readFile(path.join(fixtures, "uploads/2024/03/north-lighthouse.jpg"));
    await writeFile(
      archive,
      zip([
        { name: "wp-content/uploads/2024/03/north-lighthouse.jpg", data: jpeg },
        { name: "wp-content/uploads/2024/03/link.jpg", data: Buffer.from("/etc/passwd"), symlink: true },
        { name: "wp-content/uploads/2024/03/backdoor.php", data: Buffer.from("<?php ?>") },
      ]),
    );
    const root = await unpackUploads(archive, path.join(dir, "out"), 10 * 2 ** 20);
    expect(root).toBe(path.join(dir, "out", "wp-content", "uploads"));
    expect(await readdir(path.join(root, "2024/03"))).toEqual(["north-lighthouse.jpg"]);
  });

  it("is refused whole when an entry's path climbs out of it, and nothing lands outside", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-unzip-"));
    const archive = path.join(dir, "uploads.zip");
    await writeFile(archive, zip([{ name: "uploads/../../escaped.jpg", data: Buffer.from("x") }]));
    await expect(unpackUploads(archive, path.join(dir, "out", "in"), 10 * 2 ** 20)).rejects.toThrow(ArchiveError);
    expect((await readdir(dir)).sort()).toEqual(["out", "uploads.zip"]);
    expect(await readdir(path.join(dir, "out"))).toEqual(["in"]);
  });

  it("is refused when it unpacks to more than the limit", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-unzip-"));
    const archive = path.join(dir, "uploads.zip");
    await writeFile(archive, zip([{ name: "a.jpg", data: Buffer.alloc(2048) }, { name: "b.jpg", data: Buffer.alloc(2048) }]));
    await expect(unpackUploads(archive, path.join(dir, "out"), 3000)).rejects.toThrow("unpacks to more than");
  });
});

describe("a large export", () => {
  it("is read as a stream: posts come out while the rest of the file has not been written yet", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-big-export-"));
    const file = path.join(dir, "big.xml");
    // About 25 MB: 10,000 posts and 2,000 attachments.
    await writeWordPressSample({ posts: 10_000, file, everyImage: 5 });
    const wxr = await readWordPressExport(file);
    expect(wxr.posts).toBe(10_000);
    expect(wxr.attachments.size).toBe(2_000);
    // Through a pipe: the second half is written only once the reader has handed over a post from the first.
    // A reader that waited for the whole file would wait for ever (and the test time out).
    const pipe = path.join(dir, "export.pipe");
    execFileSync("mkfifo", [pipe]);
    const text = await readFile(file);
    let firstPost!: () => void;
    const gotFirstPost = new Promise<void>((resolve) => (firstPost = resolve));
    const writer = (async () => {
      const out = createWriteStream(pipe);
      out.write(text.subarray(0, text.length / 2));
      await gotFirstPost;
      out.end(text.subarray(text.length / 2));
      await once(out, "finish");
    })();
    let posts = 0;
    for await (const item of readWxrFile(pipe)) {
      if (item.postType !== "post") continue;
      if (++posts === 1) firstPost();
    }
    await writer;
    expect(posts).toBe(10_000);
    await rm(dir, { recursive: true, force: true });
  });
});
