"use client";
// Work packages of published plans for this week and next: what to harvest, how much, by when.
// A grower sees their farm and acknowledges each package; a coordinator sees every farm of the
// cluster (grouped by farm) and may acknowledge for a farm.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronDown } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, EmptyState, FormAlert, SkeletonTable, StatusBadge, TableHead, useToast, type Tone } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { WorkPackageRow } from "@/server/planning";
import { dayLabel, shortWeek, units, weekMonday } from "./weeks";

const STATUS: Record<string, Tone> = { ISSUED: "info", ACKNOWLEDGED: "success" };

export function WorkPackages({ weeks = 2, showScope = false }: { weeks?: number; showScope?: boolean }) {
  const trpc = useTRPC();
  const data = useQuery(trpc.supply.workPackages.queryOptions({ weeks }));
  if (data.isPending) return <SkeletonTable rows={6} cols={6} announce="Loading work packages…" />;
  if (data.isError) return <FormAlert>{messageOf(data.error)}</FormAlert>;
  const { scope, currentWeek, rows } = data.data;
  const byFarm = scope.kind === "cluster";
  return (
    <div className="space-y-4">
      {showScope && <p className="text-sm text-ink-muted">{byFarm ? "Every farm of " : "Farm: "}<span className="font-medium text-ink">{scope.name}</span></p>}
      {data.data.weeks.map((week) => {
        const inWeek = rows.filter((r) => r.isoWeek === week);
        const title = `${week === currentWeek ? "This week" : "Next week"} · ${shortWeek(week)} from ${weekMonday(week)}`;
        const total = inWeek.reduce((s, r) => s + r.targetUnits, 0);
        return (
          <Card key={week}>
            <div className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-2.5">
              <h3 className="text-sm font-semibold">{title}</h3>
              {inWeek.length > 0 && <p className="text-xs text-ink-muted">{inWeek.length} packages · {units(total)} units</p>}
            </div>
            {inWeek.length === 0 ? (
              <EmptyState compact title="No work packages" text="They appear here when the planner publishes the plan for this week." />
            ) : (
              byFarm ? <FarmGroups rows={inWeek} /> : <PackageTable rows={inWeek} byFarm={false} />
            )}
          </Card>
        );
      })}
    </div>
  );
}

/** Coordinator view: one summary row per farm (packages, units, acknowledged), expandable to its packages. */
function FarmGroups({ rows }: { rows: WorkPackageRow[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const farms = [...new Map(rows.map((r) => [r.farmId, { id: r.farmId, code: r.farmCode, name: r.farmName }])).values()].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <table className="w-full table-fixed text-sm">
      <TableHead look="plain" cellClassName="px-4 py-1.5" columns={["Farm", { label: "Packages", numeric: true, className: "w-28" }, { label: "Units", numeric: true, className: "w-28" }, { label: "Acknowledged", className: "w-40" }, { label: "Details", srOnly: true, className: "w-40" }]} />
      {farms.map((f) => {
        const mine = rows.filter((r) => r.farmId === f.id);
        const acked = mine.filter((r) => r.status === "ACKNOWLEDGED").length;
        const expanded = open === f.id;
        return (
          <tbody key={f.id} className="border-t border-line">
            <tr>
              <th scope="row" className="truncate px-4 py-1.5 text-left font-normal"><span className="font-mono text-xs text-ink-muted">{f.code}</span> {f.name}</th>
              <td className="px-4 py-1.5 text-right tabular-nums">{mine.length}</td>
              <td className="px-4 py-1.5 text-right font-medium tabular-nums">{units(mine.reduce((s, r) => s + r.targetUnits, 0))}</td>
              <td className="px-4 py-1.5"><StatusBadge status={acked === mine.length ? "ACKNOWLEDGED" : "ISSUED"} map={STATUS} label={`${acked} of ${mine.length}`} /></td>
              <td className="px-4 py-1.5 text-right">
                <Button size="sm" variant="ghost" aria-expanded={expanded} aria-controls={`wp-${f.id}`} icon={<ChevronDown aria-hidden className={expanded ? "rotate-180" : undefined} />} onClick={() => setOpen(expanded ? null : f.id)}>
                  {expanded ? "Hide" : "Show"} packages<span className="sr-only"> of {f.name}</span>
                </Button>
              </td>
            </tr>
            {expanded && (
              <tr id={`wp-${f.id}`}>
                <td colSpan={5} className="bg-subtle px-2 pb-2"><PackageTable rows={mine} byFarm={false} /></td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}

function PackageTable({ rows, byFarm }: { rows: WorkPackageRow[]; byFarm: boolean }) {
  const sorted = [...rows].sort((a, b) => (byFarm ? a.farmCode.localeCompare(b.farmCode) : 0) || a.harvestDate.localeCompare(b.harvestDate) || a.skuName.localeCompare(b.skuName));
  return (
    <table className="w-full table-fixed text-sm">
      <TableHead look="plain" cellClassName="px-4 py-1.5" columns={[
        byFarm && { label: "Farm", className: "w-[22%]" }, "Product", { label: "Target", numeric: true, className: "w-28" },
        { label: "Harvest by", className: "w-32" }, { label: "Status", className: "w-36" }, { label: "Action", srOnly: true, className: "w-36" },
      ]} />
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id} className="border-t border-line">
            {byFarm && <td className="truncate px-4 py-1.5"><span className="font-mono text-xs text-ink-muted">{r.farmCode}</span> {r.farmName}</td>}
            <td className="truncate px-4 py-1.5">{r.skuName} <span className="font-mono text-xs text-ink-subtle">{r.skuCode}</span></td>
            <td className="px-4 py-1.5 text-right font-medium tabular-nums">{units(r.targetUnits)} <span className="font-normal text-ink-muted">{r.targetUnits === 1 ? "unit" : "units"}</span></td>
            <td className="px-4 py-1.5 tabular-nums">{dayLabel(r.harvestDate)}</td>
            <td className="px-4 py-1.5"><StatusBadge status={r.status} map={STATUS} /></td>
            <td className="px-4 py-1.5 text-right">{r.status === "ISSUED" && <AcknowledgeButton row={r} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AcknowledgeButton({ row }: { row: WorkPackageRow }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const toast = useToast();
  const ack = useMutation(trpc.supply.acknowledgeWorkPackage.mutationOptions({
    onSuccess: () => (toast.success(`Acknowledged: ${units(row.targetUnits)} × ${row.skuName}`), client.invalidateQueries({ queryKey: trpc.supply.pathKey() })),
    onError: (e) => toast.error(messageOf(e)),
  }));
  return (
    <Button size="sm" variant="secondary" icon={<Check aria-hidden />} loading={ack.isPending} onClick={() => ack.mutate({ workPackageId: row.id })}
      aria-label={`Acknowledge ${units(row.targetUnits)} units of ${row.skuName} for ${dayLabel(row.harvestDate)}`}>
      Acknowledge
    </Button>
  );
}
