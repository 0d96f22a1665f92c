// Weekly actuals per SKU x zone as forecasting series: oldest first, no gaps (a week without demand
// is 0), from the series' first week with demand to the run's asOfWeek. Actuals come from the pools
// part of the demand context (imported history plus closed pools).
import { createHash } from "node:crypto";
import { addWeeks, weeksBetween } from "@/lib/iso-week";
import type { DbOrTx } from "@/lib/db";
import { actualsBySeries } from "../pools";

/** Three years is plenty for a 52-week season and keeps a run's cost bounded. */
export const MAX_HISTORY_WEEKS = 156;

export type ActualRow = { skuId: string; zoneId: string; isoWeek: string; units: number };
export type Series = { skuId: string; zoneId: string; firstWeek: string; values: number[] };

export const seriesKey = (skuId: string, zoneId: string) => `${skuId}|${zoneId}`;

/** Series from weekly actual rows up to and including `asOfWeek` (later rows are ignored), sorted by key. */
export function buildSeries(rows: readonly ActualRow[], asOfWeek: string, maxWeeks = MAX_HISTORY_WEEKS): Series[] {
  const earliest = addWeeks(asOfWeek, 1 - maxWeeks);
  const byKey = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.units <= 0 || r.isoWeek > asOfWeek || r.isoWeek < earliest) continue;
    const key = seriesKey(r.skuId, r.zoneId);
    const weeks = byKey.get(key) ?? new Map<string, number>();
    weeks.set(r.isoWeek, (weeks.get(r.isoWeek) ?? 0) + r.units);
    byKey.set(key, weeks);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, weeks]) => {
    const [skuId, zoneId] = key.split("|") as [string, string];
    const firstWeek = [...weeks.keys()].sort()[0]!;
    const values = Array.from({ length: weeksBetween(firstWeek, asOfWeek) + 1 }, (_, i) => weeks.get(addWeeks(firstWeek, i)) ?? 0);
    return { skuId, zoneId, firstWeek, values };
  });
}

/** Hash of a run's input (bump `version` when the maths changes): an identical input reuses the stored run. */
export function inputHash(series: readonly Series[], asOfWeek: string, version: string): string {
  const h = createHash("sha256").update(`${version}\n${asOfWeek}\n`);
  for (const s of series) h.update(`${s.skuId}|${s.zoneId}|${s.firstWeek}|${s.values.join(",")}\n`);
  return h.digest("hex");
}

/** Every series of the hub up to `asOfWeek`. */
export async function loadSeries(db: DbOrTx, hubId: string, asOfWeek: string): Promise<Series[]> {
  const rows: ActualRow[] = await actualsBySeries(db, { hubId, untilWeek: asOfWeek });
  return buildSeries(rows, asOfWeek);
}
