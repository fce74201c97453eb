import "server-only";
// Arranging the front page and the section fronts: editors place stories in named slots (the lead, the top
// stories, the "live now" strip, the top of each section's block; a section front's own top stories). The
// arrangement is a draft until it is published in one step: the draft is saved for the signed-in preview,
// and publishing writes what readers see, a revision (who, when, which stories) and an audit record, and
// reports the page's cache tag to expire. Slots left empty are filled by recency when the page is read
// (server/data/fronts.ts), which also skips any placed story that is no longer published.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { HOME, slotsOf, type ArrangementInput, type PageKey, type Placement, type SlotDefinition, arrangementInput } from "@/lib/validation/arrangement";
import { tags as cacheTags } from "@/server/cache-tags";
import { canArrangeFronts, type Actor } from "@/server/auth/policies";
import { db } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { formatNewsroomDate } from "@/lib/dates";

export type ArrangementResult =
  | { ok: true; page: PageKey; sectionSlug: string | null; version: number; at: Date; tags: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

type Tx = Prisma.TransactionClient;
type Page = { key: PageKey; label: string; phrase: string; sectionId: string | null; sectionSlug: string | null; slots: SlotDefinition[] };

class Refusal extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
  }
}

const STATUS_WORDS: Record<string, string> = { DRAFT: "a draft", IN_REVIEW: "in review", SCHEDULED: "scheduled, not live yet", ARCHIVED: "archived" };

/** The page an arrangement is for, with its slots; null when there is no such page (a deleted section). */
async function findPage(tx: Tx, key: PageKey): Promise<Page | null> {
  const sections = await tx.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } });
  if (key === HOME) return { key, label: "Front page", phrase: "the front page", sectionId: null, sectionSlug: null, slots: slotsOf(HOME, sections) };
  const section = sections.find((s) => `section:${s.id}` === key);
  if (!section) return null;
  return { key, label: `${section.name} section front`, phrase: `the ${section.name} section front`, sectionId: section.id, sectionSlug: section.slug, slots: slotsOf(key, sections).map((slot) => ({ ...slot, sectionId: section.id })) };
}

/**
 * Checks an arrangement against the page's slots and the stories it names, and returns it in slot order.
 * Every problem is named in the newsroom's words, per slot, so the editor can fix them all at once.
 */
async function checkPlacement(tx: Tx, page: Page, placement: Placement): Promise<{ slot: SlotDefinition; stories: { id: string; headline: string }[] }[]> {
  const problems: Record<string, string[]> = {};
  const note = (slot: string, message: string) => (problems[slot] ??= []).push(message);
  for (const key of Object.keys(placement)) {
    if (!page.slots.some((slot) => slot.key === key) && placement[key]!.length) note(key, `There is no slot called “${key}” on ${page.phrase}. Reload the page and try again.`);
  }
  const ids = [...new Set(Object.values(placement).flat())];
  const rows = ids.length
    ? await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true, headline: true, status: true, sectionId: true, section: { select: { name: true } } } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const sectionNames = new Map(rows.flatMap((row) => (row.sectionId && row.section ? [[row.sectionId, row.section.name] as const] : [])));
  const placedIn = new Map<string, string>();
  const checked = [];
  for (const slot of page.slots) {
    const wanted = placement[slot.key] ?? [];
    if (wanted.length > slot.max) note(slot.key, slot.max === 1 ? `${slot.label} holds one story; remove the others.` : `${slot.label} holds at most ${slot.max} stories; remove ${wanted.length - slot.max}.`);
    const stories = [];
    for (const id of wanted) {
      const row = byId.get(id);
      if (!row) {
        note(slot.key, `A story placed in ${slot.label} no longer exists (it may have been deleted). Remove it and try again.`);
        continue;
      }
      const name = `“${row.headline || "Untitled"}”`;
      if (row.status !== "PUBLISHED") note(slot.key, `${name} is ${STATUS_WORDS[row.status] ?? row.status.toLowerCase()}, so it cannot be placed in ${slot.label}. Remove it, or publish the story first.`);
      if (slot.sectionId && row.sectionId !== slot.sectionId) {
        const section = sectionNames.get(slot.sectionId) ?? (await tx.section.findUnique({ where: { id: slot.sectionId }, select: { name: true } }))?.name ?? "this section";
        note(slot.key, `${name} is ${row.section ? `a ${row.section.name} story` : "in no section"}; only ${section} stories can go in ${slot.label}.`);
      }
      const earlier = placedIn.get(id);
      if (earlier) note(slot.key, `${name} is already in ${earlier}; a story appears once on the page.`);
      else placedIn.set(id, slot.label);
      stories.push({ id, headline: row.headline });
    }
    checked.push({ slot, stories });
  }
  const messages = Object.values(problems).flat();
  if (messages.length) throw new Refusal(messages.length === 1 ? messages[0]! : `${messages.length} things to fix: ${messages.join(" ")}`, problems);
  return checked;
}

function refusedActor(actor: Actor | null): ArrangementResult | null {
  if (!actor) return { ok: false, message: "You are signed out. Sign in again in another tab, then try again." };
  if (!canArrangeFronts(actor)) return { ok: false, message: "Only editors and admins arrange the front page and the section fronts." };
  return null;
}

/**
 * The steps every arranging write shares: authorise, read the input, then in one transaction find the page and
 * lock its row; a Refusal thrown by `write` becomes the answer, with nothing written.
 */
async function arranging(
  actor: Actor | null,
  input: unknown,
  write: (tx: Tx, context: { actor: Actor; page: Page; input: ArrangementInput; version: number; stored: Awaited<ReturnType<typeof lockArrangement>> }) => Promise<ArrangementResult>,
): Promise<ArrangementResult> {
  const refused = refusedActor(actor);
  if (refused) return refused;
  const parsed = arrangementInput.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? "The arrangement could not be read.";
    return { ok: false, message: first, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    return await db.$transaction(async (tx) => {
      const page = await findPage(tx, parsed.data.page);
      if (!page) throw new Refusal("That section no longer exists.");
      const stored = await lockArrangement(tx, page);
      return write(tx, { actor: actor!, page, input: parsed.data, version: stored.version, stored });
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

const done = (page: Page, version: number, at: Date, tags: string[] = []): ArrangementResult => ({ ok: true, page: page.key, sectionSlug: page.sectionSlug, version, at, tags });

/** The page's row, made on first use and locked for the rest of the transaction. */
async function lockArrangement(tx: Tx, page: Page): Promise<{ version: number; draftSavedAt: Date | null; draftSavedById: string | null }> {
  await tx.arrangement.upsert({ where: { id: page.key }, create: { id: page.key, sectionId: page.sectionId }, update: {} });
  const [row] = await tx.$queryRaw<{ version: number; draftSavedAt: Date | null; draftSavedById: string | null }[]>`
    SELECT version, "draftSavedAt", "draftSavedById" FROM "Arrangement" WHERE id = ${page.key} FOR UPDATE`;
  return row!;
}

/**
 * Refuses to replace, discard or publish over a draft the editor's page has not seen: someone else's (or the
 * editor's own, from another window) saved since the page was loaded or last saved. Their draft would be lost.
 */
async function checkDraftSeen(tx: Tx, actor: Actor, page: Page, input: ArrangementInput, stored: { draftSavedAt: Date | null; draftSavedById: string | null }): Promise<void> {
  if (input.draftSavedAt === undefined) return;
  const storedAt = stored.draftSavedAt?.toISOString() ?? "";
  if (storedAt === input.draftSavedAt) return;
  if (!stored.draftSavedAt) {
    throw new Refusal(`The draft of ${page.phrase} was published or discarded while you were arranging it. Reload to see what readers see now, then make your changes again.`);
  }
  const at = formatNewsroomDate(stored.draftSavedAt);
  if (stored.draftSavedById === actor.id) {
    throw new Refusal(`You saved another draft of ${page.phrase} at ${at}, in another window. Reload to see it, then make your changes again.`);
  }
  const by = stored.draftSavedById ? (await tx.user.findUnique({ where: { id: stored.draftSavedById }, select: { name: true } }))?.name : null;
  throw new Refusal(`${by ?? "Someone else"} saved a draft of ${page.phrase} at ${at} while you were arranging it. Reload to see their draft, then make your changes again.`);
}

async function writeSlots(tx: Tx, page: Page, draft: boolean, checked: Awaited<ReturnType<typeof checkPlacement>>): Promise<void> {
  await tx.arrangementSlot.deleteMany({ where: { arrangementId: page.key, draft } });
  const data = checked.flatMap(({ slot, stories }) => stories.map((story, position) => ({ arrangementId: page.key, draft, slot: slot.key, position, articleId: story.id })));
  if (data.length) await tx.arrangementSlot.createMany({ data });
}

/** Saves the draft arrangement of a page, for the preview; readers see nothing of it until it is published. */
export function saveArrangementDraft(actor: Actor | null, input: unknown, now = new Date()): Promise<ArrangementResult> {
  return arranging(actor, input, async (tx, { actor, page, input, version, stored }) => {
    await checkDraftSeen(tx, actor, page, input, stored);
    const checked = await checkPlacement(tx, page, input.slots);
    await writeSlots(tx, page, true, checked);
    await tx.arrangement.update({ where: { id: page.key }, data: { draftSavedAt: now, draftSavedById: actor.id } });
    return done(page, version, now);
  });
}

/** Drops a page's draft: the newsroom goes back to what readers see. */
export function discardArrangementDraft(actor: Actor | null, input: unknown): Promise<ArrangementResult> {
  return arranging(actor, input, async (tx, { actor, page, input, version, stored }) => {
    await checkDraftSeen(tx, actor, page, input, stored);
    await tx.arrangementSlot.deleteMany({ where: { arrangementId: page.key, draft: true } });
    await tx.arrangement.update({ where: { id: page.key }, data: { draftSavedAt: null, draftSavedById: null } });
    return done(page, version, new Date());
  });
}

const listed = (stories: { headline: string }[]) => (stories.length ? stories.map((s) => `“${s.headline}”`).join(", ") : "automatic");

/**
 * Publishes an arrangement: readers see it on the next request (the returned tags are expired by the caller,
 * which purges the HTTP cache too). Refused when someone else published this page since the editor loaded it.
 */
export function publishArrangement(actor: Actor | null, input: unknown, now = new Date()): Promise<ArrangementResult> {
  return arranging(actor, input, async (tx, { actor, page, input, version, stored }) => {
    if (version !== input.version) {
      const last = await tx.arrangementRevision.findFirst({ where: { arrangementId: page.key }, orderBy: { createdAt: "desc" }, select: { user: { select: { name: true } } } });
      throw new Refusal(`${last?.user?.name ?? "Someone else"} published ${page.phrase} while you were arranging it. Reload to see their arrangement, then make your changes again.`);
    }
    await checkDraftSeen(tx, actor, page, input, stored);
    const checked = await checkPlacement(tx, page, input.slots);
    const before = await tx.arrangementSlot.findMany({
      where: { arrangementId: page.key, draft: false },
      orderBy: { position: "asc" },
      select: { slot: true, article: { select: { headline: true } } },
    });
    await tx.arrangementSlot.deleteMany({ where: { arrangementId: page.key, draft: true } });
    await writeSlots(tx, page, false, checked);
    const next = version + 1;
    await tx.arrangement.update({ where: { id: page.key }, data: { version: next, draftSavedAt: null, draftSavedById: null } });
    const slots = Object.fromEntries(checked.map(({ slot, stories }) => [slot.key, stories]));
    await tx.arrangementRevision.create({ data: { arrangementId: page.key, version: next, slots, userId: actor.id, createdAt: now } });
    const changes = checked
      .map(({ slot, stories }) => {
        const was = before.filter((row) => row.slot === slot.key).map((row) => row.article);
        return listed(was) === listed(stories) ? null : `${slot.label}: ${listed(was)} → ${listed(stories)}`;
      })
      .filter(Boolean);
    await recordAudit(tx, {
      actor,
      action: "front.publish",
      targetType: "front",
      targetId: page.key,
      targetLabel: page.label,
      summary: changes.length ? changes.join("; ") : "published unchanged",
    });
    return done(page, next, now, page.sectionSlug ? [cacheTags.section(page.sectionSlug)] : [cacheTags.home]);
  });
}
