"use server";
// The editor's save button and workflow buttons: validate → authorise and
// write (server/services/articles.ts) → refresh the reader pages it touched.
import { isForm, NOT_A_FORM } from "./form-state";
import { updateTag } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { ConflictDetails } from "@/lib/article-versions";
import { articleInput, formToObject } from "@/lib/validation/article";
import { findStoriesToLink, findStoryAtPath, type StoryLink } from "@/server/data/admin-articles";
import { getConflictDetails } from "@/server/data/article-versions";
import { getActor } from "@/server/auth/session";
import { log } from "@/server/log";
import { restoreRevision, saveArticle, type FieldErrors } from "@/server/services/articles";

export type ArticleFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  id?: string;
  version?: number;
  status?: string;
  slug?: string;
  savedAt?: string;
  /** Set when the save was refused because someone else saved first: their version, to compare with. */
  conflict?: ConflictDetails;
};

export async function saveArticleAction(previous: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  if (!isForm(form)) return { ok: false, message: NOT_A_FORM };
  // A comparison belongs to the save that was refused, not to the next answer.
  const prev = { ...previous, conflict: undefined };
  const parsed = articleInput.safeParse(formToObject(form));
  if (!parsed.success) {
    return { ...prev, ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  const actor = await getActor();
  const automatic = form.get("autosave") === "1";
  let result;
  try {
    result = await saveArticle(actor, parsed.data, new Date(), { automatic });
  } catch (error) {
    log.error({ err: error, articleId: parsed.data.id, intent: parsed.data.intent }, "saving an article failed");
    return { ...prev, ok: false, message: "The article could not be saved just now. Nothing was lost: try again in a moment." };
  }
  if (!result.ok) {
    // The service refuses with a conflict only after it let this person edit the story: they may see it whole.
    const details = result.conflict && parsed.data.id ? await getConflictDetails(parsed.data.id, parsed.data.version, [parsed.data.heroImageId ?? ""]).catch((error: unknown) => {
      log.warn({ err: error, articleId: parsed.data.id }, "reading the versions to compare failed");
      return null;
    }) : null;
    const conflict = result.conflict && details ? { ...details, by: result.conflict.by, at: result.conflict.at.toISOString(), kept: !automatic } : undefined;
    return { ...prev, ok: false, message: result.message, fieldErrors: result.fieldErrors, conflict };
  }
  // The editor sees their own change at once; readers' pages re-render on their next request.
  // An automatic save only ever writes a story that is not live (the service refuses others), and no
  // cached page shows one: it expires nothing, so the editor's page is not re-rendered under the cursor.
  if (!automatic) for (const tag of result.tags) updateTag(tag);
  return { ok: true, message: messageFor(parsed.data.intent, result.status), id: result.id, version: result.version, status: result.status, slug: result.slug, savedAt: result.savedAt.toISOString() };
}

function messageFor(intent: string, status: string): string {
  if (intent === "publish") return "Published.";
  if (intent === "schedule") return "Scheduled.";
  if (intent === "unpublish") return "Unpublished: the story is a draft again.";
  if (intent === "submit") return "Submitted for review.";
  if (intent === "archive") return "Archived.";
  return status === "PUBLISHED" ? "Saved. The live story is updated." : "Draft saved.";
}

const restoreInput = z.object({ articleId: z.string().min(1).max(64), revisionId: z.string().min(1).max(64), version: z.coerce.number().int().min(0) });

export async function restoreRevisionAction(_prev: { message?: string; url?: string }, form: FormData): Promise<{ message?: string; url?: string }> {
  if (!isForm(form)) return { message: NOT_A_FORM };
  const parsed = restoreInput.safeParse({ articleId: form.get("articleId"), revisionId: form.get("revisionId"), version: form.get("version") });
  if (!parsed.success) return { message: "That revision could not be identified." };
  let result;
  try {
    result = await restoreRevision(await getActor(), parsed.data.articleId, parsed.data.revisionId, parsed.data.version);
  } catch (error) {
    unstable_rethrow(error);
    log.error({ err: error, ...parsed.data }, "restoring a revision failed");
    return { message: "The revision could not be restored just now. Try again in a moment." };
  }
  if (!result.ok) return { message: result.message };
  for (const tag of result.tags) updateTag(tag);
  return { message: "Restored.", url: `/admin/articles/${parsed.data.articleId}` };
}

/** The link dialog's suggestions: published stories by headline (server/data/admin-articles.ts). */
export async function suggestStoryLinksAction(words: string): Promise<StoryLink[]> {
  return findStoriesToLink(await getActor(), typeof words === "string" ? words : "");
}

/** Whether a site path the editor typed leads to a published story. */
export async function storyAtPathAction(path: string): Promise<StoryLink | null> {
  return findStoryAtPath(await getActor(), typeof path === "string" ? path : "");
}
