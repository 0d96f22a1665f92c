// Canonical inputs and their hash: the same facts in any order give the same model (column order
// decides which of several optimal plans HiGHS returns) and the same hash (plan runs are
// idempotent per input hash).
import { createHash } from "node:crypto";
import type { PlanInputs } from "./types";

const by = <T>(...keys: ((x: T) => string)[]) => (a: T, b: T) => {
  for (const k of keys) {
    const x = k(a);
    const y = k(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Sorted copies of every list, keeping only the fields the model reads. */
export function canonicalInputs(inputs: PlanInputs): PlanInputs {
  return {
    version: 1,
    isoWeek: inputs.isoWeek,
    pools: inputs.pools.map(({ poolId, skuId, zoneId, units }) => ({ poolId, skuId, zoneId, units })).sort(by((p) => p.skuId, (p) => p.zoneId, (p) => p.poolId)),
    capacity: inputs.capacity.map(({ clusterId, skuId, units, confidence }) => ({ clusterId, skuId, units, confidence })).sort(by((c) => c.clusterId, (c) => c.skuId)),
    contracts: inputs.contracts
      .map(({ contractId, clusterId, skuId, unitPriceMinor, minWeeklyUnits, maxWeeklyUnits }) => ({ contractId, clusterId, skuId, unitPriceMinor, minWeeklyUnits, maxWeeklyUnits }))
      .sort(by((c) => c.clusterId, (c) => c.skuId, (c) => c.contractId)),
    lanes: inputs.lanes.map(({ clusterId, zoneId, perKgMinor }) => ({ clusterId, zoneId, perKgMinor })).sort(by((l) => l.clusterId, (l) => l.zoneId)),
    skus: inputs.skus.map(({ skuId, grossWeightG, retailPriceMinor }) => ({ skuId, grossWeightG, retailPriceMinor })).sort(by((s) => s.skuId)),
    previous: inputs.previous
      ? inputs.previous.filter((p) => p.units > 0).map(({ skuId, zoneId, clusterId, units }) => ({ skuId, zoneId, clusterId, units })).sort(by((p) => p.skuId, (p) => p.zoneId, (p) => p.clusterId))
      : null,
    penalties: {
      shortageFactor: inputs.penalties.shortageFactor,
      shortageBaseMinor: inputs.penalties.shortageBaseMinor,
      movePerUnitMinor: inputs.penalties.movePerUnitMinor,
      spotPremiumPct: inputs.penalties.spotPremiumPct,
      spotShareOfRetailPct: inputs.penalties.spotShareOfRetailPct,
    },
  };
}

/** SHA-256 of the canonical inputs (hex). */
export function inputHash(inputs: PlanInputs): string {
  return createHash("sha256").update(JSON.stringify(canonicalInputs(inputs))).digest("hex");
}
