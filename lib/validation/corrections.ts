import { z } from "zod";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Which story?");

export const correctionInput = z.object({
  articleId: id,
  text: z
    .string()
    .trim()
    .min(10, "Say what was wrong and what is right (at least 10 characters).")
    .max(1000, "Keep a correction under 1,000 characters."),
});

export const withdrawCorrectionInput = z.object({ correctionId: id });
