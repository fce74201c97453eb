"use server";
// Media library actions: list for the picker, edit texts, delete. Each hands
// the signed-in actor and the form's values to server/services/media.ts, which
// authorises, validates and writes; then the pages it names are expired.
import { revalidatePath, updateTag } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { getActor } from "@/server/auth/session";
import { log } from "@/server/log";
import { deleteMedia, listMedia, updateMediaDetails, type MediaResult, type StoredMedia, type UsedBy } from "@/server/services/media";
import { formFields, friendlyDatabaseError, isForm, NOT_A_FORM } from "./form-state";

export type MediaState = { ok?: boolean; message?: string; usedBy?: UsedBy; fieldErrors?: Record<string, string[] | undefined>; texts?: Record<"id" | "alt" | "caption" | "credit", string> };

const LIBRARY = "/admin/media";

/** Recent images for the editor's picker (any signed-in role may use the library). */
export async function listMediaAction(query: string): Promise<StoredMedia[]> {
  return listMedia(await getActor(), query);
}

async function run(write: () => Promise<MediaResult>, done: string, what: string): Promise<MediaState> {
  let result: MediaResult;
  try {
    result = await write();
  } catch (error) {
    unstable_rethrow(error);
    const message = friendlyDatabaseError(error);
    if (!message) log.error({ err: error }, `${what} failed`);
    return { ok: false, message: message ?? "That did not work just now. Nothing was changed; try again in a moment." };
  }
  if (!result.ok) return { ok: false, message: result.message, usedBy: result.usedBy, fieldErrors: result.fieldErrors };
  // Only the reader pages that show the change (none, for an unused image), and the library itself.
  for (const tag of result.tags) updateTag(tag);
  revalidatePath(LIBRARY);
  // The texts as stored now: the panel's next save compares with them.
  return { ok: true, message: done, texts: result.texts };
}

export async function updateMediaAction(_prev: MediaState, form: FormData): Promise<MediaState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const text = formFields(form);
  // A form without the focal point fields leaves the point as it is; one without the texts it opened with writes all.
  const was = text.wasAlt === undefined ? undefined : { alt: text.wasAlt, caption: text.wasCaption ?? "", credit: text.wasCredit ?? "" };
  const input = { id: text.id, alt: text.alt ?? "", caption: text.caption ?? "", credit: text.credit ?? "", focalX: text.focalX, focalY: text.focalY, was };
  return run(async () => updateMediaDetails(await getActor(), input), "Saved.", "editing an image");
}

export async function deleteMediaAction(_prev: MediaState, form: FormData): Promise<MediaState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const state = await run(async () => deleteMedia(await getActor(), form.get("id")), "Deleted.", "deleting an image");
  // The library's edit panel goes back to the grid it was opened from (only ever a library address).
  const back = form.get("back");
  if (state.ok && typeof back === "string" && (back === LIBRARY || back.startsWith(`${LIBRARY}?`))) redirect(back);
  return state;
}
