// Image uploads (multipart form with `file`, optional `alt`, `caption`, `credit`).
import { getSignedIn } from "@/server/auth/session";
import { env } from "@/lib/env";
import { fromOwnSite } from "@/server/http/same-origin";
import { MediaError, storeUpload } from "@/server/services/media";
import { log } from "@/server/log";

/** Room for the multipart framing and the short text fields around the file. */
const FRAMING_BYTES = 64 * 1024;

const tooLarge = () => Response.json({ error: `The file is larger than ${Math.round(env.MEDIA_MAX_BYTES / 1024 / 1024)} MB.` }, { status: 413 });

export async function POST(request: Request) {
  // The session cookie rides along with a form another site posts here; the origin says who sent it.
  if (!fromOwnSite(request.headers, env.SITE_URL)) {
    return Response.json({ error: "Uploads are taken only from this site's own pages." }, { status: 403 });
  }
  const signedIn = await getSignedIn();
  if (!signedIn) return Response.json({ error: "Sign in to upload images." }, { status: 401 });
  if (signedIn.mustEnrol) return Response.json({ error: "Set up two-factor sign-in on your account page first." }, { status: 403 });
  const { actor } = signedIn;
  const limit = env.MEDIA_MAX_BYTES + FRAMING_BYTES;
  // A declared length past the limit is refused before reading anything.
  if (Number(request.headers.get("content-length") ?? 0) > limit) return tooLarge();
  // A chunked body declares no length: it is read up to the limit and no further.
  const body = await readAtMost(request, limit);
  if (body === null) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return Response.json({ error: "Send the image as multipart/form-data with a field named file." }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) return Response.json({ error: "Choose an image to upload." }, { status: 400 });
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  try {
    const stored = await storeUpload(actor, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) }, { alt: text("alt"), caption: text("caption"), credit: text("credit") });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (error instanceof MediaError) return Response.json({ error: error.message }, { status: error.status });
    log.error({ err: error, file: file.name }, "media upload failed");
    return Response.json({ error: "The image could not be saved. Try again." }, { status: 500 });
  }
}

/** The request body, or null as soon as it passes `limit` bytes (the rest is left unread). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      const body = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        body.set(part, at);
        at += part.byteLength;
      }
      return body;
    }
    size += value.byteLength;
    if (size > limit) {
      // Reading stops here: the rest of the upload is neither read nor kept.
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
}
