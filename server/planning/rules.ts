// Pure planning rules: which exceptions a solved plan raises.
import type { PlanResult } from "./model";

export type ExceptionDraft = { kind: "SHORTAGE" | "SURPLUS" | "CAPACITY_RISK"; skuId: string; zoneId: string | null; clusterId: string | null; units: number; detail: string };

/**
 * SHORTAGE per pool left short; SURPLUS per cluster x SKU whose contract minimum is above what
 * demand takes from it; CAPACITY_RISK where the volume leans on capacity the coordinator is not
 * sure of (above confidence x declared units) or on none declared at all (contract maximum only).
 */
export function exceptionDrafts(result: PlanResult, demandByPool: Map<string, number>): ExceptionDraft[] {
  const out: ExceptionDraft[] = [];
  for (const s of result.shortages) {
    const demand = demandByPool.get(s.poolId) ?? s.units;
    out.push({ kind: "SHORTAGE", skuId: s.skuId, zoneId: s.zoneId, clusterId: null, units: s.units, detail: `${s.units} of ${demand} units not covered by any cluster's capacity.` });
  }
  for (const v of result.volumes) {
    if (v.surplusUnits > 0) {
      out.push({ kind: "SURPLUS", skuId: v.skuId, zoneId: null, clusterId: v.clusterId, units: v.surplusUnits, detail: `Contract minimum ${v.minUnits} is above the ${v.allocatedUnits} units demand takes: ${v.surplusUnits} bought as surplus.` });
    }
    const volume = v.allocatedUnits + v.surplusUnits;
    if (volume === 0) continue;
    if (v.capacityUnits === null) {
      out.push({ kind: "CAPACITY_RISK", skuId: v.skuId, zoneId: null, clusterId: v.clusterId, units: volume, detail: `No capacity declared: ${volume} units rely on the contract maximum (${v.upperUnits}).` });
      continue;
    }
    const expected = Math.floor((v.confidence ?? 1) * v.capacityUnits + 1e-9);
    if (volume > expected) {
      const pct = Math.round((v.confidence ?? 1) * 100);
      out.push({ kind: "CAPACITY_RISK", skuId: v.skuId, zoneId: null, clusterId: v.clusterId, units: volume - expected, detail: `${volume} units planned of ${v.capacityUnits} declared at ${pct}% confidence (${expected} expected).` });
    }
  }
  return out;
}
