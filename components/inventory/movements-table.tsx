"use client";
// The stock ledger as a table (newest first): kind, deltas, reference, reason, who and when.
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, type Tone } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import type { MovementRow } from "@/server/inventory/queries";
import { withSortAccessors } from "./columns";
import { ADJUSTMENT_REASON_LABELS, formatCount, formatDelta, MOVEMENT_KIND_LABELS } from "./labels";
import { MOVEMENT_TABLE_DEFAULTS } from "./table-defaults";

const KIND_TONES: Record<string, Tone> = { RECEIVE: "success", TRANSFER_IN: "success", RETURN: "success", WASTE: "danger", SHIP: "info", TRANSFER_OUT: "info", ADJUST: "warning" };

function Delta({ value }: { value: number }) {
  return <span className={cn("tabular-nums", value > 0 ? "text-success-fg" : value < 0 ? "text-danger-fg" : "text-ink-subtle")}>{value === 0 ? "0" : formatDelta(value)}</span>;
}

function columnsFor(dateTime: (d: Date) => string): ColumnDef<MovementRow>[] {
  return withSortAccessors<MovementRow>([
    { id: "createdAt", header: "When", enableSorting: true, cell: ({ row }) => dateTime(row.original.createdAt) },
    { id: "kind", header: "Kind", enableSorting: true, cell: ({ row }) => <Badge tone={KIND_TONES[row.original.kind] ?? "neutral"}>{MOVEMENT_KIND_LABELS[row.original.kind] ?? row.original.kind}</Badge> },
    { id: "location", header: "Location", enableSorting: true, cell: ({ row }) => row.original.locationName },
    { id: "quantity", header: "Units", enableSorting: true, meta: { align: "right", className: "tabular-nums" }, cell: ({ row }) => formatCount(row.original.quantity) },
    { id: "onHandDelta", header: "On hand Δ", meta: { align: "right" }, cell: ({ row }) => <Delta value={row.original.onHandDelta} /> },
    { id: "reservedDelta", header: "Reserved Δ", meta: { align: "right" }, cell: ({ row }) => <Delta value={row.original.reservedDelta} /> },
    { id: "reference", header: "Reference", cell: ({ row }) => <span className="font-mono text-xs">{row.original.reference ?? "—"}</span> },
    { id: "reason", header: "Reason", cell: ({ row }) => (row.original.reason ? (ADJUSTMENT_REASON_LABELS[row.original.reason] ?? row.original.reason) : "—") },
    { id: "actor", header: "By", cell: ({ row }) => row.original.actorName ?? "System" },
  ]);
}

const kindFilter: FilterDef = { id: "kind", label: "Kind", type: "select", options: Object.entries(MOVEMENT_KIND_LABELS).map(([value, label]) => ({ value, label })) };

export function MovementsTable({ rows, total }: { rows: MovementRow[]; total: number }) {
  const table = useUrlTableState(MOVEMENT_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  return (
    <DataTable
      caption="Movements of this lot, newest first"
      columns={columns}
      rows={rows}
      total={total}
      {...table}
      filters={[kindFilter]}
      getRowId={(r) => r.id}
      emptyMessage="No movements match."
      scrollClassName="max-h-[28rem]"
    />
  );
}
