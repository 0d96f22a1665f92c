// Forecast accuracy: when a zone's pools of a week close, what the freshest forecast made before the
// week said (p50, horizon 1 when the nightly run had it) against what was actually ordered.
import type { DbOrTx } from "@/lib/db";
import { latestRunBefore } from "./read";

/** Records ForecastAccuracy for a closed (hub, zone, week) once (a repeat inserts nothing); returns rows written. */
export async function recordForecastAccuracy(tx: DbOrTx, input: { hubId: string; zoneId: string; isoWeek: string }): Promise<number> {
  const { hubId, zoneId, isoWeek } = input;
  const run = await latestRunBefore(tx, hubId, isoWeek);
  if (!run) return 0;
  const pools = await tx.demandPool.findMany({
    where: { hubId, zoneId, isoWeek, status: "CLOSED" },
    select: { skuId: true, orderedUnits: true, subscribedUnits: true, b2bUnits: true },
  });
  // Not closed yet: the actuals are still moving.
  if (pools.length === 0) return 0;
  const actual = new Map(pools.map((p) => [p.skuId, p.orderedUnits + p.subscribedUnits + p.b2bUnits]));
  const forecasts = await tx.forecast.findMany({ where: { runId: run.id, zoneId, isoWeek }, select: { skuId: true, method: true, p50: true } });
  // A SKU with a pool but no forecast is a new series: nothing was forecast to compare with.
  const { count } = await tx.forecastAccuracy.createMany({
    data: forecasts.map((f) => ({ hubId, skuId: f.skuId, zoneId, isoWeek, runId: run.id, method: f.method, forecastUnits: f.p50, actualUnits: actual.get(f.skuId) ?? 0 })),
    skipDuplicates: true,
  });
  return count;
}
