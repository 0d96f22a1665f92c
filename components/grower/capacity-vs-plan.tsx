"use client";
// The cluster's declared capacity against what published plans ask of it, one row per week: the
// plan may not exceed declared capacity; low confidence shows as expected units below declared.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Card, cn, FormAlert, SkeletonTable, TableHead } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import { shortWeek, units, weekMonday } from "./weeks";

export function CapacityVsPlan() {
  const trpc = useTRPC();
  const data = useQuery(trpc.supply.capacityVsPlan.queryOptions({ weeks: 13 }));
  if (data.isPending) return <SkeletonTable rows={5} cols={6} announce="Loading the plan…" />;
  if (data.isError) return <FormAlert>{messageOf(data.error)}</FormAlert>;
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Declared capacity and planned units per week</caption>
        <TableHead cellClassName="px-4 py-2" columns={["Week", { label: "Declared", numeric: true }, { label: "Expected", numeric: true }, { label: "Planned", numeric: true }, { label: "Share of capacity", className: "w-1/4" }, "Packages"]} />
        <tbody>
          {data.data.rows.map((r) => (
            <tr key={r.isoWeek} className={cn("border-t border-line", r.isoWeek === data.data.currentWeek && "font-medium")}>
              <th scope="row" className="px-4 py-1.5 text-left font-medium">{shortWeek(r.isoWeek)} <span className="font-normal text-ink-muted">{weekMonday(r.isoWeek)}</span></th>
              <td className="px-4 py-1.5 text-right tabular-nums">{units(r.capacityUnits)}</td>
              <td className="px-4 py-1.5 text-right tabular-nums text-ink-muted">{units(r.expectedUnits)}</td>
              <td className="px-4 py-1.5 text-right tabular-nums">{r.packages > 0 ? units(r.plannedUnits) : <span className="text-ink-subtle">not planned</span>}</td>
              <td className="px-4 py-1.5">{r.packages > 0 && <Share planned={r.plannedUnits} capacity={r.capacityUnits} />}</td>
              <td className="px-4 py-1.5 text-ink-muted">{r.packages > 0 ? `${r.acknowledged} of ${r.packages} acknowledged` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function Share({ planned, capacity }: { planned: number; capacity: number }) {
  const pct = capacity === 0 ? 100 : Math.round((planned / capacity) * 100);
  const tone = pct > 100 ? "bg-danger" : pct >= 90 ? "bg-warning" : "bg-success";
  return (
    <div className="flex items-center gap-2">
      <div role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(100, pct)} aria-label="Planned share of declared capacity" className="h-2 flex-1 overflow-hidden rounded-full bg-muted">
        <div className={cn("h-full", tone)} style={{ width: `${Math.min(100, pct)}%` }} />
      </div>
      <span className="w-12 text-right text-xs tabular-nums">{pct} %</span>
    </div>
  );
}
