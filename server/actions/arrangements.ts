"use server";
// The arranging page's buttons (save the draft, preview it, publish, discard): validate → service (authorise,
// check the stories, write, revision and audit on publish) → expire the page that changed (the cache
// handlers purge the HTTP cache too).
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { StoryChoice } from "@/components/admin/arrangement-editor";
import { storable } from "@/lib/validation/article";
import { canArrangeFronts } from "@/server/auth/policies";
import { getActor } from "@/server/auth/session";
import { searchArrangeableStories, toStoryChoice } from "@/server/data/admin-arrangements";
import { discardArrangementDraft, publishArrangement, saveArrangementDraft, type ArrangementResult } from "@/server/services/arrangements";
import { formFields, guarded, isForm, NOT_A_FORM, type FormState } from "./form-state";

export type ArrangeState = FormState & {
  /** The published version the page now stands on. */
  version?: number;
  /** Set when the page has a saved draft, cleared when it has none. */
  draftSavedAt?: string | null;
  /** Changes are counted by the page; this is the count the last successful request carried. */
  carried?: number;
};

const DONE: Record<string, string> = {
  save: "Draft saved. Readers still see the published arrangement.",
  publish: "Published. Readers see this arrangement now.",
  discard: "Draft discarded: this is what readers see.",
};

export async function arrangeAction(prev: ArrangeState, form: FormData): Promise<ArrangeState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  const fields = formFields(form);
  const intent = fields.intent ?? "save";
  const carried = Number(fields.carried) || 0;
  const after = { preview: null as string | null };
  const state = await guarded(async (): Promise<ArrangeState> => {
    const actor = await getActor();
    let result: ArrangementResult;
    if (intent === "publish") result = await publishArrangement(actor, fields);
    else if (intent === "discard") result = await discardArrangementDraft(actor, fields);
    else result = await saveArrangementDraft(actor, fields);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, version: prev.version, draftSavedAt: prev.draftSavedAt };
    for (const tag of result.tags) updateTag(tag);
    if (intent === "preview") after.preview = result.sectionSlug ? `/preview/section/${result.sectionSlug}` : "/preview/front";
    return {
      ok: true,
      message: DONE[intent] ?? DONE.save,
      version: result.version,
      draftSavedAt: intent === "save" || intent === "preview" ? result.at.toISOString() : null,
      carried,
    };
  });
  // After the try: redirect() throws by design.
  if (after.preview) redirect(after.preview);
  return state;
}

const searchInput = z.object({
  page: z.string().regex(/^(home|section:[A-Za-z0-9_-]{1,64})$/),
  words: z.string().transform(storable).pipe(z.string().trim().min(1).max(200)),
});

/** Published stories to place, found by their headline (the page lists only the newest). */
export async function findStoriesToPlace(page: unknown, words: unknown): Promise<{ ok: boolean; message?: string; stories: StoryChoice[] }> {
  const parsed = searchInput.safeParse({ page, words });
  if (!parsed.success) return { ok: false, message: "Type some words of a headline.", stories: [] };
  const actor = await getActor();
  if (!canArrangeFronts(actor)) return { ok: false, message: "Only editors and admins arrange the front page and the section fronts.", stories: [] };
  const sectionId = parsed.data.page === "home" ? null : parsed.data.page.slice("section:".length);
  const found = await searchArrangeableStories(sectionId, parsed.data.words);
  return { ok: true, stories: found.map(toStoryChoice) };
}
