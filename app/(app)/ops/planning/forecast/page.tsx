import type { Metadata } from "next";
import { connection } from "next/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { AccuracyChart } from "@/components/planning/accuracy-chart";
import { ForecastChart } from "@/components/planning/forecast-chart";
import { ForecastSeriesTable } from "@/components/planning/forecast-series-table";
import { SERIES_TABLE_DEFAULTS } from "@/components/planning/table-defaults";
import { METHOD_LABELS } from "@/components/planning/method-labels";
import { RunForecastButton } from "@/components/planning/run-forecast-button";
import { Card, CardBody, CardDescription, CardHeader, CardTitle, EmptyState, KpiCard } from "@/components/ui";
import { can } from "@/lib/rbac";
import { planningWeek } from "@/lib/planning-week";
import { PlanningHeader } from "../_header";

export const metadata: Metadata = { title: "Forecast" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pct = (v: number | null | undefined) => (v == null ? "–" : `${(v * 100).toFixed(1)}%`);

/** The published forecast: accuracy against seasonal naive, every series' method, one SKU's chart. */
export default async function ForecastPage({ searchParams }: Props) {
  await connection();
  const actor = await requirePermission("planning:portal");
  const params = await searchParams;
  const week = planningWeek(params.week, new Date(), actor.hubTimeZone);
  const caller = await getCaller();
  const state = parseTableState(params, SERIES_TABLE_DEFAULTS);
  const [overview, accuracy, series] = await Promise.all([
    caller.demand.forecast.overview(),
    caller.demand.forecast.accuracy({ weeks: 26 }),
    caller.demand.forecast.series(state),
  ]);
  const skuId = one(params.sku) ?? series.rows[0]?.skuId;
  const zoneId = one(params.zone) ?? series.rows[0]?.zoneId;
  const chart = skuId ? await caller.demand.forecast.chart({ skuId, zoneId, pastWeeks: 52 }).catch(() => null) : null;
  const p = overview.published;
  const methods = Object.entries(p?.methods ?? {}).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  const accuracyPoints = (accuracy.recorded.length >= 4 ? accuracy.recorded : accuracy.backtest).map((w) => ({ isoWeek: w.isoWeek, wape: w.wape, seasonalNaiveWape: w.seasonalNaiveWape }));
  return (
    <div className="space-y-4">
      <PlanningHeader
        title="Forecast"
        description="Each SKU x zone series is forecast 12 weeks ahead by the method that won its rolling-origin backtest, with a p10-p90 band."
        week={week}
        timeZone={actor.hubTimeZone}
        actions={can(actor.role, "planning:run") ? <RunForecastButton /> : undefined}
      />
      {!p ? (
        <EmptyState title="No forecast published yet" text={overview.latest?.status === "FAILED" ? `The last run failed: ${overview.latest.error ?? "unknown error"}` : "Run the forecast to fit every series."} />
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
            <KpiCard label="Forecast WAPE (backtest)" value={pct(p.wape)} unit={`seasonal naive ${pct(p.seasonalNaiveWape)}`} />
            <KpiCard label="Bias" value={`${p.bias >= 0 ? "+" : ""}${pct(p.bias)}`} unit="forecast above actual when positive" />
            <KpiCard label="Series" value={p.seriesCount.toLocaleString("en-GB")} unit={`as of ${p.asOfWeek}`} />
            <KpiCard label="Most chosen method" value={METHOD_LABELS[methods[0]?.[0] ?? ""] ?? "–"} unit={methods.map(([m, n]) => `${METHOD_LABELS[m] ?? m} ${n}`).join(" · ")} />
          </div>
          <div className="grid gap-4 xl:grid-cols-2">
            <Card id="chart">
              <CardHeader>
                <CardTitle>{chart ? `${chart.sku.productName} ${chart.sku.name}` : "Forecast"}{chart?.zone ? ` · ${chart.zone.code}` : " · all zones"}</CardTitle>
                <CardDescription>{chart?.methods.length === 1 ? `${METHOD_LABELS[chart.methods[0]!.method] ?? chart.methods[0]!.method}: backtest WAPE ${pct(chart.methods[0]!.wape)} against ${pct(chart.methods[0]!.seasonalNaiveWape)} for seasonal naive.` : "Choose a series in the table to chart it."}</CardDescription>
              </CardHeader>
              <CardBody>{chart ? <ForecastChart title={`${chart.sku.productName} ${chart.sku.name}`} points={chart.points} /> : <p className="text-sm text-ink-muted">No series to chart.</p>}</CardBody>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Accuracy per week</CardTitle>
                <CardDescription>{accuracy.recorded.length >= 4 ? "What was forecast one week ahead against what was ordered, when each week closed." : "One week ahead in the published run's backtest (too few closed weeks recorded yet)."}</CardDescription>
              </CardHeader>
              <CardBody><AccuracyChart title="Weekly forecast accuracy" points={accuracyPoints} /></CardBody>
            </Card>
          </div>
        </>
      )}
      <ForecastSeriesTable rows={series.rows} total={series.total} />
    </div>
  );
}
