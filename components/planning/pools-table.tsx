"use client";
// A week's demand pools (SKU x zone) by source, in a dense server-side table.
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { POOLS_TABLE_DEFAULTS } from "./table-defaults";
import { StatusBadge } from "@/components/ui";
import type { PoolRow } from "@/server/demand/pools/queries";


const filters: FilterDef[] = [
  { id: "q", label: "Search", type: "text", placeholder: "SKU code or product" },
  { id: "zone", label: "Zone", type: "text", placeholder: "Zone code, e.g. UTR" },
  { id: "status", label: "Status", type: "select", options: [{ value: "OPEN", label: "Open" }, { value: "CLOSED", label: "Closed" }] },
];

const units = (n: number) => n.toLocaleString("en-GB");
const num = (id: string, header: string, key: keyof PoolRow, emphasis = false): ColumnDef<PoolRow> => ({
  id, header, enableSorting: true, meta: { className: `text-right tabular-nums${emphasis ? " font-semibold" : ""}` },
  cell: ({ row }) => { const v = row.original[key] as number; return v === 0 && !emphasis ? <span className="text-ink-subtle">0</span> : units(v); },
});

const columns: ColumnDef<PoolRow>[] = [
  { id: "product", header: "Product", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap"><span className="font-medium">{row.original.productName}</span> <span className="text-ink-muted">{row.original.skuName}</span></span> },
  { id: "sku", header: "SKU", enableSorting: true, meta: { className: "font-mono text-xs" }, cell: ({ row }) => row.original.skuCode },
  { id: "zone", header: "Zone", enableSorting: true, meta: { className: "font-mono text-xs" }, cell: ({ row }) => <span title={row.original.zoneName}>{row.original.zoneCode}</span> },
  num("ordered", "Ordered", "orderedUnits"),
  num("subscribed", "Boxes", "subscribedUnits"),
  num("projected", "Boxes to renew", "projectedSubscribedUnits"),
  num("b2b", "Business", "b2bUnits"),
  num("buffer", "Forecast buffer", "forecastBufferUnits"),
  num("total", "Total units", "totalUnits", true),
  { id: "status", header: "Status", enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} map={{ OPEN: "info", CLOSED: "neutral" }} /> },
];

export function PoolsTable({ rows, total }: { rows: PoolRow[]; total: number }) {
  const table = useUrlTableState(POOLS_TABLE_DEFAULTS);
  return <DataTable caption="Demand pools of the week" columns={columns} rows={rows} total={total} {...table} filters={filters} getRowId={(r) => r.id} emptyMessage="No demand pooled for this week yet." />;
}
