// Subscription rules without a database: delivery weeks (fortnightly parity across year ends),
// renewal decisions for skips and pauses, the open-week rule and swap validation.
import { describe, expect, it } from "vitest";
import { addWeeks, dateValue } from "@/lib/iso-week";
import { cutoffOf, firstOpenWeek, isDeliveryWeek, isPausedOn, renewalDecision, skipRefusal, swapRefusal, upcomingDeliveries, type RenewalState } from "./rules";

const TZ = "Europe/Amsterdam";
const tuesday = { weekday: 2, startTime: "08:00" };
const zone = { cutoffDaysBefore: 2, cutoffTime: "18:00" };

describe("isDeliveryWeek", () => {
  it("delivers every week from the anchor for weekly, never before it", () => {
    expect(isDeliveryWeek("WEEKLY", "2026-W49", "2026-W48")).toBe(false);
    expect(isDeliveryWeek("WEEKLY", "2026-W49", "2026-W49")).toBe(true);
    expect(isDeliveryWeek("WEEKLY", "2026-W49", "2027-W03")).toBe(true);
  });

  it("keeps fortnightly parity across a 53-week year end (2026 has W53)", () => {
    // 2026-W52 + 2 weeks = 2027-W01 (through 2026-W53), so W01 is a delivery week, W02 is not.
    expect(addWeeks("2026-W52", 2)).toBe("2027-W01");
    const weeks = ["2026-W52", "2026-W53", "2027-W01", "2027-W02", "2027-W03"];
    expect(weeks.map((w) => isDeliveryWeek("FORTNIGHTLY", "2026-W52", w))).toEqual([true, false, true, false, true]);
  });

  it("keeps fortnightly parity across a 52-week year end", () => {
    const weeks = ["2027-W51", "2027-W52", "2028-W01", "2028-W02"];
    expect(weeks.map((w) => isDeliveryWeek("FORTNIGHTLY", "2027-W51", w))).toEqual([true, false, true, false]);
  });
});

describe("renewalDecision", () => {
  const base: RenewalState = { status: "ACTIVE", cadence: "WEEKLY", anchorWeek: "2026-W49", pausedUntil: null, skipped: false };
  const delivery = dateValue("2026-12-08");

  it("creates for an active subscription in a delivery week", () => {
    expect(renewalDecision(base, "2026-W50", delivery)).toEqual({ action: "CREATE", resume: false });
  });

  it("does nothing for off-weeks, weeks before the anchor and cancelled subscriptions", () => {
    expect(renewalDecision({ ...base, cadence: "FORTNIGHTLY" }, "2026-W50", delivery).action).toBe("NONE");
    expect(renewalDecision(base, "2026-W48", delivery).action).toBe("NONE");
    expect(renewalDecision({ ...base, status: "CANCELLED" }, "2026-W50", delivery).action).toBe("NONE");
  });

  it("records a skip", () => {
    expect(renewalDecision({ ...base, skipped: true }, "2026-W50", delivery)).toEqual({ action: "SKIPPED", resume: false });
  });

  it("stays paused through the pause date (inclusive) and resumes after it", () => {
    expect(renewalDecision({ ...base, status: "PAUSED", pausedUntil: dateValue("2026-12-08") }, "2026-W50", delivery).action).toBe("PAUSED");
    expect(renewalDecision({ ...base, status: "PAUSED", pausedUntil: dateValue("2026-12-07") }, "2026-W50", delivery)).toEqual({ action: "CREATE", resume: true });
    expect(renewalDecision({ ...base, status: "PAUSED", pausedUntil: dateValue("2026-12-07"), skipped: true }, "2026-W50", delivery)).toEqual({ action: "SKIPPED", resume: true });
    expect(isPausedOn(null, delivery)).toBe(false);
  });
});

describe("cutoffs and the first open week", () => {
  it("computes the cutoff as hub-local time days before delivery", () => {
    // Tuesday 2026-12-08, two days before at 18:00 Amsterdam (UTC+1) = 2026-12-06T17:00Z.
    expect(cutoffOf(tuesday, zone, "2026-W50", TZ).toISOString()).toBe("2026-12-06T17:00:00.000Z");
  });

  it("starts in the first week whose cutoff is still ahead", () => {
    expect(firstOpenWeek(tuesday, zone, "2026-W50", new Date("2026-12-06T16:59:00Z"), TZ)).toBe("2026-W50");
    expect(firstOpenWeek(tuesday, zone, "2026-W50", new Date("2026-12-06T17:00:00Z"), TZ)).toBe("2026-W51");
  });
});

describe("skipRefusal", () => {
  const s = { cadence: "FORTNIGHTLY" as const, anchorWeek: "2026-W50", status: "ACTIVE" as const };
  const later = new Date("2026-12-20T00:00:00Z");
  const now = new Date("2026-12-01T00:00:00Z");
  it("allows an open delivery week", () => expect(skipRefusal(s, "2026-W52", later, false, now)).toBeNull());
  it("refuses off-weeks, renewed weeks, passed cutoffs and cancelled subscriptions", () => {
    expect(skipRefusal(s, "2026-W51", later, false, now)).toMatch(/no delivery/);
    expect(skipRefusal(s, "2026-W52", later, true, now)).toMatch(/already been placed/);
    expect(skipRefusal(s, "2026-W52", now, false, now)).toMatch(/cutoff/);
    expect(skipRefusal({ ...s, status: "CANCELLED" }, "2026-W52", later, false, now)).toMatch(/cancelled/);
  });
});

describe("swapRefusal", () => {
  const templateLine = { skuId: "carrots", swapSkuIds: ["beets", "parsnips"] };
  const box = { isTemplateBox: true, templateLine, currentSkuId: "carrots", otherLineSkuIds: ["kale"] };
  it("allows a box line's swap options and swapping back to the original", () => {
    expect(swapRefusal({ ...box, toSkuId: "beets" })).toBeNull();
    expect(swapRefusal({ ...box, currentSkuId: "beets", toSkuId: "carrots" })).toBeNull();
  });
  it("refuses other SKUs, the same SKU and another line's SKU", () => {
    expect(swapRefusal({ ...box, toSkuId: "apples" })).toMatch(/does not offer/);
    expect(swapRefusal({ ...box, toSkuId: "carrots" })).toMatch(/already in your box/);
    expect(swapRefusal({ ...box, toSkuId: "kale" })).toMatch(/another line/);
  });
  it("allows any SKU in a custom basket", () => {
    expect(swapRefusal({ isTemplateBox: false, templateLine: null, currentSkuId: "a", toSkuId: "apples", otherLineSkuIds: [] })).toBeNull();
  });
});

describe("upcomingDeliveries", () => {
  it("lists delivery weeks with their state and which can still change", () => {
    const weeks = upcomingDeliveries(
      { cadence: "WEEKLY", status: "ACTIVE", anchorWeek: "2026-W49", pausedUntil: null, window: tuesday, zone, skips: new Set(["2026-W51"]), renewals: new Map([["2026-W49", { outcome: "CREATED" as const, orderId: "o1" }]]) },
      "2026-W48", 4, new Date("2026-11-30T12:00:00Z"), TZ,
    );
    expect(weeks.map((w) => [w.isoWeek, w.state, w.changeable])).toEqual([
      ["2026-W49", "RENEWED", false],
      ["2026-W50", "SCHEDULED", true],
      ["2026-W51", "SKIPPED", true],
    ]);
    expect(weeks[0]?.orderId).toBe("o1");
  });

  it("leaves out deliveries that are already in the past", () => {
    const weeks = upcomingDeliveries(
      { cadence: "WEEKLY", status: "ACTIVE", anchorWeek: "2026-W40", pausedUntil: null, window: tuesday, zone, skips: new Set(), renewals: new Map([["2026-W49", { outcome: "CREATED" as const, orderId: "o1" }]]) },
      "2026-W49", 2, new Date("2026-12-02T09:00:00Z"), TZ,
    );
    expect(weeks.map((w) => w.isoWeek)).toEqual(["2026-W50"]);
  });
});
