// Planner portal reads: the published run's backtest (chosen methods vs seasonal naive) and accuracy
// per week, recorded as pools close and, for weeks before that, from the run's own backtest.
import type { ServiceContext } from "@/server/context";
import { addWeeks } from "@/lib/iso-week";
import { actualsBySeries } from "../pools";
import type { TAccuracyQuery } from "./schema";
import type { StoredSummary } from "./run";
import type { RunSummary } from "./summary";

const runFields = { id: true, asOfWeek: true, status: true, error: true, startedAt: true, finishedAt: true, seriesCount: true } as const;

/** The latest published (SUCCEEDED) run of a hub, newest week first. */
export async function publishedRun(ctx: ServiceContext) {
  return ctx.db.forecastRun.findFirst({
    where: { hubId: ctx.actor.hubId, status: "SUCCEEDED" },
    orderBy: [{ asOfWeek: "desc" }, { finishedAt: "desc" }],
    select: { ...runFields, summary: true },
  });
}

export type ForecastOverview = {
  /** The most recent run whatever its status (a failure shows here). */
  latest: { id: string; asOfWeek: string; status: string; error: string | null; startedAt: Date; finishedAt: Date | null; seriesCount: number } | null;
  published: ({ id: string; asOfWeek: string; finishedAt: Date | null; seriesCount: number } & Omit<RunSummary, "weekly"> & { computeMs: number }) | null;
};

/** The published run's backtest: WAPE and bias of the chosen methods vs seasonal naive, overall, by class and per method. */
export async function forecastOverview(ctx: ServiceContext): Promise<ForecastOverview> {
  const latest = await ctx.db.forecastRun.findFirst({ where: { hubId: ctx.actor.hubId }, orderBy: { startedAt: "desc" }, select: runFields });
  const run = await publishedRun(ctx);
  if (!run) return { latest, published: null };
  const { weekly: _weekly, version: _v, inputHash: _h, horizon: _hz, ...summary } = run.summary as StoredSummary;
  return { latest, published: { id: run.id, asOfWeek: run.asOfWeek, finishedAt: run.finishedAt, seriesCount: run.seriesCount, ...summary } };
}

export type AccuracyWeek = {
  isoWeek: string;
  series: number;
  actualUnits: number;
  forecastUnits: number;
  /** null when nothing was ordered that week. */
  wape: number | null;
  bias: number | null;
  seasonalNaiveWape: number | null;
  seasonalNaiveBias: number | null;
};

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

/**
 * Accuracy per week, oldest first. `recorded`: what the forecast said one week ahead when each zone's
 * pools closed (seasonal naive = the same week a year earlier). `backtest`: the published run's
 * one-week-ahead backtest over the weeks before it, hub-wide.
 */
export async function forecastAccuracy(ctx: ServiceContext, q: TAccuracyQuery): Promise<{ recorded: AccuracyWeek[]; backtest: AccuracyWeek[] }> {
  const hubId = ctx.actor.hubId;
  const zone = q.zoneId ? { zoneId: q.zoneId } : {};
  const weeks = (await ctx.db.forecastAccuracy.findMany({ where: { hubId, ...zone }, distinct: ["isoWeek"], orderBy: { isoWeek: "desc" }, take: q.weeks, select: { isoWeek: true } })).map((w) => w.isoWeek);
  const recorded: AccuracyWeek[] = [];
  if (weeks.length > 0) {
    const rows = await ctx.db.forecastAccuracy.findMany({ where: { hubId, ...zone, isoWeek: { in: weeks } }, select: { skuId: true, zoneId: true, isoWeek: true, forecastUnits: true, actualUnits: true } });
    const yearAgo = new Map((await actualsBySeries(ctx.db, { hubId, untilWeek: addWeeks(weeks[0]!, -52) })).map((a) => [`${a.skuId}|${a.zoneId}|${a.isoWeek}`, a.units]));
    for (const week of [...weeks].reverse()) {
      const inWeek = rows.filter((r) => r.isoWeek === week);
      const actual = inWeek.reduce((s, r) => s + r.actualUnits, 0);
      const forecast = inWeek.reduce((s, r) => s + r.forecastUnits, 0);
      // A week a year earlier without demand counts as a forecast of 0.
      const naive = inWeek.map((r) => yearAgo.get(`${r.skuId}|${r.zoneId}|${addWeeks(week, -52)}`) ?? 0);
      recorded.push({
        isoWeek: week, series: inWeek.length, actualUnits: actual, forecastUnits: forecast,
        wape: ratio(inWeek.reduce((s, r) => s + Math.abs(r.forecastUnits - r.actualUnits), 0), actual),
        bias: ratio(forecast - actual, actual),
        seasonalNaiveWape: ratio(inWeek.reduce((s, r, i) => s + Math.abs(naive[i]! - r.actualUnits), 0), actual),
        seasonalNaiveBias: ratio(naive.reduce((s, v) => s + v, 0) - actual, actual),
      });
    }
  }
  const run = await publishedRun(ctx);
  const weekly = run ? (run.summary as StoredSummary).weekly ?? [] : [];
  const backtest = weekly.slice(-q.weeks).map((w): AccuracyWeek => ({
    isoWeek: w.isoWeek, series: run!.seriesCount, actualUnits: w.actual, forecastUnits: w.actual + w.error,
    wape: ratio(w.absError, w.actual), bias: ratio(w.error, w.actual), seasonalNaiveWape: ratio(w.naiveAbsError, w.actual), seasonalNaiveBias: ratio(w.naiveError, w.actual),
  }));
  return { recorded, backtest };
}
