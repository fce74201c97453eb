import { z } from "zod";

export const presenceInput = z.object({
  articleId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Which story?"),
  /** Random per open tab, made by the browser. */
  tabId: z.uuid("A tab id is a UUID."),
  /** The tab is closing. */
  leave: z.boolean().optional(),
  /** This person takes the story over from the others who have it open. */
  takeOver: z.boolean().optional(),
});

export type PresenceInput = z.infer<typeof presenceInput>;
