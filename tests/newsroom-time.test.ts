import { describe, expect, it } from "vitest";
import { formatNewsroomTime, instantToWallTime, wallTimeToInstant } from "@/lib/dates-zone";

describe("the newsroom's date and time", () => {
  it("writes a moment as day, short month, year and 24-hour time in the site's zone", () => {
    expect(formatNewsroomTime(new Date("2026-12-02T16:36:00Z"), "Europe/London")).toBe("2 Dec 2026, 16:36");
    expect(formatNewsroomTime(new Date("2026-12-02T16:36:00Z"), "America/New_York")).toBe("2 Dec 2026, 11:36");
  });

  it("uses summer time and the short names the newsroom reads, September included", () => {
    expect(formatNewsroomTime(new Date("2026-09-14T08:05:00Z"), "Europe/London")).toBe("14 Sep 2026, 09:05");
  });

  it("writes midnight as 00:00 of the new day, never as 24:00 or 12 am", () => {
    expect(formatNewsroomTime(new Date("2026-06-30T23:00:00Z"), "Europe/London")).toBe("1 Jul 2026, 00:00");
  });

  it("accepts the ISO strings that travel to the browser", () => {
    expect(formatNewsroomTime("2026-12-04T18:00:00.000Z", "Europe/London")).toBe("4 Dec 2026, 18:00");
  });

  it("shows a scheduled time as the editor typed it into the schedule field", () => {
    const typed = "2026-12-04T18:00";
    const instant = wallTimeToInstant(typed, "Europe/London")!;
    expect(instantToWallTime(instant, "Europe/London")).toBe(typed);
    expect(formatNewsroomTime(instant, "Europe/London")).toBe("4 Dec 2026, 18:00");
  });
});
