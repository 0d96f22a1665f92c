import { describe, expect, it } from "vitest";
import { addWeeks, dateInWeek, dateValue, isIsoWeek, isoDateOf, isoWeekAt, isoWeekOfDate, weekStart, weeksBetween, zonedInstant, hubTime } from "./iso-week";

describe("ISO weeks", () => {
  it("puts year-boundary dates in the week of their Thursday", () => {
    expect(isoWeekOfDate(dateValue("2026-12-31"))).toBe("2026-W53");
    expect(isoWeekOfDate(dateValue("2027-01-03"))).toBe("2026-W53");
    expect(isoWeekOfDate(dateValue("2027-01-04"))).toBe("2027-W01");
    expect(isoWeekOfDate(dateValue("2025-12-29"))).toBe("2026-W01");
    expect(isoWeekOfDate(dateValue("2026-11-22"))).toBe("2026-W47");
  });

  it("finds the Monday of a week and walks weeks across years", () => {
    expect(isoDateOf(weekStart("2026-W01"))).toBe("2025-12-29");
    expect(isoDateOf(dateInWeek("2026-W48", 2))).toBe("2026-11-24");
    expect(addWeeks("2026-W52", 2)).toBe("2027-W01");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(weeksBetween("2026-W50", "2027-W02")).toBe(5);
  });

  it("validates week strings", () => {
    expect(isIsoWeek("2026-W53")).toBe(true);
    expect(isIsoWeek("2027-W53")).toBe(false);
    expect(isIsoWeek("2026-W00")).toBe(false);
    expect(isIsoWeek("2026-48")).toBe(false);
  });

  it("uses the hub-local date: Sunday 23:30 in Amsterdam is still the old week", () => {
    const at = new Date("2026-11-29T22:30:00Z"); // Sunday 23:30 CET
    expect(isoWeekAt(at, "Europe/Amsterdam")).toBe("2026-W48");
    expect(isoWeekAt(at, "UTC")).toBe("2026-W48");
    expect(isoWeekAt(new Date("2026-11-29T23:30:00Z"), "Europe/Amsterdam")).toBe("2026-W49");
  });
});

describe("zoned wall-clock instants", () => {
  it("converts hub-local times in winter and summer", () => {
    expect(zonedInstant(dateValue("2026-12-06"), "18:00", "Europe/Amsterdam").toISOString()).toBe("2026-12-06T17:00:00.000Z");
    expect(zonedInstant(dateValue("2026-07-06"), "18:00", "Europe/Amsterdam").toISOString()).toBe("2026-07-06T16:00:00.000Z");
    expect(hubTime(new Date("2026-07-06T16:00:00Z"), "Europe/Amsterdam")).toBe("18:00");
  });

  it("handles the night the clocks change", () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST.
    expect(zonedInstant(dateValue("2026-03-29"), "08:00", "Europe/Amsterdam").toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(zonedInstant(dateValue("2026-10-25"), "08:00", "Europe/Amsterdam").toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });
});
