import "server-only";
// Corrections: a plain note on a published story saying what was wrong, with
// its date, shown on the story, on /corrections and in its feed, and in the
// story's structured data. Corrections are never deleted: withdrawing one takes
// it off the story and keeps it listed as withdrawn. Each is a revision of the
// story (who, when) and an audit record. Either moves the story's sitemap lastmod (correctedAt), so search engines
// fetch the corrected page again; a published correction moves its dateModified too (lib/seo/article-times.ts).
import { z } from "zod";
import { correctionInput, withdrawCorrectionInput } from "@/lib/validation/corrections";
import { storable } from "@/lib/validation/article";
import { tags as cacheTags } from "@/server/cache-tags";
import { canCorrect, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";

export type CorrectionResult =
  | { ok: true; id: string; articleId: string; tags: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

const refused = (actor: Actor | null): CorrectionResult | null =>
  !actor ? { ok: false, message: "You are signed out. Sign in again." } : !canCorrect(actor) ? { ok: false, message: "Only editors and admins publish corrections." } : null;

/** What a correction changes: the story (its note, its dateModified), the corrections page and the sitemaps' lastmod. */
const changed = (articleId: string) => [cacheTags.article(articleId), cacheTags.corrections, cacheTags.sitemaps];

export async function addCorrection(actor: Actor | null, input: unknown, now = new Date()): Promise<CorrectionResult> {
  const no = refused(actor);
  if (no) return no;
  const parsed = correctionInput.safeParse(typeof input === "object" && input ? { ...input, text: storable(String((input as { text?: unknown }).text ?? "")) } : input);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { articleId, text } = parsed.data;
  return db.$transaction(async (tx): Promise<CorrectionResult> => {
    const [article] = await tx.$queryRaw<{ headline: string; status: string; version: number }[]>`
      SELECT headline, status, version FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (!article) return { ok: false, message: "This story no longer exists." };
    if (article.status !== "PUBLISHED") return { ok: false, message: "Corrections go on published stories. Fix a draft in the text itself." };
    const correction = await tx.correction.create({ data: { articleId, text, madeAt: now, createdById: actor!.id }, select: { id: true } });
    await tx.article.update({ where: { id: articleId }, data: { correctedAt: now } });
    await tx.revision.create({ data: { articleId, version: article.version, kind: "correction", userId: actor!.id, snapshot: { correction: text } } });
    await recordAudit(tx, { actor, action: "article.correction", targetType: "article", targetId: articleId, targetLabel: article.headline, summary: text });
    return { ok: true, id: correction.id, articleId, tags: changed(articleId) };
  });
}

export async function withdrawCorrection(actor: Actor | null, input: unknown, now = new Date()): Promise<CorrectionResult> {
  const no = refused(actor);
  if (no) return no;
  const parsed = withdrawCorrectionInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Which correction?" };
  return db.$transaction(async (tx): Promise<CorrectionResult> => {
    const correction = await tx.correction.findUnique({
      where: { id: parsed.data.correctionId },
      select: { id: true, text: true, withdrawnAt: true, articleId: true, article: { select: { headline: true, version: true } } },
    });
    if (!correction) return { ok: false, message: "That correction no longer exists." };
    if (correction.withdrawnAt) return { ok: false, message: "That correction was already withdrawn." };
    await tx.correction.update({ where: { id: correction.id }, data: { withdrawnAt: now, withdrawnById: actor!.id } });
    await tx.article.update({ where: { id: correction.articleId }, data: { correctedAt: now } });
    await tx.revision.create({
      data: { articleId: correction.articleId, version: correction.article.version, kind: "correction-withdrawn", userId: actor!.id, snapshot: { withdrawnCorrection: correction.text } },
    });
    await recordAudit(tx, {
      actor,
      action: "article.correction-withdrawn",
      targetType: "article",
      targetId: correction.articleId,
      targetLabel: correction.article.headline,
      summary: correction.text,
    });
    return { ok: true, id: correction.id, articleId: correction.articleId, tags: changed(correction.articleId) };
  });
}
