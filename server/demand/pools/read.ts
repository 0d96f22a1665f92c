// What other contexts read from the pools: planning takes a week's demand, forecasting the weekly
// actuals of every series.
import type { DbOrTx } from "@/lib/db";

export type PoolDemand = {
  poolId: string; skuId: string; zoneId: string; closed: boolean;
  orderedUnits: number; subscribedUnits: number; projectedSubscribedUnits: number; b2bUnits: number; forecastBufferUnits: number;
  /** All five columns summed (a closed pool has no projection or buffer left). */
  totalUnits: number;
};

/** The hub-week's pools with any demand, by SKU then zone (planning's input). */
export async function demandForWeek(db: DbOrTx, input: { hubId: string; isoWeek: string }): Promise<PoolDemand[]> {
  const pools = await db.demandPool.findMany({
    where: { hubId: input.hubId, isoWeek: input.isoWeek },
    orderBy: [{ skuId: "asc" }, { zoneId: "asc" }],
    select: { id: true, skuId: true, zoneId: true, status: true, orderedUnits: true, subscribedUnits: true, projectedSubscribedUnits: true, b2bUnits: true, forecastBufferUnits: true },
  });
  return pools
    .map(({ id, status, ...p }) => ({
      poolId: id, ...p, closed: status === "CLOSED",
      totalUnits: p.orderedUnits + p.subscribedUnits + p.projectedSubscribedUnits + p.b2bUnits + p.forecastBufferUnits,
    }))
    .filter((p) => p.totalUnits > 0);
}

export type WeeklyActual = { skuId: string; zoneId: string; isoWeek: string; units: number };

/**
 * Weekly actual demand per (SKU, zone, week) up to and including `untilWeek`: closed pools (ordered +
 * subscribed + B2B), and the imported DemandHistory for zone-weeks that have no closed pool (once a
 * zone-week is pooled by Furrow, its pools are the truth and the import is not added on top).
 */
export async function actualsBySeries(db: DbOrTx, input: { hubId: string; untilWeek: string }): Promise<WeeklyActual[]> {
  const { hubId, untilWeek } = input;
  return db.$queryRaw<WeeklyActual[]>`
    WITH pooled AS (
      SELECT "skuId", "zoneId", "isoWeek", ("orderedUnits" + "subscribedUnits" + "b2bUnits")::int AS units
      FROM "DemandPool" WHERE "hubId" = ${hubId} AND status = 'CLOSED' AND "isoWeek" <= ${untilWeek}
    ), pooled_weeks AS (
      SELECT DISTINCT "zoneId", "isoWeek" FROM pooled
    )
    SELECT "skuId", "zoneId", "isoWeek", units FROM pooled
    UNION ALL
    SELECT h."skuId", h."zoneId", h."isoWeek", h.units
    FROM "DemandHistory" h
    LEFT JOIN pooled_weeks w ON w."zoneId" = h."zoneId" AND w."isoWeek" = h."isoWeek"
    WHERE h."hubId" = ${hubId} AND h."isoWeek" <= ${untilWeek} AND w."zoneId" IS NULL
    ORDER BY "skuId", "zoneId", "isoWeek"`;
}
