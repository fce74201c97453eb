import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "@/lib/slug";

describe("slugify", () => {
  it("makes lowercase ASCII words joined by hyphens", () => {
    expect(slugify("Mayor's Budget: 4% more for Housing!")).toBe("mayors-budget-4-more-for-housing");
    expect(slugify("Café crème & São Paulo — Ærø")).toBe("cafe-creme-and-sao-paulo-aero");
    expect(slugify("  --Hello   World--  ")).toBe("hello-world");
    expect(slugify("🚢🌊")).toBe("");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("word ".repeat(60), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("validates slugs", () => {
    expect(isValidSlug("a-b-c")).toBe(true);
    for (const bad of ["A-b", "a--b", "-a", "a-", "a b", "a_b", "", "é"]) expect(isValidSlug(bad), bad).toBe(false);
  });
});
