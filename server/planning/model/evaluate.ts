// Turns whole-unit flows on the network into a plan: allocations, shortages, surpluses, cluster
// volumes and the objective in integer minor units. The LP and the greedy baseline both end here,
// so their costs are comparable to the unit.
import type { Network } from "./network";
import type { ClusterVolume, PlanAllocation, PlanInputs, PlanResult, PlanShortage, PlanSurplus } from "./types";

export type Flows = { edgeUnits: number[]; shortageUnits: number[]; surplusUnits: number[] };

type Keyed = { skuId: string; zoneId: string; clusterId: string; units: number };

/** sum |x - previous| over SKU x zone x cluster (pairs on either side only count their own units). */
export function deviationOf(allocations: readonly Keyed[], previous: readonly Keyed[]): number {
  const delta = new Map<string, number>();
  for (const p of previous) delta.set(`${p.skuId}|${p.zoneId}|${p.clusterId}`, (delta.get(`${p.skuId}|${p.zoneId}|${p.clusterId}`) ?? 0) - p.units);
  for (const a of allocations) {
    const k = `${a.skuId}|${a.zoneId}|${a.clusterId}`;
    delta.set(k, (delta.get(k) ?? 0) + a.units);
  }
  let total = 0;
  for (const d of delta.values()) total += Math.abs(d);
  return total;
}

/** Moved units against a previous plan: sum |x - previous| / 2, rounded up; null without one. */
export function movedUnitsOf(allocations: readonly Keyed[], previous: readonly Keyed[] | null): number | null {
  return previous ? Math.ceil(deviationOf(allocations, previous) / 2) : null;
}

/** Plan figures from integer flows. */
export function evaluateFlows(inputs: PlanInputs, net: Network, flows: Flows, meta: Pick<PlanResult, "status" | "feasible" | "method" | "integralLp" | "solveMs" | "columns" | "rows">): PlanResult {
  const allocations: PlanAllocation[] = [];
  const volume = net.offers.map(() => 0);
  let purchase = 0;
  let transport = 0;
  net.edges.forEach((e, i) => {
    const units = flows.edgeUnits[i] ?? 0;
    if (units <= 0) return;
    const pool = net.pools[e.pool]!;
    const offer = net.offers[e.offer]!;
    allocations.push({ poolId: pool.poolId, skuId: pool.skuId, zoneId: pool.zoneId, clusterId: offer.clusterId, units, unitPriceMinor: e.unitPriceMinor, unitTransportMinor: e.unitTransportMinor });
    volume[e.offer]! += units;
    purchase += units * e.unitPriceMinor;
    transport += units * e.unitTransportMinor;
  });
  const shortages: PlanShortage[] = [];
  let penalty = 0;
  net.pools.forEach((pool, p) => {
    const units = flows.shortageUnits[p] ?? 0;
    if (units <= 0) return;
    const perUnit = net.shortagePenaltyBySku.get(pool.skuId) ?? 0;
    shortages.push({ poolId: pool.poolId, skuId: pool.skuId, zoneId: pool.zoneId, units, penaltyPerUnitMinor: perUnit });
    penalty += units * perUnit;
  });
  const surpluses: PlanSurplus[] = [];
  const volumes: ClusterVolume[] = net.offers.map((o, i) => {
    const surplusUnits = flows.surplusUnits[i] ?? 0;
    if (surplusUnits > 0) {
      surpluses.push({ clusterId: o.clusterId, skuId: o.skuId, units: surplusUnits, unitPriceMinor: o.unitPriceMinor });
      purchase += surplusUnits * o.unitPriceMinor;
    }
    return { ...o, allocatedUnits: volume[i]!, surplusUnits };
  });
  const movedUnits = movedUnitsOf(allocations, inputs.previous);
  const movePenalty = inputs.previous ? deviationOf(allocations, inputs.previous) * inputs.penalties.movePerUnitMinor : 0;
  const demandUnits = net.pools.reduce((s, p) => s + p.units, 0);
  const allocatedUnits = allocations.reduce((s, a) => s + a.units, 0);
  return {
    ...meta,
    allocations,
    shortages,
    surpluses,
    volumes,
    parts: { purchaseMinor: purchase, transportMinor: transport, shortagePenaltyMinor: penalty, movePenaltyMinor: movePenalty, objectiveMinor: purchase + transport + penalty + movePenalty },
    demandUnits,
    allocatedUnits,
    shortageUnits: shortages.reduce((s, x) => s + x.units, 0),
    surplusUnits: surpluses.reduce((s, x) => s + x.units, 0),
    movedUnits,
  };
}
