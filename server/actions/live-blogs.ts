"use server";
// The live-blog page in the newsroom: post, edit, delete, pin and flag entries, end or resume coverage.
// Validate → service (authorise, write, audit) → expire exactly the tags of the pages that show the change
// (the cache handlers purge the HTTP cache by the same tags).
import { revalidatePath, updateTag } from "next/cache";
import { formToObject } from "@/lib/validation/article";
import { getActor } from "@/server/auth/session";
import { deleteLiveEntry, editLiveEntry, flagLiveEntry, postLiveEntry, setLiveCoverage, type LiveResult } from "@/server/services/live-blogs";
import { formFields, guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

/** The form state of the entry forms: which entry a post made, so the form can start a new one. */
export type LiveFormState = FormState & { entryId?: string; at?: number };

async function finish(write: () => Promise<LiveResult>, done: string): Promise<LiveFormState> {
  return guarded(async () => {
    const result = await write();
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    for (const tag of result.tags) updateTag(tag);
    revalidatePath(`/admin/articles/${result.articleId}/live`);
    return { ok: true, message: done, entryId: result.id, at: Date.now() };
  });
}

export async function postLiveEntryAction(_prev: LiveFormState, form: FormData): Promise<LiveFormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formToObject(form);
  return finish(async () => postLiveEntry(await getActor(), fields), "Posted. Readers see it within 15 seconds.");
}

export async function editLiveEntryAction(_prev: LiveFormState, form: FormData): Promise<LiveFormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formToObject(form);
  return finish(async () => editLiveEntry(await getActor(), fields), "Entry saved.");
}

export async function deleteLiveEntryAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  return finish(async () => deleteLiveEntry(await getActor(), fields), "Entry deleted.");
}

export async function flagLiveEntryAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  return finish(async () => flagLiveEntry(await getActor(), fields), "Done.");
}

export async function setLiveCoverageAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  return finish(async () => setLiveCoverage(await getActor(), fields), fields.state === "ended" ? "Coverage ended." : "Coverage resumed: the blog is live again.");
}
