"use server";
// Media library actions: list for the picker, edit texts, delete.
import { friendlyDatabaseError, isForm, NOT_A_FORM } from "./form-state";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/server/db";
import { canManageTaxonomy } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { deleteMedia, toStored, type StoredMedia } from "@/server/services/media";

export type MediaState = { ok?: boolean; message?: string; usedBy?: { id: string; headline: string }[] };

/** Recent images for the editor's picker (any signed-in role may use the library). */
export async function listMediaAction(query: string): Promise<StoredMedia[]> {
  const actor = await getActor();
  if (!actor) return [];
  const q = typeof query === "string" ? query.trim().slice(0, 100) : "";
  const rows = await db.media.findMany({
    where: q ? { OR: [{ alt: { contains: q, mode: "insensitive" } }, { caption: { contains: q, mode: "insensitive" } }, { originalName: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: { createdAt: "desc" },
    take: 48,
  });
  return rows.map(toStored);
}

const texts = z.object({
  id: z.string().min(1).max(64),
  alt: z.string().trim().max(300, "Alt text: at most 300 characters."),
  caption: z.string().trim().max(500, "Caption: at most 500 characters."),
  credit: z.string().trim().max(200, "Credit: at most 200 characters."),
});

export async function updateMediaAction(_prev: MediaState, form: FormData): Promise<MediaState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = texts.safeParse({ id: form.get("id"), alt: form.get("alt") ?? "", caption: form.get("caption") ?? "", credit: form.get("credit") ?? "" });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the fields." };
  const actor = await getActor();
  if (!canManageTaxonomy(actor)) return { ok: false, message: "Your role does not allow you to edit the media library." };
  const { id, ...data } = parsed.data;
  const updated = await db.media.updateMany({ where: { id }, data });
  if (updated.count === 0) return { ok: false, message: "That image no longer exists." };
  // Alt text, captions and credits show wherever the image does: hero images, author photos.
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved." };
}

export async function deleteMediaAction(_prev: MediaState, form: FormData): Promise<MediaState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const id = z.string().min(1).max(64).safeParse(form.get("id"));
  if (!id.success) return { ok: false, message: "Which image?" };
  const actor = await getActor();
  if (!canManageTaxonomy(actor)) return { ok: false, message: "Your role does not allow you to delete images." };
  let result;
  try {
    result = await deleteMedia(id.data);
  } catch (error) {
    // An article may have started using the image while it was being deleted.
    return { ok: false, message: friendlyDatabaseError(error) ?? "The image could not be deleted just now. Try again." };
  }
  if (result.ok) revalidatePath("/", "layout");
  return result.ok ? { ok: true, message: "Deleted." } : { ok: false, message: result.message, usedBy: result.usedBy };
}
