// The WordPress import form's upload (/admin/import, admins only): a multipart form with `export` (the WXR
// file), optionally `uploads` (a zip or tar of wp-content/uploads) and `dryRun`. The files are streamed to
// a folder of their own on disk, never held whole in memory, up to IMPORT_MAX_BYTES together; the import
// then runs after the answer, a redirect to its page.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { after } from "next/server";
import { env } from "@/lib/env";
import { formatSize } from "@/lib/wordpress/report";
import { canImport } from "@/server/auth/policies";
import { getSignedIn } from "@/server/auth/session";
import { fromOwnSite } from "@/server/http/same-origin";
import { requestAddress } from "@/server/http/request-address";
import { log } from "@/server/log";
import { runImport, startImportRun, type ImportUpload } from "@/server/services/import-runs";

/** Room for the multipart framing and the short fields around the files. */
const FRAMING_BYTES = 64 * 1024;

class UploadError extends Error {
  constructor(readonly code: "too-large" | "no-file" | "form") {
    super(code);
  }
}

/** Back to the form, which says what went wrong (a plain form post gets a page, not JSON). */
const back = (code: string) => new Response(null, { status: 303, headers: { location: `/admin/import?error=${code}` } });

function tooLarge() {
  const limit = formatSize(env.IMPORT_MAX_BYTES);
  return new Response(
    `<!doctype html><meta charset="utf-8"><title>Upload too large</title><p>The files are larger than ${limit} together, the most the import form takes. Import a larger site with the command (npm run import:wordpress), or raise IMPORT_MAX_BYTES.</p><p><a href="/admin/import">Back to the import</a></p>`,
    { status: 413, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } },
  );
}

export async function POST(request: Request) {
  // The session cookie rides along with a form another site posts here; the origin says who sent it.
  if (!fromOwnSite(request.headers, env.SITE_URL)) return Response.json({ error: "Imports are taken only from this site's own pages." }, { status: 403 });
  const signedIn = await getSignedIn();
  if (!signedIn) return Response.json({ error: "Sign in to import a site." }, { status: 401 });
  if (signedIn.mustEnrol) return Response.json({ error: "Set up two-factor sign-in on your account page first." }, { status: 403 });
  const { actor } = signedIn;
  if (!canImport(actor)) return Response.json({ error: "Only admins can import a site." }, { status: 403 });
  // A declared length past the limit is refused before anything is read.
  if (Number(request.headers.get("content-length") ?? 0) > env.IMPORT_MAX_BYTES + FRAMING_BYTES) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body) return back("form");

  const dir = await mkdtemp(path.join(os.tmpdir(), "ledger-import-"));
  let upload: ImportUpload;
  try {
    upload = await receive(request.body, type, dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (!(error instanceof UploadError)) {
      log.warn({ err: error }, "import upload could not be read");
      return back("form");
    }
    return error.code === "too-large" ? tooLarge() : back(error.code);
  }
  let run: { id: string };
  try {
    run = await startImportRun(actor, upload);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const address = await requestAddress();
  after(() => runImport(actor, run.id, upload, address));
  return new Response(null, { status: 303, headers: { location: `/admin/import/${run.id}` } });
}

/** Streams the form's files into `dir`; refuses (and stops reading) past the size limit. */
function receive(body: ReadableStream<Uint8Array>, contentType: string, dir: string): Promise<ImportUpload> {
  return new Promise((resolve, reject) => {
    const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    const form = Busboy({ headers: { "content-type": contentType }, limits: { files: 2, fields: 10, parts: 12, fileSize: env.IMPORT_MAX_BYTES } });
    const files: Partial<Record<"export" | "uploads", { file: string; name: string }>> = {};
    const writes: Promise<void>[] = [];
    let dryRun = false;
    let total = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      // Reading stops here: the rest of the upload is neither read nor kept.
      source.destroy();
      reject(error);
    };
    form.on("file", (field, stream, filename) => {
      if ((field !== "export" && field !== "uploads") || !filename || files[field]) {
        stream.resume();
        return;
      }
      const file = path.join(dir, field === "export" ? "export.xml" : "uploads-archive");
      files[field] = { file, name: path.basename(filename.replace(/\\/g, "/")) };
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > env.IMPORT_MAX_BYTES) fail(new UploadError("too-large"));
      });
      stream.on("limit", () => fail(new UploadError("too-large")));
      const write = pipeline(stream, createWriteStream(file));
      // Awaited at the end; a write cut short by a refusal must not count as unhandled meanwhile.
      write.catch(() => {});
      writes.push(write);
    });
    form.on("field", (name, value) => {
      if (name === "dryRun") dryRun = value === "on" || value === "true";
    });
    form.on("error", (error: Error) => fail(error));
    form.on("finish", () => {
      Promise.all(writes).then(() => {
        if (failed) return;
        const exported = files.export;
        if (!exported) return fail(new UploadError("no-file"));
        resolve({ dir, exportFile: exported.file, exportName: exported.name, archiveFile: files.uploads?.file, archiveName: files.uploads?.name, dryRun });
      }, fail);
    });
    source.on("error", (error) => fail(error));
    source.pipe(form);
  });
}
