"use server";
// The editor's corrections panel: validate → service (authorise, write, revision, audit) → expire the story
// and the corrections page (the cache handlers purge the HTTP cache too).
import { revalidatePath, updateTag } from "next/cache";
import { getActor } from "@/server/auth/session";
import { addCorrection, withdrawCorrection, type CorrectionResult } from "@/server/services/corrections";
import { formFields, guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

async function finish(write: () => Promise<CorrectionResult>, done: string): Promise<FormState> {
  return guarded(async () => {
    const result = await write();
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    for (const tag of result.tags) updateTag(tag);
    revalidatePath(`/admin/articles/${result.articleId}`);
    return { ok: true, message: done };
  });
}

export async function addCorrectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  return finish(async () => addCorrection(await getActor(), fields), "Correction published.");
}

export async function withdrawCorrectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  return finish(async () => withdrawCorrection(await getActor(), fields), "Correction withdrawn from the story.");
}
