"use server";
// The preview-link panel's buttons: validate → the preview-links service (authorise, write) → a message.
// Nothing readers see changes, so no cache is expired; the panel reloads its list after a success.
import { previewLinkInput, revokePreviewLinkInput } from "@/lib/validation/preview-link";
import { getActor } from "@/server/auth/session";
import { createPreviewLink, revokePreviewLink } from "@/server/services/preview-links";
import { guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

export async function createPreviewLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = previewLinkInput.safeParse({ articleId: form.get("articleId"), lifetime: form.get("lifetime"), notBefore: form.get("notBefore") ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join(" ") };
  const actor = await getActor();
  return guarded(async () => {
    const result = await createPreviewLink(actor, parsed.data);
    if (!result.ok) return { ok: false, message: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].filter((m) => m !== "Check the highlighted fields.").join(" ") };
    return { ok: true, message: result.link.state === "waiting" ? "Link made. It opens at the time you chose; copy it from the list." : "Link made: copy it from the list." };
  });
}

export async function revokePreviewLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const parsed = revokePreviewLinkInput.safeParse({ linkId: form.get("linkId") });
  if (!parsed.success) return { ok: false, message: "That link could not be identified. Reload the page." };
  const actor = await getActor();
  return guarded(() => revokePreviewLink(actor, parsed.data.linkId));
}
