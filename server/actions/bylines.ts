"use server";
// The signed-in person's own byline (name, job title, bio, photo), from their account page.
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { ownBylineInput } from "@/lib/validation/taxonomy";
import { getActor } from "@/server/auth/session";
import { updateOwnByline } from "@/server/services/bylines";
import { guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

export async function updateOwnBylineAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = ownBylineInput.safeParse(Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string")));
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return guarded(async () => {
    const result = await updateOwnByline(await getActor(), parsed.data);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    for (const tag of new Set(result.tags)) updateTag(tag);
    // Bylines appear on story cards across the whole site.
    revalidatePath("/", "layout");
    return { ok: true, message: result.message };
  });
}
