// Capacity against demand per cluster, for a run (what its solve saw and what it allocated) or for
// a week not planned yet (live inputs, nothing allocated).
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { loadPlanInputs } from "./inputs";
import { offersOf, type PlanInputs } from "./model";
import { namesOf, runInputs } from "./queries";

export type CapacitySkuRow = {
  skuId: string; skuCode: string; skuName: string;
  capacityUnits: number | null; confidence: number | null; contractMinUnits: number; contractMaxUnits: number | null; upperUnits: number;
  unitPriceMinor: number; allocatedUnits: number; surplusUnits: number; demandUnits: number;
};
export type CapacityClusterRow = {
  clusterId: string; code: string; name: string;
  capacityUnits: number; expectedUnits: number; upperUnits: number; allocatedUnits: number; surplusUnits: number;
  skus: CapacitySkuRow[];
};

async function sourceOf(ctx: ServiceContext, input: { runId?: string; isoWeek?: string }): Promise<{ inputs: PlanInputs; runId: string | null }> {
  if (input.runId) return { inputs: (await runInputs(ctx.db, ctx.actor.hubId, input.runId)).inputs, runId: input.runId };
  if (!input.isoWeek) throw new DomainError("VALIDATION", "Give a run or a week.", { fieldErrors: { isoWeek: ["Pick a week."] } });
  return { inputs: await loadPlanInputs(ctx.db, { hubId: ctx.actor.hubId, isoWeek: input.isoWeek, previous: null, at: ctx.now() }), runId: null };
}

/** Per cluster: declared and confidence-weighted capacity, contract band, allocated and surplus, per SKU with its demand. */
export async function capacityVsDemand(ctx: ServiceContext, input: { runId?: string; isoWeek?: string }): Promise<{ isoWeek: string; runId: string | null; demandUnits: number; clusters: CapacityClusterRow[] }> {
  const { inputs, runId } = await sourceOf(ctx, input);
  const [allocated, surplus] = runId
    ? await Promise.all([
        ctx.db.allocation.groupBy({ by: ["clusterId", "skuId"], where: { planRunId: runId }, _sum: { units: true } }),
        ctx.db.planException.findMany({ where: { planRunId: runId, kind: "SURPLUS" }, select: { clusterId: true, skuId: true, units: true } }),
      ])
    : [[], []];
  const allocatedBy = new Map(allocated.map((a) => [`${a.clusterId}|${a.skuId}`, a._sum.units ?? 0]));
  const surplusBy = new Map(surplus.map((s) => [`${s.clusterId}|${s.skuId}`, s.units]));
  const demandBySku = new Map<string, number>();
  for (const p of inputs.pools) demandBySku.set(p.skuId, (demandBySku.get(p.skuId) ?? 0) + p.units);
  const contractMax = new Map(inputs.contracts.map((c) => [`${c.clusterId}|${c.skuId}`, c.maxWeeklyUnits]));
  const offers = offersOf(inputs);
  const names = await namesOf(ctx.db, ctx.actor.hubId, { skus: [...new Set(offers.map((o) => o.skuId))], orgs: [...new Set(offers.map((o) => o.clusterId))] });
  const clusters = new Map<string, CapacityClusterRow>();
  for (const o of offers) {
    const k = `${o.clusterId}|${o.skuId}`;
    const org = names.org.get(o.clusterId);
    const c = clusters.get(o.clusterId) ?? { clusterId: o.clusterId, code: org?.code ?? o.clusterId, name: org?.name ?? o.clusterId, capacityUnits: 0, expectedUnits: 0, upperUnits: 0, allocatedUnits: 0, surplusUnits: 0, skus: [] };
    const row: CapacitySkuRow = {
      skuId: o.skuId, skuCode: names.sku.get(o.skuId)?.code ?? o.skuId, skuName: names.sku.get(o.skuId)?.name ?? o.skuId,
      capacityUnits: o.capacityUnits, confidence: o.confidence, contractMinUnits: o.contractMinUnits, contractMaxUnits: contractMax.get(k) ?? null, upperUnits: o.upperUnits,
      unitPriceMinor: o.unitPriceMinor, allocatedUnits: allocatedBy.get(k) ?? 0, surplusUnits: surplusBy.get(k) ?? 0, demandUnits: demandBySku.get(o.skuId) ?? 0,
    };
    c.skus.push(row);
    c.capacityUnits += o.capacityUnits ?? 0;
    c.expectedUnits += Math.floor((o.confidence ?? 1) * (o.capacityUnits ?? 0));
    c.upperUnits += o.upperUnits;
    c.allocatedUnits += row.allocatedUnits;
    c.surplusUnits += row.surplusUnits;
    clusters.set(o.clusterId, c);
  }
  const list = [...clusters.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const c of list) c.skus.sort((a, b) => (a.skuCode < b.skuCode ? -1 : 1));
  return { isoWeek: inputs.isoWeek, runId, demandUnits: inputs.pools.reduce((s, p) => s + p.units, 0), clusters: list };
}
