"use server";
// Sections, topics and authors: validate → authorise and write (service) → refresh.
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { authorInput, mergeTagsInput, sectionInput, tagInput } from "@/lib/validation/taxonomy";
import { getActor } from "@/server/auth/session";
import { deleteSection, mergeTags, saveAuthor, saveSection, saveTag, type TaxonomyResult } from "@/server/services/taxonomy";
import { formFields, guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";


async function finish(write: () => Promise<TaxonomyResult>, done: string): Promise<FormState> {
  return guarded(async () => {
    const result = await write();
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    for (const tag of new Set(result.tags)) updateTag(tag);
    // Section, topic and author names appear on story cards across the whole site.
    revalidatePath("/", "layout");
    return { ok: true, message: done };
  });
}

function invalid(error: z.ZodError): FormState {
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(error).fieldErrors };
}

export async function saveSectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = sectionInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return finish(async () => saveSection(await getActor(), parsed.data), "Section saved.");
}

export async function deleteSectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const id = z.string().min(1).max(64).safeParse(form.get("id"));
  if (!id.success) return { ok: false, message: "Which section?" };
  return finish(async () => deleteSection(await getActor(), id.data), "Section deleted.");
}

export async function saveTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = tagInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return finish(async () => saveTag(await getActor(), parsed.data), "Topic saved.");
}

export async function mergeTagsAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = mergeTagsInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return finish(async () => mergeTags(await getActor(), parsed.data.fromId, parsed.data.intoId), "Topics merged.");
}

export async function saveAuthorAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = authorInput.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return finish(async () => saveAuthor(await getActor(), parsed.data), "Author saved.");
}
