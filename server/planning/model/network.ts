// The allocation network of one week: offers (cluster x SKU, from contracts and capacity), edges
// (pool <- offer over a lane) with unit costs, and the shortage penalty per SKU. Pure; both the
// LP and the greedy baseline read it, so they price every unit the same way.
import { unitTransportMinor } from "@/server/supply/rules";
import type { Edge, Offer, PlanInputs, PlanPool } from "./types";

export type Network = {
  pools: PlanPool[];
  offers: Offer[];
  edges: Edge[];
  /** Edge indexes per pool, cheapest first (cluster id breaks ties). */
  edgesByPool: number[][];
  shortagePenaltyBySku: Map<string, number>;
};

const key = (a: string, b: string) => `${a}|${b}`;

/** Offers of every cluster x SKU with a contract or declared capacity (SKU, cluster order). */
export function offersOf(inputs: PlanInputs): Offer[] {
  const contracts = new Map(inputs.contracts.map((c) => [key(c.clusterId, c.skuId), c]));
  const capacity = new Map(inputs.capacity.map((c) => [key(c.clusterId, c.skuId), c]));
  const retail = new Map(inputs.skus.map((s) => [s.skuId, s.retailPriceMinor]));
  const dearestContract = new Map<string, number>();
  for (const c of inputs.contracts) dearestContract.set(c.skuId, Math.max(dearestContract.get(c.skuId) ?? 0, c.unitPriceMinor));
  const { spotPremiumPct, spotShareOfRetailPct } = inputs.penalties;
  const spotPrice = (skuId: string) => {
    const dearest = dearestContract.get(skuId);
    if (dearest !== undefined) return Math.round((dearest * (100 + spotPremiumPct)) / 100);
    return Math.round(((retail.get(skuId) ?? 0) * spotShareOfRetailPct) / 100);
  };
  const keys = [...new Set([...contracts.keys(), ...capacity.keys()])];
  const offers = keys.map((k): Offer => {
    const contract = contracts.get(k);
    const cap = capacity.get(k);
    const [clusterId, skuId] = k.split("|") as [string, string];
    // No declared capacity: the contract maximum is what the cluster has committed to.
    const upperUnits = Math.max(0, Math.min(cap ? cap.units : Infinity, contract ? contract.maxWeeklyUnits : Infinity));
    const contractMinUnits = contract?.minWeeklyUnits ?? 0;
    return {
      clusterId,
      skuId,
      contractId: contract?.contractId ?? null,
      unitPriceMinor: contract ? contract.unitPriceMinor : spotPrice(skuId),
      upperUnits,
      minUnits: Math.min(contractMinUnits, upperUnits),
      contractMinUnits,
      capacityUnits: cap ? cap.units : null,
      confidence: cap ? cap.confidence : null,
    };
  });
  return offers.sort((a, b) => cmp(a.skuId, b.skuId) || cmp(a.clusterId, b.clusterId));
}

/** Builds the network; pools with no units are left out. */
export function networkOf(inputs: PlanInputs): Network {
  const pools = inputs.pools.filter((p) => p.units > 0);
  const offers = offersOf(inputs);
  const lanes = new Map(inputs.lanes.map((l) => [key(l.clusterId, l.zoneId), l.perKgMinor]));
  const weight = new Map(inputs.skus.map((s) => [s.skuId, s.grossWeightG]));
  const offersBySku = new Map<string, number[]>();
  offers.forEach((o, i) => offersBySku.set(o.skuId, [...(offersBySku.get(o.skuId) ?? []), i]));
  const edges: Edge[] = [];
  const edgesByPool: number[][] = pools.map(() => []);
  const dearest = new Map<string, number>();
  pools.forEach((pool, p) => {
    for (const o of offersBySku.get(pool.skuId) ?? []) {
      const offer = offers[o]!;
      const perKg = lanes.get(key(offer.clusterId, pool.zoneId));
      if (perKg === undefined || offer.upperUnits <= 0) continue;
      const unitTransport = unitTransportMinor(perKg, weight.get(pool.skuId) ?? 0);
      const unitCostMinor = offer.unitPriceMinor + unitTransport;
      edgesByPool[p]!.push(edges.length);
      edges.push({ pool: p, offer: o, unitPriceMinor: offer.unitPriceMinor, unitTransportMinor: unitTransport, unitCostMinor });
      dearest.set(pool.skuId, Math.max(dearest.get(pool.skuId) ?? 0, unitCostMinor));
    }
    edgesByPool[p]!.sort((a, b) => edges[a]!.unitCostMinor - edges[b]!.unitCostMinor || cmp(offers[edges[a]!.offer]!.clusterId, offers[edges[b]!.offer]!.clusterId));
  });
  const { shortageFactor, shortageBaseMinor, movePerUnitMinor } = inputs.penalties;
  const retail = new Map(inputs.skus.map((s) => [s.skuId, s.retailPriceMinor]));
  const shortagePenaltyBySku = new Map<string, number>();
  for (const pool of pools) {
    // Well above any way to serve (even one that moves volume twice), and scaled by what the customer pays.
    const floor = (dearest.get(pool.skuId) ?? 0) + 2 * movePerUnitMinor;
    shortagePenaltyBySku.set(pool.skuId, Math.round(shortageFactor * Math.max(retail.get(pool.skuId) ?? 0, floor)) + shortageBaseMinor);
  }
  return { pools, offers, edges, edgesByPool, shortagePenaltyBySku };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
