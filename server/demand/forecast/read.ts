// What pooling and planning read from the forecast: the latest SUCCEEDED run made before the week(s)
// asked about (so a week's forecast is the freshest one that could have been made for it).
import type { DbOrTx } from "@/lib/db";
import { addWeeks } from "@/lib/iso-week";
import { seriesKey } from "./series";

export type ForecastBand = { skuId: string; zoneId: string; isoWeek: string; p10: number; p50: number; p90: number };

/** The latest SUCCEEDED run of the hub made as of a week before `beforeWeek`. */
export async function latestRunBefore(db: DbOrTx, hubId: string, beforeWeek: string) {
  return db.forecastRun.findFirst({
    where: { hubId, status: "SUCCEEDED", asOfWeek: { lt: beforeWeek } },
    orderBy: [{ asOfWeek: "desc" }, { finishedAt: "desc" }],
    select: { id: true, asOfWeek: true },
  });
}

/** p50 per "skuId|zoneId" for `isoWeek` from the latest run; empty when no run covers the week. */
export async function forecastP50ForWeek(db: DbOrTx, input: { hubId: string; isoWeek: string }): Promise<Map<string, number>> {
  const run = await latestRunBefore(db, input.hubId, input.isoWeek);
  if (!run) return new Map();
  const rows = await db.forecast.findMany({ where: { runId: run.id, isoWeek: input.isoWeek }, select: { skuId: true, zoneId: true, p50: true } });
  return new Map(rows.map((r) => [seriesKey(r.skuId, r.zoneId), r.p50]));
}

/** p10/p50/p90 per SKU x zone for `weeks` weeks from `fromWeek`, from the latest run made before `fromWeek`. */
export async function forecastForWeeks(db: DbOrTx, input: { hubId: string; fromWeek: string; weeks: number }): Promise<ForecastBand[]> {
  const run = await latestRunBefore(db, input.hubId, input.fromWeek);
  if (!run || input.weeks <= 0) return [];
  return db.forecast.findMany({
    where: { runId: run.id, isoWeek: { gte: input.fromWeek, lte: addWeeks(input.fromWeek, input.weeks - 1) } },
    select: { skuId: true, zoneId: true, isoWeek: true, p10: true, p50: true, p90: true },
    orderBy: [{ isoWeek: "asc" }, { skuId: "asc" }, { zoneId: "asc" }],
  });
}
