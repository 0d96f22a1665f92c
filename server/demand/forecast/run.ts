// runForecast: one forecasting pass over every SKU x zone series of a hub, as of a week. The maths is
// lib/forecast (pure); this loads the series, stores ForecastRun + ForecastSeries + Forecast and
// publishes demand/forecast.published in the same transaction.
// Idempotent per (hub, asOfWeek): the same input (hash of every series) reuses the stored run; a
// changed input (a late pool close) supersedes it, so one run's worth of forecasts exists per week.
import type { Prisma } from "@/generated/prisma/client";
import { forecastSeries, HORIZON, type SeriesForecast } from "@/lib/forecast";
import type { Db, Tx } from "@/lib/db";
import { addWeeks, isoWeekAt, isIsoWeek } from "@/lib/iso-week";
import { DomainError } from "@/lib/errors";
import { emitEvent } from "../../events/outbox";
import { FORECAST_EVENTS, type ForecastPublishedPayload } from "./events";
import { inputHash, loadSeries, type Series } from "./series";
import { summarise, type RunSummary } from "./summary";

/** Bump when the maths changes, so an unchanged input is forecast again rather than reused. */
export const FORECAST_VERSION = "1";
const BATCH = 5_000;
/** A RUNNING row older than this was left by a crashed run. */
const STALE_MS = 60 * 60_000;

export type RunForecastInput = { hubId: string; asOfWeek?: string; now: Date };
export type RunOutcome = { runId: string; reused: boolean; asOfWeek: string; series: number };
export type StoredSummary = RunSummary & { version: string; inputHash: string; horizon: number; computeMs: number };

/** Runs (or reuses) the hub's forecast as of `asOfWeek` (default: the last full week before `now` in hub time); returns the run id. */
export async function runForecast(db: Db, input: RunForecastInput): Promise<string> {
  return (await publishForecast(db, input)).runId;
}

/** runForecast with what happened: reused or new, the week and the series count. */
export async function publishForecast(db: Db, input: RunForecastInput): Promise<RunOutcome> {
  const hub = await db.hub.findUnique({ where: { id: input.hubId }, select: { timeZone: true } });
  if (!hub) throw new DomainError("NOT_FOUND", "Hub not found.");
  const asOfWeek = input.asOfWeek ?? addWeeks(isoWeekAt(input.now, hub.timeZone), -1);
  if (!isIsoWeek(asOfWeek)) throw new DomainError("VALIDATION", `Not an ISO week: ${asOfWeek}`);
  const series = await loadSeries(db, input.hubId, asOfWeek);
  const hash = inputHash(series, asOfWeek, FORECAST_VERSION);
  const existing = await reusableRun(db, input.hubId, asOfWeek, hash);
  if (existing) return { runId: existing, reused: true, asOfWeek, series: series.length };

  const run = await db.forecastRun.create({ data: { hubId: input.hubId, asOfWeek, startedAt: input.now }, select: { id: true } });
  try {
    const started = performance.now();
    const results = series.map((s) => forecastSeries(s.values));
    const summary: StoredSummary = { ...summarise(results, asOfWeek), version: FORECAST_VERSION, inputHash: hash, horizon: HORIZON, computeMs: Math.round(performance.now() - started) };
    return await db.$transaction((tx) => store(tx, { runId: run.id, hubId: input.hubId, asOfWeek, now: input.now, series, results, summary }), { timeout: 120_000, maxWait: 30_000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.forecastRun.updateMany({ where: { id: run.id }, data: { status: "FAILED", error: message.slice(0, 2000), finishedAt: new Date() } });
    throw error;
  }
}

/** A SUCCEEDED run of (hub, asOfWeek) made from exactly this input. */
async function reusableRun(db: Db | Tx, hubId: string, asOfWeek: string, hash: string): Promise<string | null> {
  const runs = await db.forecastRun.findMany({ where: { hubId, asOfWeek, status: "SUCCEEDED" }, select: { id: true, summary: true }, orderBy: { startedAt: "desc" } });
  return runs.find((r) => (r.summary as { inputHash?: string }).inputHash === hash)?.id ?? null;
}

type StoreInput = { runId: string; hubId: string; asOfWeek: string; now: Date; series: Series[]; results: SeriesForecast[]; summary: StoredSummary };

async function store(tx: Tx, s: StoreInput): Promise<RunOutcome> {
  // One writer per hub at a time: a concurrent run of the same input finds this one and steps aside.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`forecast-run:${s.hubId}`}))`;
  const same = await reusableRun(tx, s.hubId, s.asOfWeek, s.summary.inputHash);
  if (same) {
    await tx.forecastRun.delete({ where: { id: s.runId } });
    return { runId: same, reused: true, asOfWeek: s.asOfWeek, series: s.series.length };
  }
  // Supersede earlier runs of the week (their series and forecasts cascade); runs still computing are theirs to finish.
  await tx.forecastRun.deleteMany({
    where: { hubId: s.hubId, asOfWeek: s.asOfWeek, id: { not: s.runId }, OR: [{ status: { not: "RUNNING" } }, { startedAt: { lt: new Date(s.now.getTime() - STALE_MS) } }] },
  });
  const seriesRows = s.series.map((x, i) => seriesRow(s.runId, x, s.results[i]!));
  const bandRows = s.series.flatMap((x, i) => forecastRows(s.runId, s.hubId, s.asOfWeek, x, s.results[i]!));
  for (let i = 0; i < seriesRows.length; i += BATCH) await insertSeries(tx, seriesRows.slice(i, i + BATCH));
  for (let i = 0; i < bandRows.length; i += BATCH) await insertForecasts(tx, bandRows.slice(i, i + BATCH));
  await tx.forecastRun.update({
    where: { id: s.runId },
    data: { status: "SUCCEEDED", seriesCount: s.series.length, summary: s.summary, finishedAt: new Date() },
  });
  const payload: ForecastPublishedPayload = {
    hubId: s.hubId, runId: s.runId, asOfWeek: s.asOfWeek, fromWeek: addWeeks(s.asOfWeek, 1), toWeek: addWeeks(s.asOfWeek, HORIZON),
    series: s.series.length, wape: s.summary.wape, seasonalNaiveWape: s.summary.seasonalNaiveWape,
  };
  await emitEvent(tx, { name: FORECAST_EVENTS.published, hubId: s.hubId, key: s.runId, payload });
  return { runId: s.runId, reused: false, asOfWeek: s.asOfWeek, series: s.series.length };
}

// Batches travel as one JSON parameter each (json_populate_recordset): through the wasm query engine
// that is several times faster than createMany for thousands of rows.
async function insertSeries(tx: Tx, rows: Prisma.ForecastSeriesCreateManyInput[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ForecastSeries" ("runId", "skuId", "zoneId", method, wape, "seasonalNaiveWape", bias, "historyWeeks", candidates)
    SELECT "runId", "skuId", "zoneId", method, wape, "seasonalNaiveWape", bias, "historyWeeks", candidates
    FROM json_populate_recordset(NULL::"ForecastSeries", ${JSON.stringify(rows)}::json)`;
}

async function insertForecasts(tx: Tx, rows: Prisma.ForecastCreateManyInput[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Forecast" ("runId", "hubId", "skuId", "zoneId", "isoWeek", horizon, method, p10, p50, p90, confidence)
    SELECT "runId", "hubId", "skuId", "zoneId", "isoWeek", horizon, method, p10, p50, p90, confidence
    FROM json_populate_recordset(NULL::"Forecast", ${JSON.stringify(rows)}::json)`;
}

// Figures are stored to 4 decimals: rounding is monotonic, so ordered bands stay ordered.
const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

function seriesRow(runId: string, x: Series, f: SeriesForecast): Prisma.ForecastSeriesCreateManyInput {
  return {
    runId, skuId: x.skuId, zoneId: x.zoneId, method: f.method, wape: r4(f.wape), seasonalNaiveWape: r4(f.seasonalNaiveWape), bias: r4(f.bias),
    historyWeeks: f.historyWeeks, candidates: Object.fromEntries(Object.entries(f.candidates).map(([m, c]) => [m, r4(c.wape)])),
  };
}

function forecastRows(runId: string, hubId: string, asOfWeek: string, x: Series, f: SeriesForecast): Prisma.ForecastCreateManyInput[] {
  return f.points.map((p) => ({
    runId, hubId, skuId: x.skuId, zoneId: x.zoneId, isoWeek: addWeeks(asOfWeek, p.horizon), horizon: p.horizon, method: f.method,
    p10: r4(p.p10), p50: r4(p.p50), p90: r4(p.p90), confidence: r4(p.confidence),
  }));
}
