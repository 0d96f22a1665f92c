"use client";
// Every order of the hub in a dense server-side table: sortable, filterable, status colours.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { formatMoney } from "@/lib/money";
import type { StaffOrderRow } from "@/server/commerce/orders/queries/staff-orders";
import { ORDER_STATUS_OPTIONS, OrderStatusBadge } from "./status";
import { STAFF_ORDER_TABLE_DEFAULTS } from "./table-defaults";

const CHANNEL_LABELS: Record<string, string> = { STOREFRONT: "Shop", SUBSCRIPTION: "Box", B2B: "Business", IMPORT: "Import" };

const filters: FilterDef[] = [
  { id: "q", label: "Search", type: "text", placeholder: "Order number or e-mail" },
  { id: "status", label: "Status", type: "select", options: ORDER_STATUS_OPTIONS },
  { id: "channel", label: "Channel", type: "select", options: Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label })) },
  { id: "zone", label: "Zone", type: "text", placeholder: "Zone code, e.g. UTR" },
  { id: "from", label: "Delivery from", type: "text", placeholder: "From YYYY-MM-DD" },
  { id: "to", label: "Delivery to", type: "text", placeholder: "To YYYY-MM-DD" },
];

function columnsFor(dateTime: (d: Date) => string): ColumnDef<StaffOrderRow>[] {
  return [
    { id: "number", accessorKey: "number", header: "Order", enableSorting: true, cell: ({ row }) => <Link href={`/ops/orders/${row.original.number}`} className="font-mono font-medium text-furrow-700 hover:underline">{row.original.number}</Link> },
    { id: "status", accessorKey: "status", header: "Status", enableSorting: true, cell: ({ row }) => <OrderStatusBadge status={row.original.status} /> },
    { id: "deliveryDate", accessorKey: "deliveryDate", header: "Delivery", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap">{row.original.slotLabel}</span> },
    { id: "zone", accessorKey: "zoneCode", header: "Zone", meta: { className: "font-mono text-xs" } },
    { id: "customer", header: "Customer", cell: ({ row }) => (row.original.customerEmail ? <span className="block max-w-56 truncate" title={row.original.customerEmail}>{row.original.customerName}<span className="block text-xs text-ink-muted">{row.original.customerEmail}</span></span> : "—") },
    { id: "channel", accessorKey: "channel", header: "Channel", cell: ({ row }) => CHANNEL_LABELS[row.original.channel] ?? row.original.channel },
    { id: "lines", accessorKey: "lineCount", header: "Lines", meta: { className: "text-right tabular-nums" } },
    { id: "totalMinor", accessorKey: "totalMinor", header: "Total", enableSorting: true, meta: { className: "text-right tabular-nums" }, cell: ({ row }) => formatMoney(row.original.totalMinor, row.original.currency) },
    { id: "placedAt", accessorKey: "placedAt", header: "Placed", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap text-xs">{dateTime(new Date(row.original.placedAt))}</span> },
  ];
}

export function StaffOrdersTable({ rows, total }: { rows: StaffOrderRow[]; total: number }) {
  const table = useUrlTableState(STAFF_ORDER_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  return (
    <DataTable caption="Orders of this hub" columns={columns} rows={rows} total={total} {...table} filters={filters} getRowId={(r) => r.id} />
  );
}
