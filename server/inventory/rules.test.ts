import { describe, expect, it } from "vitest";
import { adjustmentMovementKind, adjustmentSignProblem, allocateFefo, movementDeltas, needsApproval, type FefoCandidate } from "./rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const lot = (lotId: string, available: number, bestBefore: string, harvestedAt = "2026-11-01"): FefoCandidate => ({ balanceId: `b-${lotId}`, lotId, available, bestBefore: d(bestBefore), harvestedAt: d(harvestedAt) });

describe("allocateFefo", () => {
  const lots = [lot("late", 10, "2026-11-30"), lot("early", 3, "2026-11-24"), lot("mid-old", 5, "2026-11-26", "2026-10-30"), lot("mid-new", 5, "2026-11-26", "2026-11-02")];

  it("takes the earliest best-before first, then the oldest harvest", () => {
    expect(allocateFefo(lots, 9)).toEqual([
      { balanceId: "b-early", lotId: "early", quantity: 3 },
      { balanceId: "b-mid-old", lotId: "mid-old", quantity: 5 },
      { balanceId: "b-mid-new", lotId: "mid-new", quantity: 1 },
    ]);
  });
  it("is all-or-nothing unless partial is allowed", () => {
    expect(allocateFefo(lots, 24)).toBeNull();
    expect(allocateFefo(lots, 24, true)?.reduce((s, t) => s + t.quantity, 0)).toBe(23);
    expect(allocateFefo([], 1, true)).toBeNull();
  });
  it("skips empty lots", () => {
    expect(allocateFefo([lot("empty", 0, "2026-11-20"), lot("full", 2, "2026-11-28")], 2)).toEqual([{ balanceId: "b-full", lotId: "full", quantity: 2 }]);
  });
});

describe("movement deltas", () => {
  it("keeps available = onHand - reserved consistent for every kind", () => {
    expect(movementDeltas("RESERVE", 4)).toEqual({ onHand: 0, reserved: 4 });
    expect(movementDeltas("SHIP", 4)).toEqual({ onHand: -4, reserved: -4 });
    expect(movementDeltas("PICK", 4)).toEqual({ onHand: 0, reserved: 0 });
    expect(movementDeltas("DELIVER", 4, false)).toEqual({ onHand: 0, reserved: 0 });
    expect(movementDeltas("TRANSFER_OUT", 4)).toEqual({ onHand: -4, reserved: 0 });
  });
});

describe("adjustment policy", () => {
  it("books destroying reasons as waste and checks the sign against the reason", () => {
    expect(adjustmentMovementKind("SPOILED")).toBe("WASTE");
    expect(adjustmentMovementKind("COUNT_CORRECTION")).toBe("ADJUST");
    expect(adjustmentSignProblem("DAMAGED", 3)).toMatch(/only remove/);
    expect(adjustmentSignProblem("FOUND", -3)).toMatch(/added/);
    expect(adjustmentSignProblem("COUNT_CORRECTION", -3)).toBeNull();
  });
  it("needs a second person strictly above the threshold", () => {
    expect(needsApproval(-25, 25)).toBe(false);
    expect(needsApproval(-26, 25)).toBe(true);
    expect(needsApproval(26, 25)).toBe(true);
  });
});
