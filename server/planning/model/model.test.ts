import { describe, expect, it } from "vitest";
import { canonicalInputs, greedyPlan, inputHash, solvePlan, DEFAULT_PENALTIES, type PlanInputs, type PlanResult } from "./index";

const cells = (r: PlanResult) => Object.fromEntries(r.allocations.map((a) => [`${a.skuId}/${a.zoneId}/${a.clusterId}`, a.units]));

/**
 * Two SKUs, three zones, clusters A and B.
 * Lanes per kg: A->Z1 10, A->Z2 20, A->Z3 40; B->Z1 30, B->Z2 10, B->Z3 10.
 * tom (1 kg, transport per unit = per kg): A at 100 with capacity 50 (contract max 100, so the
 *   capacity binds), B at 120 with capacity 100. Demand 30 in each zone.
 *   Unit costs A: 110 / 120 / 140, B: 150 / 130 / 130. A saves 40 a unit in Z1, 10 in Z2 and
 *   loses 10 in Z3, so A's 50 units go to Z1 (30) then Z2 (20); B serves Z2's other 10 and Z3.
 *   tom cost = 30x110 + 20x120 + 10x130 + 30x130 = 10,900.
 * let (500 g, transport per unit = per kg / 2): both at 80; B's contract has a minimum of 40.
 *   Demand 20 in Z1. A->Z1 costs 85, B->Z1 95, but B's minimum must be bought anyway: every unit B
 *   serves is one surplus unit (80) fewer, so B serving costs 95 - 80 = 15 against A's 85.
 *   B serves all 20 and 20 more are surplus: 20x95 + 20x80 = 3,500.
 * Optimum 14,400 = purchase 13,000 (A 50x100, B 40x120 + 40x80) + transport 1,400, no shortage.
 */
function handInstance(): PlanInputs {
  return {
    version: 1,
    isoWeek: "2026-W49",
    pools: [
      { poolId: "p-t1", skuId: "tom", zoneId: "Z1", units: 30 },
      { poolId: "p-t2", skuId: "tom", zoneId: "Z2", units: 30 },
      { poolId: "p-t3", skuId: "tom", zoneId: "Z3", units: 30 },
      { poolId: "p-l1", skuId: "let", zoneId: "Z1", units: 20 },
    ],
    capacity: [
      { clusterId: "A", skuId: "tom", units: 50, confidence: 0.9 },
      { clusterId: "B", skuId: "tom", units: 100, confidence: 0.9 },
      { clusterId: "A", skuId: "let", units: 100, confidence: 0.9 },
      { clusterId: "B", skuId: "let", units: 100, confidence: 0.9 },
    ],
    contracts: [
      { contractId: "cA-tom", clusterId: "A", skuId: "tom", unitPriceMinor: 100, minWeeklyUnits: 0, maxWeeklyUnits: 100 },
      { contractId: "cB-tom", clusterId: "B", skuId: "tom", unitPriceMinor: 120, minWeeklyUnits: 0, maxWeeklyUnits: 100 },
      { contractId: "cA-let", clusterId: "A", skuId: "let", unitPriceMinor: 80, minWeeklyUnits: 0, maxWeeklyUnits: 100 },
      { contractId: "cB-let", clusterId: "B", skuId: "let", unitPriceMinor: 80, minWeeklyUnits: 40, maxWeeklyUnits: 100 },
    ],
    lanes: [
      { clusterId: "A", zoneId: "Z1", perKgMinor: 10 },
      { clusterId: "A", zoneId: "Z2", perKgMinor: 20 },
      { clusterId: "A", zoneId: "Z3", perKgMinor: 40 },
      { clusterId: "B", zoneId: "Z1", perKgMinor: 30 },
      { clusterId: "B", zoneId: "Z2", perKgMinor: 10 },
      { clusterId: "B", zoneId: "Z3", perKgMinor: 10 },
    ],
    skus: [
      { skuId: "tom", grossWeightG: 1000, retailPriceMinor: 399 },
      { skuId: "let", grossWeightG: 500, retailPriceMinor: 199 },
    ],
    previous: null,
    penalties: DEFAULT_PENALTIES,
  };
}

describe("solvePlan", () => {
  it("finds the hand-computed optimum of a small instance (binding capacity, contract minimum with surplus)", async () => {
    const r = await solvePlan(handInstance());
    expect(r).toMatchObject({ status: "OPTIMAL", method: "LP", integralLp: true, demandUnits: 110, allocatedUnits: 110, shortageUnits: 0, surplusUnits: 20, movedUnits: null });
    expect(cells(r)).toEqual({ "tom/Z1/A": 30, "tom/Z2/A": 20, "tom/Z2/B": 10, "tom/Z3/B": 30, "let/Z1/B": 20 });
    expect(r.surpluses).toEqual([{ clusterId: "B", skuId: "let", units: 20, unitPriceMinor: 80 }]);
    expect(r.parts).toEqual({ purchaseMinor: 13_000, transportMinor: 1_400, shortagePenaltyMinor: 0, movePenaltyMinor: 0, objectiveMinor: 14_400 });
    const a = r.volumes.find((v) => v.clusterId === "A" && v.skuId === "tom")!;
    expect(a).toMatchObject({ allocatedUnits: 50, upperUnits: 50, capacityUnits: 50 });
  });

  it("greedy on the same instance: A fills Z1 and Z2 but ignores B's minimum, which is then bought as surplus", async () => {
    const g = greedyPlan(handInstance());
    // tom as above (10,900); let: A serves 20 at 85 = 1,700, and B's 40 minimum is surplus at 80 = 3,200.
    expect(g.parts.objectiveMinor).toBe(15_800);
    expect(g.shortageUnits).toBe(0);
    expect(g.surplusUnits).toBe(40);
    const lp = await solvePlan(handInstance());
    expect(lp.parts.objectiveMinor).toBeLessThan(g.parts.objectiveMinor);
  });

  it("solves inputs that cannot be met: demand above all capacity and a minimum above capacity become shortages, not infeasibility", async () => {
    const inputs = handInstance();
    inputs.capacity = inputs.capacity.map((c) => (c.skuId === "tom" ? { ...c, units: 20 } : c.clusterId === "B" ? { ...c, units: 10 } : c));
    inputs.pools.push({ poolId: "p-x", skuId: "nobody-grows-it", zoneId: "Z1", units: 7 });
    const r = await solvePlan(inputs);
    expect(r.status).toBe("OPTIMAL");
    // tom: 40 units of capacity for 90 of demand; the nobody-grows-it pool is short in full.
    expect(r.shortages.find((s) => s.poolId === "p-x")).toMatchObject({ units: 7 });
    expect(r.shortageUnits).toBe(50 + 7);
    expect(r.allocations.filter((a) => a.skuId === "tom").reduce((s, a) => s + a.units, 0)).toBe(40);
    // B's let minimum (40) is clipped to its capacity (10): it serves 10 and nothing is surplus.
    expect(r.volumes.find((v) => v.clusterId === "B" && v.skuId === "let")).toMatchObject({ minUnits: 10, contractMinUnits: 40, allocatedUnits: 10, surplusUnits: 0 });
    expect(r.shortages.every((s) => s.penaltyPerUnitMinor > 150)).toBe(true);
  });

  it("serves only zones a cluster has a lane to and only SKUs it has a contract or capacity for", async () => {
    const inputs = handInstance();
    inputs.lanes = inputs.lanes.filter((l) => !(l.clusterId === "B" && l.zoneId === "Z3"));
    inputs.capacity.push({ clusterId: "C", skuId: "let", units: 5, confidence: 0.5 });
    const r = await solvePlan(inputs);
    expect(r.allocations.some((a) => a.clusterId === "B" && a.zoneId === "Z3")).toBe(false);
    // C has no contract: it sells at the dearest let contract price + 25% (100), dearer than B's effective 15.
    expect(r.volumes.find((v) => v.clusterId === "C")).toMatchObject({ unitPriceMinor: 100, contractId: null, allocatedUnits: 0 });
  });

  it("gives the same plan and hash for the same facts in another order; the MIP agrees with the LP", async () => {
    const a = handInstance();
    const b = handInstance();
    b.pools.reverse();
    b.lanes.reverse();
    b.contracts.reverse();
    expect(inputHash(a)).toBe(inputHash(b));
    const [ra, rb] = [await solvePlan(canonicalInputs(a)), await solvePlan(canonicalInputs(b))];
    expect(cells(ra)).toEqual(cells(rb));
    const mip = await solvePlan(a, { forceMip: true });
    expect(mip).toMatchObject({ status: "OPTIMAL", method: "MIP" });
    expect(mip.parts.objectiveMinor).toBe(ra.parts.objectiveMinor);
  });

  it("an empty week is optimal with nothing to allocate", async () => {
    const r = await solvePlan({ ...handInstance(), pools: [], contracts: [], capacity: [] });
    expect(r).toMatchObject({ status: "OPTIMAL", allocatedUnits: 0, shortageUnits: 0, parts: { objectiveMinor: 0 } });
  });
});

/**
 * Re-plan after a capacity drop. One 1 kg SKU at 100 everywhere; Z1 and Z2 want 30 each.
 * Lanes: A->Z1 0; C->Z1 10, C->Z2 10; B->Z1 40, B->Z2 20. Capacity A 30, C 30, B 100.
 * Before: A serves Z1, C serves Z2 (6,300). A drops to 0. From scratch the cheapest plan moves C to
 * Z1 and brings B into Z2 (6,900): 60 units move. The re-plan (50 a unit of |x - previous|) keeps C
 * on Z2 and lets B serve Z1 (7,500 but only 30 units moved): 600 more cost against 30 x 2 x 50 = 3,000
 * of move penalty saved.
 */
describe("re-plan", () => {
  const base = (): PlanInputs => ({
    version: 1,
    isoWeek: "2026-W49",
    pools: [
      { poolId: "z1", skuId: "s", zoneId: "Z1", units: 30 },
      { poolId: "z2", skuId: "s", zoneId: "Z2", units: 30 },
    ],
    capacity: [
      { clusterId: "A", skuId: "s", units: 30, confidence: 1 },
      { clusterId: "B", skuId: "s", units: 100, confidence: 1 },
      { clusterId: "C", skuId: "s", units: 30, confidence: 1 },
    ],
    contracts: ["A", "B", "C"].map((c) => ({ contractId: `k${c}`, clusterId: c, skuId: "s", unitPriceMinor: 100, minWeeklyUnits: 0, maxWeeklyUnits: 1000 })),
    lanes: [
      { clusterId: "A", zoneId: "Z1", perKgMinor: 0 },
      { clusterId: "C", zoneId: "Z1", perKgMinor: 10 },
      { clusterId: "C", zoneId: "Z2", perKgMinor: 10 },
      { clusterId: "B", zoneId: "Z1", perKgMinor: 40 },
      { clusterId: "B", zoneId: "Z2", perKgMinor: 20 },
    ],
    skus: [{ skuId: "s", grossWeightG: 1000, retailPriceMinor: 300 }],
    previous: null,
    penalties: DEFAULT_PENALTIES,
  });

  it("moves less volume than a plan from scratch after a capacity drop", async () => {
    const before = await solvePlan(base());
    expect(cells(before)).toEqual({ "s/Z1/A": 30, "s/Z2/C": 30 });
    const previous = before.allocations.map(({ skuId, zoneId, clusterId, units }) => ({ skuId, zoneId, clusterId, units }));
    const dropped = base();
    dropped.capacity[0]!.units = 0;

    const scratch = await solvePlan(dropped);
    expect(cells(scratch)).toEqual({ "s/Z1/C": 30, "s/Z2/B": 30 });
    const replan = await solvePlan({ ...dropped, previous });
    expect(cells(replan)).toEqual({ "s/Z1/B": 30, "s/Z2/C": 30 });
    expect(replan).toMatchObject({ status: "OPTIMAL", integralLp: true, movedUnits: 30, shortageUnits: 0 });
    const { movedUnitsOf } = await import("./evaluate");
    expect(movedUnitsOf(scratch.allocations, previous)).toBe(60);
    expect(replan.parts).toMatchObject({ purchaseMinor: 6000, transportMinor: 1500, movePenaltyMinor: 60 * 50, objectiveMinor: 7500 + 3000 });
  });

  it("a re-plan without changes keeps the previous plan exactly", async () => {
    const before = await solvePlan(base());
    const previous = before.allocations.map(({ skuId, zoneId, clusterId, units }) => ({ skuId, zoneId, clusterId, units }));
    const again = await solvePlan({ ...base(), previous });
    expect(cells(again)).toEqual(cells(before));
    expect(again.movedUnits).toBe(0);
  });
});
