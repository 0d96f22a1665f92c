import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { CapacityChart } from "@/components/planning/capacity-chart";
import { fillRate, RUN_STATUS, units } from "@/components/planning/plan-labels";
import { Card, CardBody, CardDescription, CardHeader, CardTitle, KpiCard, StatusBadge } from "@/components/ui";
import { planningWeek } from "@/lib/planning-week";
import { PlanningHeader } from "./_header";

export const metadata: Metadata = { title: "Planning" };

const pct = (v: number | null | undefined) => (v == null ? "–" : `${(v * 100).toFixed(1)}%`);

/** The planner's week at a glance: demand and its sources, pools closed, forecast accuracy, the plan and its exceptions. */
export default async function PlanningOverviewPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  await connection();
  const actor = await requirePermission("planning:portal");
  const week = planningWeek((await searchParams).week, new Date(), actor.hubTimeZone);
  const caller = await getCaller();
  const [summary, forecast, runs, exceptions] = await Promise.all([
    caller.demand.pools.week({ isoWeek: week }),
    caller.demand.forecast.overview(),
    caller.planning.runs({ isoWeek: week }),
    caller.shortages.list({ isoWeek: week }),
  ]);
  const plan = runs.find((r) => r.status === "PUBLISHED") ?? runs.find((r) => r.status === "SOLVED");
  const capacity = await caller.planning.capacityVsDemand(plan ? { runId: plan.id } : { isoWeek: week });
  const t = summary.totals;
  const zonesClosed = summary.zones.filter((z) => z.closed).length;
  const zonesWithDemand = summary.zones.filter((z) => z.pools > 0).length;
  const open = exceptions.filter((e) => e.status === "OPEN" || e.status === "PROPOSED");
  const q = `?week=${week}`;
  return (
    <div className="space-y-4">
      <PlanningHeader title="Planning" description="Pooled demand by SKU, zone and week, the forecast of what is still to come, and the plan that allocates it to the farm clusters." week={week} timeZone={actor.hubTimeZone} />
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard label="Demand of the week" value={`${units(t.totalUnits)} units`} unit={`${units(t.orderedUnits + t.subscribedUnits + t.b2bUnits)} ordered · ${units(t.projectedSubscribedUnits + t.forecastBufferUnits)} expected`} />
        <KpiCard label="Zones closed" value={`${zonesClosed} of ${zonesWithDemand}`} unit={`${units(t.pools)} pools, ${units(t.openPools)} open`} />
        <KpiCard label="Forecast WAPE" value={pct(forecast.published?.wape)} unit={forecast.published ? `seasonal naive ${pct(forecast.published.seasonalNaiveWape)}` : "no forecast yet"} />
        <KpiCard label="Plan" value={plan ? fillRate(plan.allocatedUnits, plan.demandUnits) : "Not planned"} unit={plan ? `fill rate · ${open.length} open exceptions` : `${open.length} open exceptions`} />
      </div>
      <div className="grid gap-4 xl:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>Capacity and allocation per cluster</CardTitle>
            <CardDescription>{plan ? "The current plan's allocation against declared capacity." : "Declared capacity; the week is not planned yet."}</CardDescription>
          </CardHeader>
          <CardBody>{capacity.clusters.length ? <CapacityChart clusters={capacity.clusters} demandUnits={capacity.demandUnits} /> : <p className="text-sm text-ink-muted">No capacity declared for this week.</p>}</CardBody>
        </Card>
        <Card>
          <CardHeader><CardTitle>Next steps</CardTitle></CardHeader>
          <CardBody>
            <ol className="space-y-3 text-sm">
              <li><Link className="font-medium text-furrow-700 hover:underline" href={`/ops/planning/pools${q}`}>Pools</Link>: {zonesClosed === zonesWithDemand && zonesWithDemand > 0 ? "every zone is closed." : `${zonesWithDemand - zonesClosed} zones still take orders; they close at their cutoff.`}</li>
              <li><Link className="font-medium text-furrow-700 hover:underline" href={`/ops/planning/forecast${q}`}>Forecast</Link>: {forecast.published ? `published as of ${forecast.published.asOfWeek}, ${units(forecast.published.seriesCount)} series.` : "not run yet."}</li>
              <li><Link className="font-medium text-furrow-700 hover:underline" href={`/ops/planning/plan${q}`}>Plan</Link>: {plan ? <><StatusBadge status={plan.status} map={RUN_STATUS} /> {units(plan.shortageUnits)} units short.</> : "run it when the pools are closed."}</li>
              <li><Link className="font-medium text-furrow-700 hover:underline" href={`/ops/planning/exceptions${q}`}>Exceptions</Link>: {open.length ? `${open.length} to resolve (${open.filter((e) => e.kind === "SHORTAGE").length} shortages).` : "nothing open."}</li>
            </ol>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
