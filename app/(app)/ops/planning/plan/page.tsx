import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { AllocationMatrix } from "@/components/planning/allocation-matrix";
import { CapacityChart } from "@/components/planning/capacity-chart";
import { PlanActions } from "@/components/planning/plan-actions";
import { fillRate, RUN_KIND, RUN_STATUS, units } from "@/components/planning/plan-labels";
import { WorkPackagesTable } from "@/components/planning/work-packages-table";
import { Card, CardBody, CardDescription, CardHeader, CardTitle, EmptyState, KpiCard, StatusBadge, TableHead } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { can } from "@/lib/rbac";
import { planningWeek } from "@/lib/planning-week";
import { PlanningHeader } from "../_header";

export const metadata: Metadata = { title: "Plan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Plan runs of a week: run, re-plan, publish; the chosen run's costs, capacity use, allocation matrix and work packages. */
export default async function PlanPage({ searchParams }: Props) {
  await connection();
  const actor = await requirePermission("planning:portal");
  const params = await searchParams;
  const week = planningWeek(params.week, new Date(), actor.hubTimeZone);
  const caller = await getCaller();
  const runs = await caller.planning.runs({ isoWeek: week });
  const wanted = typeof params.run === "string" ? params.run : undefined;
  const selected = runs.find((r) => r.id === wanted) ?? runs.find((r) => r.status === "PUBLISHED") ?? runs.find((r) => r.status === "SOLVED") ?? runs[0];
  const solved = selected && (selected.status === "SOLVED" || selected.status === "PUBLISHED");
  const [capacity, matrix, packages] = await Promise.all([
    caller.planning.capacityVsDemand(solved ? { runId: selected.id } : { isoWeek: week }),
    solved ? caller.planning.allocationMatrix({ runId: selected.id }) : null,
    solved ? caller.planning.workPackages({ runId: selected.id }) : [],
  ]);
  const money = (v: number | null) => (v == null ? "–" : formatMoney(v, actor.hubCurrency));
  const canRun = can(actor.role, "planning:run");
  return (
    <div className="space-y-4">
      <PlanningHeader
        title="Plan"
        description="Allocate the week's pooled demand to farm clusters: lowest purchase, transport and shortage cost within capacity and contracts (HiGHS)."
        week={week}
        timeZone={actor.hubTimeZone}
        actions={canRun ? <PlanActions week={week} selectedRunId={selected?.status === "SOLVED" ? selected.id : null} canPublish={selected?.status === "SOLVED"} hasPlan={runs.some((r) => r.status === "SOLVED" || r.status === "PUBLISHED")} /> : undefined}
      />
      {selected && solved && (
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          <KpiCard label="Fill rate" value={fillRate(selected.allocatedUnits, selected.demandUnits)} unit={`${units(selected.allocatedUnits)} of ${units(selected.demandUnits)} units`} />
          <KpiCard label="Cost (objective)" value={money(selected.objectiveMinor)} unit={`purchase ${money(selected.purchaseMinor)} · transport ${money(selected.transportMinor)}`} />
          <KpiCard label="Short" value={units(selected.shortageUnits)} unit={`${selected.counts.exceptions} exceptions`} />
          <KpiCard label="Solver" value={selected.solverStatus ?? "–"} unit={`${units(selected.solveMs)} ms${selected.movedUnits != null ? ` · ${units(selected.movedUnits)} units moved` : ""}`} />
        </div>
      )}
      <Card>
        <CardHeader>
          <CardTitle>Runs of this week</CardTitle>
          <CardDescription>{selected?.message ?? "No plan yet for this week."}</CardDescription>
        </CardHeader>
        <CardBody className="overflow-x-auto p-0">
          {runs.length === 0 ? <EmptyState compact title="Not planned yet" text={canRun ? "Run the plan once the week's pools are closed (or earlier, with the forecast buffer)." : "The planner has not run this week yet."} /> : (
            <table className="w-full text-sm">
              <caption className="sr-only">Plan runs of {week}</caption>
              <TableHead columns={["Started", "Kind", "Status", { label: "Fill rate", numeric: true }, { label: "Short", numeric: true }, { label: "Cost", numeric: true }, { label: "Moved", numeric: true }, { label: "Solve", numeric: true }, "Trigger"]} />
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id} className={`border-t border-line ${r.id === selected?.id ? "bg-furrow-50/60" : ""}`}>
                    <td className="px-3 py-2 whitespace-nowrap"><Link href={`?week=${week}&run=${r.id}`} aria-current={r.id === selected?.id ? "true" : undefined} className="text-furrow-700 hover:underline">{r.createdAt.toISOString().slice(0, 16).replace("T", " ")}</Link></td>
                    <td className="px-3 py-2">{RUN_KIND[r.kind] ?? r.kind}</td>
                    <td className="px-3 py-2"><StatusBadge status={r.status} map={RUN_STATUS} />{r.status === "FAILED" && r.message && <span className="block max-w-72 truncate text-xs text-danger-fg" title={r.message}>{r.message}</span>}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{fillRate(r.allocatedUnits, r.demandUnits)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{units(r.shortageUnits)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(r.objectiveMinor)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{units(r.movedUnits)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.solveMs != null ? `${units(r.solveMs)} ms` : "–"}</td>
                    <td className="px-3 py-2 text-ink-muted">{r.trigger}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Capacity and allocation per cluster</CardTitle>
          <CardDescription>{solved ? "What the selected run saw and allocated." : "Declared capacity for the week; nothing allocated yet."} Demand of the week: {units(capacity.demandUnits)} units.</CardDescription>
        </CardHeader>
        <CardBody>{capacity.clusters.length ? <CapacityChart clusters={capacity.clusters} demandUnits={capacity.demandUnits} /> : <p className="text-sm text-ink-muted">No capacity declared for this week.</p>}</CardBody>
      </Card>
      {matrix && (
        <section aria-labelledby="matrix-title" className="space-y-2">
          <h2 id="matrix-title" className="text-base font-semibold">Allocation matrix</h2>
          <AllocationMatrix matrix={matrix} />
        </section>
      )}
      {solved && (
        <section aria-labelledby="packages-title" className="space-y-2">
          <h2 id="packages-title" className="text-base font-semibold">Work packages ({packages.length})</h2>
          <WorkPackagesTable rows={packages} />
        </section>
      )}
    </div>
  );
}
