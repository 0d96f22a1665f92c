import { describe, expect, it } from "vitest";
import { dateValue } from "@/lib/iso-week";
import type { ClusterVolume, PlanResult } from "./model";
import { exceptionDrafts } from "./rules";
import { harvestDateFor } from "./work-packages";

const volume = (over: Partial<ClusterVolume>): ClusterVolume => ({
  clusterId: "C", skuId: "S", contractId: "K", unitPriceMinor: 100, upperUnits: 100, minUnits: 0, contractMinUnits: 0, capacityUnits: 100, confidence: 0.9, allocatedUnits: 0, surplusUnits: 0, ...over,
});
const result = (r: Partial<PlanResult>) => ({ shortages: [], volumes: [], ...r }) as unknown as PlanResult;

describe("exceptionDrafts", () => {
  it("raises a shortage per short pool with the pool's demand in the detail", () => {
    const out = exceptionDrafts(result({ shortages: [{ poolId: "p", skuId: "S", zoneId: "Z", units: 7, penaltyPerUnitMinor: 900 }] }), new Map([["p", 40]]));
    expect(out).toEqual([{ kind: "SHORTAGE", skuId: "S", zoneId: "Z", clusterId: null, units: 7, detail: "7 of 40 units not covered by any cluster's capacity." }]);
  });

  it("raises surplus for a minimum above demand and capacity risk above confidence x capacity or without declared capacity", () => {
    const out = exceptionDrafts(
      result({
        volumes: [
          volume({ clusterId: "A", allocatedUnits: 90 }), // exactly confidence x capacity: no risk
          volume({ clusterId: "B", allocatedUnits: 95 }), // 95 > 90: 5 at risk
          volume({ clusterId: "C", allocatedUnits: 10, surplusUnits: 20, minUnits: 30, contractMinUnits: 30 }),
          volume({ clusterId: "D", allocatedUnits: 12, capacityUnits: null, confidence: null, upperUnits: 50 }),
          volume({ clusterId: "E", allocatedUnits: 0, capacityUnits: null }),
        ],
      }),
      new Map(),
    );
    expect(out.map((e) => [e.kind, e.clusterId, e.units])).toEqual([
      ["CAPACITY_RISK", "B", 5],
      ["SURPLUS", "C", 20],
      ["CAPACITY_RISK", "D", 12],
    ]);
    expect(out[0]!.detail).toBe("95 units planned of 100 declared at 90% confidence (90 expected).");
  });
});

describe("harvestDateFor", () => {
  const firstDays = new Map([["Z1", dateValue("2026-12-01")], ["Z2", dateValue("2026-12-03")]]);
  it("is the day before the earliest first delivery day of the zones served", () => {
    expect(harvestDateFor(["Z2"], firstDays, "2026-W49").toISOString().slice(0, 10)).toBe("2026-12-02");
    expect(harvestDateFor(["Z2", "Z1"], firstDays, "2026-W49").toISOString().slice(0, 10)).toBe("2026-11-30");
  });
  it("falls back to any zone's first day, then to the Sunday before the week", () => {
    expect(harvestDateFor([], firstDays, "2026-W49").toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(harvestDateFor(["Z9"], new Map(), "2026-W49").toISOString().slice(0, 10)).toBe("2026-11-29");
  });
});
