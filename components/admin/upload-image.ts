// Sends one image to the upload route (app/api/media/route.ts), the one way into the library from the
// browser: the library's multi-upload, the picker, and images pasted or dropped into a story body. An
// XMLHttpRequest rather than fetch, because only it reports how much of the file has been sent.
import type { StoredMedia } from "@/server/services/media";

export type UploadFields = { alt?: string; caption?: string; credit?: string };

export class UploadError extends Error {}

/** Uploads `file`; resolves with the stored image, or rejects with an UploadError whose message a person can read. */
export function uploadImage(file: File, fields: UploadFields = {}, onProgress?: (fraction: number) => void): Promise<StoredMedia> {
  const data = new FormData();
  data.append("file", file);
  for (const [name, value] of Object.entries(fields)) if (value) data.append(name, value);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = (request.response ?? {}) as StoredMedia & { error?: string };
      if (request.status === 201) {
        onProgress?.(1);
        resolve(body);
      } else reject(new UploadError(body.error ?? `Upload failed (${request.status}).`));
    };
    request.onerror = () => reject(new UploadError("Upload failed: the connection dropped. Try again."));
    request.send(data);
  });
}

/** The image files among what was pasted, dropped or chosen (other files are not for the library). */
export function imageFiles(files: FileList | readonly File[] | null | undefined): File[] {
  return Array.from(files ?? []).filter((file) => file.type.startsWith("image/"));
}
