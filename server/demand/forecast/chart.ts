// One SKU's forecast chart: weekly actuals of the past weeks, what was forecast for them one week
// ahead, and the p10/p50/p90 band of the published run ahead. Without a zone, every zone is summed;
// summed per-zone quantiles give a band a little wider than the total's own (a cautious display).
import { DomainError } from "@/lib/errors";
import { addWeeks, isoWeekAt, weeksBetween } from "@/lib/iso-week";
import type { ServiceContext } from "@/server/context";
import { actualsBySeries } from "../pools";
import { publishedRun } from "./queries";
import type { TSeriesChartQuery } from "./schema";

export type ChartPoint = {
  isoWeek: string;
  /** null ahead of the run's week. */
  actual: number | null;
  /** The one-week-ahead forecast recorded when the week closed. */
  forecastPast: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
};

export type SeriesChart = {
  sku: { id: string; code: string; name: string; productName: string };
  zone: { id: string; code: string; name: string } | null;
  asOfWeek: string | null;
  /** The chosen method per zone (one entry when a zone was asked for). */
  methods: { zoneId: string; method: string; wape: number; seasonalNaiveWape: number }[];
  points: ChartPoint[];
};

const add = (a: number | null, b: number) => (a ?? 0) + b;

/** Chart data for one SKU (optionally one zone) from the published run. */
export async function seriesChart(ctx: ServiceContext, q: TSeriesChartQuery): Promise<SeriesChart> {
  const hubId = ctx.actor.hubId;
  const sku = await ctx.db.sku.findFirst({ where: { id: q.skuId, hubId }, select: { id: true, code: true, name: true, product: { select: { name: true } } } });
  if (!sku) throw new DomainError("NOT_FOUND", "SKU not found.");
  const zone = q.zoneId ? await ctx.db.deliveryZone.findFirst({ where: { id: q.zoneId, hubId }, select: { id: true, code: true, name: true } }) : null;
  if (q.zoneId && !zone) throw new DomainError("NOT_FOUND", "Delivery zone not found.");
  const run = await publishedRun(ctx);
  const lastActual = run?.asOfWeek ?? addWeeks(isoWeekAt(ctx.now(), ctx.actor.hubTimeZone), -1);
  const from = addWeeks(lastActual, 1 - q.pastWeeks);
  const inSeries = { skuId: sku.id, ...(zone ? { zoneId: zone.id } : {}) };

  const points = new Map<string, ChartPoint>();
  const at = (isoWeek: string) => points.get(isoWeek)!;
  const weeks = weeksBetween(from, lastActual) + 1 + (run ? 12 : 0);
  for (let i = 0; i < weeks; i++) {
    const w = addWeeks(from, i);
    points.set(w, { isoWeek: w, actual: w <= lastActual ? 0 : null, forecastPast: null, p10: null, p50: null, p90: null });
  }
  for (const a of await actualsBySeries(ctx.db, { hubId, untilWeek: lastActual })) {
    if (a.skuId === sku.id && (!zone || a.zoneId === zone.id) && a.isoWeek >= from) at(a.isoWeek).actual = add(at(a.isoWeek).actual, a.units);
  }
  for (const f of await ctx.db.forecastAccuracy.findMany({ where: { hubId, ...inSeries, isoWeek: { gte: from, lte: lastActual } }, select: { isoWeek: true, forecastUnits: true } })) {
    at(f.isoWeek).forecastPast = add(at(f.isoWeek).forecastPast, f.forecastUnits);
  }
  const methods = run
    ? await ctx.db.forecastSeries.findMany({ where: { runId: run.id, ...inSeries }, select: { zoneId: true, method: true, wape: true, seasonalNaiveWape: true }, orderBy: { zoneId: "asc" } })
    : [];
  if (run) {
    for (const f of await ctx.db.forecast.findMany({ where: { runId: run.id, ...inSeries }, select: { isoWeek: true, p10: true, p50: true, p90: true } })) {
      const p = points.get(f.isoWeek);
      if (!p) continue;
      [p.p10, p.p50, p.p90] = [add(p.p10, f.p10), add(p.p50, f.p50), add(p.p90, f.p90)];
    }
  }
  return {
    sku: { id: sku.id, code: sku.code, name: sku.name, productName: sku.product.name },
    zone, asOfWeek: run?.asOfWeek ?? null, methods, points: [...points.values()],
  };
}
