// Work packages of a run: each farm's share of its cluster's allocation, with the harvest date.
import { StatusBadge, TableHead } from "@/components/ui";
import type { WorkPackageRow } from "@/server/planning/queries";
import { units } from "./plan-labels";

export function WorkPackagesTable({ rows, limit = 300 }: { rows: WorkPackageRow[]; limit?: number }) {
  if (rows.length === 0) return <p className="text-sm text-ink-muted">No work packages in this run.</p>;
  return (
    <div className="max-h-[28rem] overflow-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-[13px]">
        <caption className="sr-only">Work packages per farm</caption>
        <TableHead className="sticky top-0 z-10" columns={["Cluster", "Farm", "Item", { label: "Target units", numeric: true }, "Harvest", "Status"]} />
        <tbody>
          {rows.slice(0, limit).map((w) => (
            <tr key={w.id} className="border-t border-line">
              <td className="px-3 py-1.5">{w.clusterName}</td>
              <td className="px-3 py-1.5">{w.farmName} <span className="font-mono text-xs text-ink-muted">{w.farmCode}</span></td>
              <td className="px-3 py-1.5">{w.skuName}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{units(w.targetUnits)}</td>
              <td className="px-3 py-1.5 tabular-nums whitespace-nowrap">{w.harvestDate}</td>
              <td className="px-3 py-1.5"><StatusBadge status={w.status} map={{ ISSUED: "info", ACKNOWLEDGED: "success", CANCELLED: "neutral" }} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && <p className="px-3 py-2 text-xs text-ink-muted">First {limit} of {rows.length} packages.</p>}
    </div>
  );
}
