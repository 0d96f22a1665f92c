// Everything one week's solve reads, gathered into PlanInputs: the week's pools (demand context),
// capacity, contracts and transport (supply context), SKU weights and retail prices (catalog
// rows), and for re-plans the previous plan's allocations. Stored as-is on the plan run.
import type { DbOrTx } from "@/lib/db";
import { demandForWeek } from "@/server/demand/pools";
import { capacityForWeek, contractsForWeek, transportCosts } from "@/server/supply";
import { canonicalInputs, DEFAULT_PENALTIES, type PlanInputs, type PlanPenalties, type PlanPrevious, type PlanSku } from "./model";

/** Weight and current retail price (per pack, one unit) of the SKUs; unknown ids are left out. */
export async function skuFacts(db: DbOrTx, hubId: string, skuIds: readonly string[], at: Date): Promise<PlanSku[]> {
  if (skuIds.length === 0) return [];
  const rows = await db.sku.findMany({
    where: { hubId, id: { in: [...skuIds] } },
    select: {
      id: true,
      grossWeightG: true,
      prices: {
        where: { channel: "RETAIL", minQuantity: 1, validFrom: { lte: at }, OR: [{ validTo: null }, { validTo: { gt: at } }] },
        orderBy: { validFrom: "desc" },
        take: 1,
        select: { amountMinor: true },
      },
    },
  });
  return rows.map((r) => ({ skuId: r.id, grossWeightG: r.grossWeightG, retailPriceMinor: r.prices[0]?.amountMinor ?? 0 }));
}

/** The allocations of a plan run, as a previous plan for a re-plan. */
export async function allocationsOfRun(db: DbOrTx, runId: string): Promise<PlanPrevious[]> {
  const rows = await db.allocation.findMany({ where: { planRunId: runId }, select: { skuId: true, zoneId: true, clusterId: true, units: true } });
  return rows;
}

export type SupplySide = Pick<PlanInputs, "capacity" | "contracts" | "lanes">;

/** Capacity, contracts and lanes of the hub for a week. */
export async function supplyForWeek(db: DbOrTx, q: { hubId: string; isoWeek: string }): Promise<SupplySide> {
  const [capacity, contracts, lanes] = await Promise.all([capacityForWeek(db, q), contractsForWeek(db, q), transportCosts(db, { hubId: q.hubId })]);
  return {
    capacity: capacity.map(({ clusterId, skuId, units, confidence }) => ({ clusterId, skuId, units, confidence })),
    contracts: contracts.map(({ contractId, clusterId, skuId, unitPriceMinor, minWeeklyUnits, maxWeeklyUnits }) => ({ contractId, clusterId, skuId, unitPriceMinor, minWeeklyUnits, maxWeeklyUnits })),
    lanes: lanes.map(({ clusterId, zoneId, perKgMinor }) => ({ clusterId, zoneId, perKgMinor })),
  };
}

/** Canonical inputs of one week's plan (previous: the re-planned run's allocations, else null). */
export async function loadPlanInputs(
  db: DbOrTx,
  q: { hubId: string; isoWeek: string; previous: PlanPrevious[] | null; at: Date; penalties?: PlanPenalties },
): Promise<PlanInputs> {
  const [pools, supply] = await Promise.all([demandForWeek(db, { hubId: q.hubId, isoWeek: q.isoWeek }), supplyForWeek(db, q)]);
  const skuIds = new Set<string>([...pools.map((p) => p.skuId), ...supply.capacity.map((c) => c.skuId), ...supply.contracts.map((c) => c.skuId)]);
  const skus = await skuFacts(db, q.hubId, [...skuIds], q.at);
  return canonicalInputs({
    version: 1,
    isoWeek: q.isoWeek,
    pools: pools.filter((p) => p.totalUnits > 0).map((p) => ({ poolId: p.poolId, skuId: p.skuId, zoneId: p.zoneId, units: p.totalUnits })),
    ...supply,
    skus,
    previous: q.previous,
    penalties: q.penalties ?? DEFAULT_PENALTIES,
  });
}
