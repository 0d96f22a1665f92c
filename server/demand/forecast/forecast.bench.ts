// Benchmark: forecasting on the demo seed's demand (small scale: 104 weeks of history per SKU x zone
// with known crop seasons, then 13 weeks of seeded orders pooled and closed). For every series, each
// method is backtested by rolling origin (26 origins, horizons 1..12) and WAPE / bias pooled by volume,
// overall and per class (smooth / intermittent); "chosen" is the per-series choice runForecast makes,
// seasonal naive the baseline. Two views: the imported history alone (the seeded seasonality, up to
// its last week) and history + closed pools (what the nightly run sees). Then the run itself over all
// series: load, compute and write, and a repeat that reuses it. `npm run bench -- forecast`.
import { backtest, classify, crostonMethod, forecastSeries, holtWintersMethod, pooled, seasonalNaiveMethod, tsbMethod, type ForecastMethod } from "../../../lib/forecast";
import { addWeeks } from "../../../lib/iso-week";
import { withBenchDb } from "../../../scripts/bench-db";
import { historyWeeksFor } from "../../../prisma/seed/demand-history";
import type { Db } from "../../../lib/db";
import { closeDuePools } from "../pools";
import { buildSeries, loadSeries, type Series } from "./series";
import { publishForecast, type StoredSummary } from "./run";

const METHODS = [seasonalNaiveMethod, holtWintersMethod, crostonMethod, tsbMethod];
const log = (m: string) => process.stderr.write(`[bench forecast] ${m}\n`);

type ClassName = "all" | "smooth" | "intermittent";
type Row = { view: string; cls: ClassName; series: number; chosen: number; chosenBias: number } & Record<ForecastMethod, number>;

/** Every method's pooled backtest WAPE, and the chosen one's, per class. */
function evaluate(view: string, series: readonly Series[]): Row[] {
  const scored = series.map((s) => {
    const cls = classify(s.values).intermittent ? "intermittent" : "smooth";
    const f = forecastSeries(s.values);
    const methods = Object.fromEntries(METHODS.map((m) => {
      const r = backtest(s.values, m);
      return [m.name, r ? { wape: r.wape, bias: r.bias, volume: r.volume } : { wape: 0, bias: 0, volume: 0 }];
    })) as Record<ForecastMethod, { wape: number; bias: number; volume: number }>;
    return { cls, chosen: { wape: f.wape, bias: f.bias, volume: f.backtestVolume }, methods };
  });
  return (["all", "smooth", "intermittent"] as const).map((cls) => {
    const inClass = scored.filter((s) => cls === "all" || s.cls === cls);
    const chosen = pooled(inClass.map((s) => s.chosen));
    const row = { view, cls, series: inClass.length, chosen: chosen.wape, chosenBias: chosen.bias } as Row;
    for (const m of METHODS) row[m.name] = pooled(inClass.map((s) => s.methods[m.name])).wape;
    return row;
  });
}

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

function table(rows: readonly Row[]): string {
  const head = "| view | class | series | chosen WAPE | seasonal naive | chosen / naive | Holt-Winters | Croston | TSB | chosen bias |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|";
  const body = rows.map((r) => `| ${r.view} | ${r.cls} | ${r.series} | ${pct(r.chosen)} | ${pct(r.SEASONAL_NAIVE)} | ${(r.chosen / r.SEASONAL_NAIVE).toFixed(3)} | ${pct(r.HOLT_WINTERS)} | ${pct(r.CROSTON)} | ${pct(r.TSB)} | ${pct(r.chosenBias)} |`);
  return [head, ...body].join("\n");
}

async function seeded(db: Db) {
  const { seed, SEED_REFERENCE_DATE } = await import("../../../prisma/seed/index");
  const started = performance.now();
  const { hubId } = await seed(db, { scale: "small" });
  log(`seeded in ${Math.round(performance.now() - started)} ms`);
  // The seeded order weeks are over: close their pools as the cutoff job would have.
  const closed = await closeDuePools(db, { now: SEED_REFERENCE_DATE });
  log(`closed ${closed.length} zone-weeks`);
  return { hubId, reference: SEED_REFERENCE_DATE };
}

export async function benchForecast() {
  return withBenchDb(async (db) => {
    const { hubId, reference } = await seeded(db);
    const w = historyWeeksFor(reference);
    const asOfWeek = w.orderWeeks.at(-1)!;
    const all = await loadSeries(db, hubId, asOfWeek);
    const historyEnd = w.weeks.at(-1)!;
    // The imported history alone: the same actuals cut at its last week.
    const history = buildSeries(all.flatMap((s) => s.values.map((units, i) => ({ skuId: s.skuId, zoneId: s.zoneId, isoWeek: addWeeks(s.firstWeek, i), units }))), historyEnd);
    const rows = [...evaluate(`history to ${historyEnd}`, history), ...evaluate(`history + pools to ${asOfWeek}`, all)];

    const now = new Date(reference.getTime() + 3 * 86_400_000);
    let t = performance.now();
    const run = await publishForecast(db, { hubId, asOfWeek, now });
    const runMs = performance.now() - t;
    t = performance.now();
    const again = await publishForecast(db, { hubId, asOfWeek, now });
    const reuseMs = performance.now() - t;
    const stored = (await db.forecastRun.findUniqueOrThrow({ where: { id: run.runId }, select: { summary: true } })).summary as StoredSummary;
    const forecasts = await db.forecast.count({ where: { runId: run.runId } });

    process.stdout.write(`\nForecast backtest on the seeded demand (rolling origin: 26 origins x horizons 1..12; WAPE pooled by volume)\n${table(rows)}\n\n`);
    process.stdout.write(`runForecast over ${run.series} series as of ${asOfWeek}: ${Math.round(runMs)} ms (maths ${stored.computeMs} ms, ${forecasts} forecasts written); repeat with the same input ${Math.round(reuseMs)} ms (reused: ${again.reused})\n\n`);
    const key = (r: Row) => `${r.view.startsWith("history +") ? "pooled" : "history"}_${r.cls}`;
    return {
      name: "demand forecast backtest",
      series: run.series,
      ...Object.fromEntries(rows.flatMap((r) => [
        [`${key(r)}_series`, r.series],
        [`${key(r)}_chosenWape`, r.chosen],
        [`${key(r)}_seasonalNaiveWape`, r.SEASONAL_NAIVE],
        [`${key(r)}_ratioToSeasonalNaive`, r.chosen / r.SEASONAL_NAIVE],
        [`${key(r)}_holtWintersWape`, r.HOLT_WINTERS],
        [`${key(r)}_crostonWape`, r.CROSTON],
        [`${key(r)}_tsbWape`, r.TSB],
        [`${key(r)}_chosenBias`, r.chosenBias],
      ])),
      methodsChosen: JSON.stringify(stored.methods),
      runMs,
      computeMs: stored.computeMs,
      forecastsWritten: forecasts,
      reuseMs,
    };
  });
}
