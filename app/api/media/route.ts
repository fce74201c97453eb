// Image uploads (multipart form with `file`, optional `alt`, `caption`, `credit`).
import { getActor } from "@/server/auth/session";
import { env } from "@/lib/env";
import { MediaError, storeUpload } from "@/server/services/media";
import { log } from "@/server/log";

export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Sign in to upload images." }, { status: 401 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart framing adds a little; anything far past the limit is refused before reading it.
  if (declared > env.MEDIA_MAX_BYTES + 64 * 1024) {
    return Response.json({ error: `The file is larger than ${Math.round(env.MEDIA_MAX_BYTES / 1024 / 1024)} MB.` }, { status: 413 });
  }
  let form: FormData;
  try {
    form = await request.formData();
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
