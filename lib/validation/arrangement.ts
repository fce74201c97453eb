// The named slots of the front page and of a section front, and the schema of an arrangement as the
// newsroom's arranging page sends it. Shared by that page (labels, limits) and the service (checks).
import { z } from "zod";

/** "home" for the front page, "section:<section id>" for a section front. */
export type PageKey = "home" | `section:${string}`;
export const HOME: PageKey = "home";
export const sectionPageKey = (sectionId: string): PageKey => `section:${sectionId}`;
/** The slot on the front page that holds the top story of a section's block. */
export const sectionBlockSlot = (sectionId: string) => `section:${sectionId}`;

export type SlotDefinition = {
  key: string;
  label: string;
  /** How many stories it holds. */
  max: number;
  /** What readers get when it is left empty. */
  whenEmpty: string;
  /** Only stories of this section may go here. */
  sectionId?: string;
};

/** Top stories under the lead: three rows of two beside the "Latest" rail, which they match in height. */
export const TOP_STORIES = 6;

export const FRONT_SLOTS: SlotDefinition[] = [
  { key: "lead", label: "Lead", max: 1, whenEmpty: "Filled automatically: the newest featured story, or the newest story." },
  { key: "secondary", label: "Top stories", max: TOP_STORIES, whenEmpty: "Filled automatically: featured stories first, then the newest." },
  { key: "live", label: "Live now", max: 3, whenEmpty: "Not shown while empty." },
];

/** A section front's own top stories, shown first on its page 1. */
export const SECTION_SLOTS: SlotDefinition[] = [
  { key: "top", label: "Top stories", max: 3, whenEmpty: "Filled automatically: the section's newest stories." },
];

/** Every slot of a page: for the front page, its own and the top story of each section's block. */
export function slotsOf(page: PageKey, sections: { id: string; name: string }[]): SlotDefinition[] {
  if (page !== HOME) return SECTION_SLOTS;
  return [
    ...FRONT_SLOTS,
    ...sections.map((section) => ({
      key: sectionBlockSlot(section.id),
      label: `${section.name} block`,
      max: 1,
      whenEmpty: `Filled automatically: the newest ${section.name} story.`,
      sectionId: section.id,
    })),
  ];
}

const pageKey = z
  .string()
  .max(80)
  .refine((value) => value === HOME || /^section:[A-Za-z0-9_-]{1,64}$/.test(value), "There is no such page to arrange. Reload and try again.")
  .transform((value) => value as PageKey);

const placement = z.record(
  z.string().max(80, "There is no such slot."),
  z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "A story could not be identified. Reload and try again.")).max(20, "Too many stories in one slot."),
);

/** The slots as the page sends them: one JSON field, { slot: [article id, …] } in order. */
const slotsField = z
  .string()
  .max(20_000, "The arrangement is too large to save.")
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The arrangement could not be read. Reload the page and try again." });
      return z.NEVER;
    }
  })
  .pipe(placement);

export const ARRANGE_INTENTS = ["save", "preview", "publish", "discard"] as const;

export const arrangementInput = z.object({
  page: pageKey,
  /** The published version the editor started from. */
  version: z.coerce.number().int().min(0).max(1_000_000),
  /**
   * The saved draft the editor's page stands on: its time as the server gave it, or "" for none. The arranging
   * page always sends it; without it, nobody else's draft is checked for.
   */
  draftSavedAt: z.string().max(40).optional(),
  intent: z.enum(ARRANGE_INTENTS).default("save"),
  slots: slotsField.default({}),
});

export type ArrangementInput = z.output<typeof arrangementInput>;
export type Placement = Record<string, string[]>;
