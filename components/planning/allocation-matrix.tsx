// A run's allocation: one row per pool (SKU x zone), one column per cluster, with demand and the
// shortage in red. Server-rendered; filter by SKU in the browser's find or the pools page.
import { TableHead } from "@/components/ui";
import { units } from "./plan-labels";

type Matrix = {
  clusters: Array<{ id: string; code: string; name: string; allocatedUnits: number }>;
  rows: Array<{ poolId: string; skuCode: string; skuName: string; zoneCode: string; zoneName: string; demandUnits: number; allocatedUnits: number; shortageUnits: number; byCluster: Record<string, number> }>;
  demandUnits: number; allocatedUnits: number;
};

export function AllocationMatrix({ matrix, limit = 400 }: { matrix: Matrix; limit?: number }) {
  const rows = matrix.rows.slice(0, limit);
  return (
    <div className="max-h-[32rem] overflow-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-[13px]">
        <caption className="sr-only">Allocation of each pool to clusters (units)</caption>
        <TableHead
          className="sticky top-0 z-10"
          cellClassName="px-3 py-2 whitespace-nowrap"
          columns={["Item", "Zone", { label: "Demand", numeric: true }, ...matrix.clusters.map((c) => ({ label: <span title={c.name}>{c.code}</span>, numeric: true })), { label: "Short", numeric: true }]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.poolId} className="border-t border-line">
              <td className="px-3 py-1.5"><span className="block max-w-64 truncate" title={r.skuName}>{r.skuName}</span><span className="font-mono text-xs text-ink-muted">{r.skuCode}</span></td>
              <td className="px-3 py-1.5 font-mono text-xs" title={r.zoneName}>{r.zoneCode}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{units(r.demandUnits)}</td>
              {matrix.clusters.map((c) => {
                const v = r.byCluster[c.id] ?? 0;
                return <td key={c.id} className={`px-3 py-1.5 text-right tabular-nums ${v === 0 ? "text-ink-subtle" : ""}`}>{v === 0 ? "·" : units(v)}</td>;
              })}
              <td className={`px-3 py-1.5 text-right tabular-nums ${r.shortageUnits > 0 ? "font-semibold text-danger-fg" : "text-ink-subtle"}`}>{r.shortageUnits > 0 ? units(r.shortageUnits) : "·"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-line font-semibold">
          <tr>
            <th scope="row" colSpan={2} className="px-3 py-2 text-left">All pools{matrix.rows.length > limit ? ` (first ${limit} of ${matrix.rows.length} shown)` : ""}</th>
            <td className="px-3 py-2 text-right tabular-nums">{units(matrix.demandUnits)}</td>
            {matrix.clusters.map((c) => <td key={c.id} className="px-3 py-2 text-right tabular-nums">{units(c.allocatedUnits)}</td>)}
            <td className="px-3 py-2 text-right tabular-nums text-danger-fg">{units(matrix.rows.reduce((s, r) => s + r.shortageUnits, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
