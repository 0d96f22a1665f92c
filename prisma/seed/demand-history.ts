// Two years of weekly demand per SKU x delivery zone before the seeded order history, as if imported
// from the hub's previous system (DemandHistory): forecasting needs more than twelve weeks to see a
// season. Each series follows its crop's yearly curve (data/crop-seasons.ts), grows mildly (~8 % a
// year), and has Poisson noise on a slightly wobbling mean, so small series come out intermittent.
// It is levelled on the order history: over the seeded order weeks the curve averages the units per
// week actually ordered for that SKU in that zone, so history and orders join without a step.
// Deterministic (one rng stream per series) and idempotent (ON CONFLICT DO NOTHING, zero weeks not stored).
import type { Prisma } from "@/generated/prisma/client";
import { addWeeks, isoWeekOfDate } from "@/lib/iso-week";
import { buildCatalog } from "./build/catalog";
import { HISTORY_WEEKS } from "./build/delivery";
import { hubDay } from "./build/time";
import { seasonMultiplier } from "./data/crop-seasons";
import { ZONES, zoneId } from "./demo-commerce";
import { rngFor, type Rng } from "./random";
import { put, type SeedCtx } from "./write";

export const DEMAND_HISTORY_WEEKS = 104;
/** Mean growth per week (~8 % a year); each series draws 0.5x..1.5x of it. */
const GROWTH_PER_WEEK = 0.0015;
/** Week-to-week wobble of the mean (log scale) on top of Poisson noise. */
const WOBBLE = 0.1;

export type HistoryWeeks = { orderWeeks: string[]; weeks: string[] };

/** The seeded order weeks (reference week and HISTORY_WEEKS before) and the history weeks before them. */
export function historyWeeksFor(reference: Date): HistoryWeeks {
  const refWeek = isoWeekOfDate(hubDay(reference));
  const orderWeeks = Array.from({ length: HISTORY_WEEKS + 1 }, (_, i) => addWeeks(refWeek, i - HISTORY_WEEKS));
  const weeks = Array.from({ length: DEMAND_HISTORY_WEEKS }, (_, i) => addWeeks(orderWeeks[0]!, i - DEMAND_HISTORY_WEEKS));
  return { orderWeeks, weeks };
}

export type SeriesSpec = {
  skuId: string;
  zoneId: string;
  crop: string;
  /** Mean units per week over the order weeks; null when the SKU was not ordered in the zone (out of season). */
  level: number | null;
};

const weekOfYear = (isoWeek: string) => Number(isoWeek.slice(6));

/** Poisson draw: Knuth's product of uniforms for small means, the normal approximation above 30. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(rng.gaussian(mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

/**
 * The weekly units of one series over `weeks`. Expected units in week t: base x season(t) x
 * (1 + g)^(t - middle of the order weeks), with base chosen so the order weeks average `level`;
 * a series without orders peaks at `fallbackLevel`.
 */
export function seriesUnits(spec: SeriesSpec, w: HistoryWeeks, fallbackLevel: number): number[] {
  const rng = rngFor("demand-history", spec.skuId, spec.zoneId);
  const growth = GROWTH_PER_WEEK * rng.float(0.5, 1.5);
  const orderSeason = w.orderWeeks.reduce((s, wk) => s + seasonMultiplier(spec.crop, weekOfYear(wk)), 0) / w.orderWeeks.length;
  const base = spec.level !== null && orderSeason > 0 ? spec.level / orderSeason : fallbackLevel;
  const middle = w.weeks.length + (w.orderWeeks.length - 1) / 2;
  return w.weeks.map((wk, t) => {
    const expected = base * seasonMultiplier(spec.crop, weekOfYear(wk)) * (1 + growth) ** (t - middle);
    return poisson(rng, expected * Math.exp(rng.gaussian(0, WOBBLE)));
  });
}

/** DemandHistory rows of every series (weeks without demand are left out: no row means 0). */
export function buildDemandHistory(hubId: string, specs: readonly SeriesSpec[], w: HistoryWeeks): Prisma.DemandHistoryCreateManyInput[] {
  const rows: Prisma.DemandHistoryCreateManyInput[] = [];
  for (const zone of new Set(specs.map((s) => s.zoneId))) {
    const inZone = specs.filter((s) => s.zoneId === zone);
    // A crop out of season during the order weeks sells, at its peak, like half the zone's median series.
    const levels = inZone.flatMap((s) => (s.level !== null ? [s.level] : [])).sort((a, b) => a - b);
    const fallback = 0.5 * (levels[Math.floor(levels.length / 2)] ?? 1);
    for (const spec of inZone) {
      seriesUnits(spec, w, fallback).forEach((units, t) => {
        if (units > 0) rows.push({ hubId, skuId: spec.skuId, zoneId: spec.zoneId, isoWeek: w.weeks[t]!, units });
      });
    }
  }
  return rows;
}

/** Units per week ordered per SKU x zone over the seeded order weeks (cancelled orders excluded). */
async function orderLevels(ctx: SeedCtx, orderWeeks: string[]): Promise<Map<string, number>> {
  const rows = await ctx.db.$queryRaw<{ skuId: string; zoneId: string; units: number }[]>`
    SELECT l."skuId", o."zoneId", SUM(l.quantity)::int AS units
    FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
    WHERE o."hubId" = ${ctx.hubId} AND o."isoWeek" = ANY(${orderWeeks}) AND o.status <> 'CANCELLED'
    GROUP BY 1, 2`;
  return new Map(rows.map((r) => [`${r.skuId}|${r.zoneId}`, r.units / orderWeeks.length]));
}

/** Seeds DemandHistory for every SKU x zone; run after the commerce seed (it levels on the orders). */
export async function seedDemandHistory(ctx: SeedCtx): Promise<void> {
  const w = historyWeeksFor(ctx.reference);
  const levels = await orderLevels(ctx, w.orderWeeks);
  const specs = buildCatalog(ctx.hubId, "EUR").skuInfo.flatMap((sku) =>
    ZONES.map((z): SeriesSpec => ({ skuId: sku.id, zoneId: zoneId(z.code), crop: sku.crop, level: levels.get(`${sku.id}|${zoneId(z.code)}`) ?? null })));
  const rows = buildDemandHistory(ctx.hubId, specs, w);
  // A rerun finds every row there: one count instead of 40k conflict checks.
  const stored = await ctx.db.demandHistory.count({ where: { hubId: ctx.hubId, isoWeek: { gte: w.weeks[0]!, lte: w.weeks.at(-1)! } } });
  if (stored >= rows.length) ctx.planned.demandHistory += rows.length;
  else await put(ctx, "demandHistory", rows);
}
