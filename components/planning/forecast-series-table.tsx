"use client";
// The published forecast's series: method chosen by backtest, its WAPE against seasonal naive,
// bias and confidence. Choosing a row charts that SKU.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { SERIES_TABLE_DEFAULTS } from "./table-defaults";
import { Badge } from "@/components/ui";
import type { SeriesRow } from "@/server/demand/forecast/series-list";
import { METHOD_LABELS } from "./method-labels";



const filters: FilterDef[] = [
  { id: "sku", label: "SKU", type: "text", placeholder: "SKU code or product" },
  { id: "method", label: "Method", type: "select", options: Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label })) },
  { id: "class", label: "Demand", type: "select", options: [{ value: "smooth", label: "Smooth" }, { value: "intermittent", label: "Intermittent" }] },
];

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function columnsFor(link: (r: SeriesRow) => string): ColumnDef<SeriesRow>[] {
  return [
    { id: "sku", header: "Item", enableSorting: true, cell: ({ row }) => <Link href={link(row.original)} className="whitespace-nowrap text-furrow-700 hover:underline"><span className="font-medium">{row.original.productName}</span> {row.original.skuName}</Link> },
    { id: "zone", header: "Zone", enableSorting: true, meta: { className: "font-mono text-xs" }, cell: ({ row }) => row.original.zoneCode },
    { id: "method", header: "Method", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap">{METHOD_LABELS[row.original.method] ?? row.original.method}{row.original.intermittent && <Badge className="ml-1">intermittent</Badge>}</span> },
    { id: "wape", header: "WAPE", enableSorting: true, meta: { className: "text-right tabular-nums" }, cell: ({ row }) => <span className={row.original.wape < row.original.seasonalNaiveWape ? "text-success-fg" : undefined}>{pct(row.original.wape)}</span> },
    { id: "seasonalNaiveWape", header: "Seasonal naive", enableSorting: true, meta: { className: "text-right tabular-nums text-ink-muted" }, cell: ({ row }) => pct(row.original.seasonalNaiveWape) },
    { id: "bias", header: "Bias", enableSorting: true, meta: { className: "text-right tabular-nums" }, cell: ({ row }) => `${row.original.bias >= 0 ? "+" : ""}${pct(row.original.bias)}` },
    { id: "confidence", header: "Confidence", enableSorting: true, meta: { className: "text-right tabular-nums" }, cell: ({ row }) => pct(row.original.confidence) },
    { id: "nextP50", header: "Next week (p50)", enableSorting: true, meta: { className: "text-right tabular-nums font-semibold" }, cell: ({ row }) => Math.round(row.original.nextP50).toLocaleString("en-GB") },
  ];
}

export function ForecastSeriesTable({ rows, total }: { rows: SeriesRow[]; total: number }) {
  const table = useUrlTableState(SERIES_TABLE_DEFAULTS);
  const params = useSearchParams();
  const link = (r: SeriesRow) => {
    const next = new URLSearchParams(params.toString());
    next.set("sku", r.skuId);
    next.set("zone", r.zoneId);
    return `?${next.toString()}#chart`;
  };
  return <DataTable caption="Forecast series of the published run" columns={columnsFor(link)} rows={rows} total={total} {...table} filters={filters} getRowId={(r) => `${r.skuId}|${r.zoneId}`} emptyMessage="No forecast published yet: run the forecast." />;
}
