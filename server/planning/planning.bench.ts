// Benchmark: one week's allocation of 2,000 pools (200 SKUs x 10 zones) over 20 clusters, from a
// seeded PRNG (server/planning/synthetic.ts). HiGHS LP (cold = first solve in the process, with the
// wasm load; warm = median of 3), the same model as a MIP (checks the LP optimum is the integer
// one), the greedy baseline on the same instance (cost and fill-rate ratios), and a re-plan after
// the busiest cluster loses 40% of its capacity against a plan from scratch (units moved).
import { greedyPlan, highsRuntime, movedUnitsOf, solvePlan, type PlanInputs, type PlanResult } from "./model";
import { syntheticInstance } from "./synthetic";

const SHAPE = { skus: 200, zones: 10, clusters: 20, seed: 20261122 };
const DROP = 0.4;

const fillRate = (r: PlanResult) => r.allocatedUnits / Math.max(1, r.demandUnits);
const supplyCost = (r: PlanResult) => r.parts.purchaseMinor + r.parts.transportMinor;
/** Purchase + transport + shortage penalty: the objective without the re-plan move penalty. */
const planCost = (r: PlanResult) => supplyCost(r) + r.parts.shortagePenaltyMinor;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The busiest cluster (most units allocated) loses DROP of every capacity it declared. */
function dropBusiest(inputs: PlanInputs, plan: PlanResult): { inputs: PlanInputs; clusterId: string; unitsLost: number } {
  const volume = new Map<string, number>();
  for (const a of plan.allocations) volume.set(a.clusterId, (volume.get(a.clusterId) ?? 0) + a.units);
  const clusterId = [...volume.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  let unitsLost = 0;
  const capacity = inputs.capacity.map((c) => {
    if (c.clusterId !== clusterId) return c;
    const units = Math.round(c.units * (1 - DROP));
    unitsLost += c.units - units;
    return { ...c, units };
  });
  return { inputs: { ...inputs, capacity }, clusterId, unitsLost };
}

export async function benchPlanning() {
  const inputs = syntheticInstance(SHAPE);
  const loadStarted = performance.now();
  await highsRuntime();
  const wasmLoadMs = performance.now() - loadStarted;
  const lp = await solvePlan(inputs);
  const warm = [lp.solveMs];
  for (let i = 0; i < 2; i++) warm.push((await solvePlan(inputs)).solveMs);
  const mip = await solvePlan(inputs, { forceMip: true });
  const greedy = greedyPlan(inputs);

  const previous = lp.allocations.map(({ skuId, zoneId, clusterId, units }) => ({ skuId, zoneId, clusterId, units }));
  const drop = dropBusiest(inputs, lp);
  const scratch = await solvePlan(drop.inputs);
  const replan = await solvePlan({ ...drop.inputs, previous });
  const scratchMoved = movedUnitsOf(scratch.allocations, previous)!;

  const result = {
    name: "planning: 2,000 pools x 20 clusters",
    pools: inputs.pools.length, clusters: SHAPE.clusters, skus: SHAPE.skus, zones: SHAPE.zones, demandUnits: lp.demandUnits,
    columns: lp.columns, rows: lp.rows,
    lpStatus: lp.status, lpMethod: lp.method, lpIntegral: lp.integralLp,
    wasmLoadMs, lpColdMs: lp.solveMs, lpWarmMs: median(warm.slice(1)),
    lpObjectiveMinor: lp.parts.objectiveMinor, lpPurchaseMinor: lp.parts.purchaseMinor, lpTransportMinor: lp.parts.transportMinor, lpShortagePenaltyMinor: lp.parts.shortagePenaltyMinor,
    lpFillRate: fillRate(lp), lpShortageUnits: lp.shortageUnits, lpSurplusUnits: lp.surplusUnits,
    mipStatus: mip.status, mipMs: mip.solveMs, mipObjectiveMinor: mip.parts.objectiveMinor,
    greedyMs: greedy.solveMs, greedyObjectiveMinor: greedy.parts.objectiveMinor, greedyFillRate: fillRate(greedy), greedyShortageUnits: greedy.shortageUnits,
    /** Greedy cost over LP cost (purchase + transport + shortage penalty): above 1, the LP is cheaper. */
    greedyCostRatio: planCost(greedy) / planCost(lp),
    /** Purchase + transport per unit served, greedy over LP. */
    greedyUnitCostRatio: supplyCost(greedy) / greedy.allocatedUnits / (supplyCost(lp) / lp.allocatedUnits),
    /** LP fill rate over greedy fill rate: above 1, the LP serves more. */
    lpFillRateRatio: fillRate(lp) / fillRate(greedy),
    dropClusterId: drop.clusterId, dropUnitsLost: drop.unitsLost,
    scratchMovedUnits: scratchMoved, scratchCostMinor: planCost(scratch), scratchShortageUnits: scratch.shortageUnits, scratchMs: scratch.solveMs,
    replanMovedUnits: replan.movedUnits!, replanCostMinor: planCost(replan), replanShortageUnits: replan.shortageUnits, replanMs: replan.solveMs, replanStatus: replan.status, replanIntegral: replan.integralLp,
    replanMovedRatio: replan.movedUnits! / Math.max(1, scratchMoved),
    replanCostRatio: planCost(replan) / planCost(scratch),
  };
  const f = (n: number, d = 0) => n.toLocaleString("en", { maximumFractionDigits: d, minimumFractionDigits: d });
  const eur = (minor: number) => `€${f(minor / 100, 2)}`;
  const pct = (x: number) => `${f(x * 100, 1)}%`;
  console.log([
    "",
    `Allocation of ${f(result.pools)} pools (${SHAPE.skus} SKUs x ${SHAPE.zones} zones, ${f(result.demandUnits)} units) over ${SHAPE.clusters} clusters: ${f(result.columns)} columns x ${f(result.rows)} rows, seed ${SHAPE.seed}`,
    "",
    "| measure | HiGHS LP | greedy baseline | ratio |",
    "| --- | --- | --- | --- |",
    `| solve time | ${f(result.lpWarmMs)} ms warm, ${f(result.lpColdMs)} ms cold (+${f(wasmLoadMs)} ms wasm load); ${result.lpStatus}, integral: ${result.lpIntegral} | ${f(result.greedyMs)} ms | |`,
    `| cost (purchase + transport + shortage penalty) | ${eur(planCost(lp))} | ${eur(planCost(greedy))} | ${f(result.greedyCostRatio, 3)} (greedy / LP) |`,
    `| purchase + transport per unit served | ${eur(supplyCost(lp) / lp.allocatedUnits)} | ${eur(supplyCost(greedy) / greedy.allocatedUnits)} | ${f(result.greedyUnitCostRatio, 3)} |`,
    `| fill rate | ${pct(result.lpFillRate)} (${f(lp.shortageUnits)} units short) | ${pct(result.greedyFillRate)} (${f(greedy.shortageUnits)} short) | ${f(result.lpFillRateRatio, 3)} (LP / greedy) |`,
    `| same model as MIP | ${result.mipStatus}, ${f(result.mipMs)} ms, objective ${result.mipObjectiveMinor === result.lpObjectiveMinor ? "equal to the LP's" : `${f(result.mipObjectiveMinor)} vs ${f(result.lpObjectiveMinor)}`} | | |`,
    "",
    `Capacity drop: ${drop.clusterId} loses ${pct(DROP)} of its capacity (${f(drop.unitsLost)} units)`,
    "",
    "| measure | re-plan (move penalty) | plan from scratch | ratio |",
    "| --- | --- | --- | --- |",
    `| units moved against the plan before | ${f(result.replanMovedUnits)} | ${f(result.scratchMovedUnits)} | ${f(result.replanMovedRatio, 3)} |`,
    `| cost (without the move penalty) | ${eur(result.replanCostMinor)} | ${eur(result.scratchCostMinor)} | ${f(result.replanCostRatio, 4)} |`,
    `| units short | ${f(result.replanShortageUnits)} | ${f(result.scratchShortageUnits)} | |`,
    `| solve time | ${f(result.replanMs)} ms | ${f(result.scratchMs)} ms | |`,
    "",
  ].join("\n"));
  return result;
}
