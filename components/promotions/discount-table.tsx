"use client";
// Discount codes in a dense server-side table with how often each was used; create and edit in a dialog.
import type { ColumnDef } from "@tanstack/react-table";
import { useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { Badge, Button } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import type { DiscountRow } from "@/server/commerce/promotions/service";
import { DiscountFormDialog } from "./discount-form";
import { PROMOTION_TABLE_DEFAULTS } from "./promotion-table-defaults";


function columnsFor(currency: string, timeZone: string): ColumnDef<DiscountRow>[] {
  // Validity is told in the hub's calendar, whatever the browser's time zone.
  const day = (d: Date | null) => (d ? new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(d)) : "—");
  const amount = (r: DiscountRow) => (r.kind === "PERCENT" ? `${(r.percentBasisPoints ?? 0) / 100} %` : r.kind === "FIXED" ? formatMoney(r.amountMinor ?? 0, currency) : "Free delivery");
  return [
    { id: "code", accessorKey: "code", header: "Code", enableSorting: true, meta: { className: "font-mono text-xs font-semibold" } },
    { id: "kind", accessorKey: "kind", header: "Discount", enableSorting: true, cell: ({ row }) => amount(row.original) },
    { id: "minimum", header: "Min. basket", cell: ({ row }) => (row.original.minimumSubtotalMinor ? formatMoney(row.original.minimumSubtotalMinor, currency) : "—") },
    { id: "validFrom", accessorKey: "validFrom", header: "From", enableSorting: true, cell: ({ row }) => day(row.original.validFrom) },
    { id: "validTo", accessorKey: "validTo", header: "To", enableSorting: true, cell: ({ row }) => day(row.original.validTo) },
    {
      id: "timesUsed", accessorKey: "timesUsed", header: "Used", enableSorting: true,
      cell: ({ row }) => <span className="tabular-nums">{row.original.timesUsed}{row.original.usageLimit !== null ? ` / ${row.original.usageLimit}` : ""}</span>,
    },
    { id: "rules", header: "Rules", cell: ({ row }) => <span className="text-xs text-ink-muted">{[row.original.perCustomerLimit !== null && `${row.original.perCustomerLimit} per customer`, row.original.firstOrderOnly && "first order"].filter(Boolean).join(" · ") || "—"}</span> },
    { id: "active", header: "Status", cell: ({ row }) => <ActiveBadge row={row.original} /> },
  ];
}

function ActiveBadge({ row }: { row: DiscountRow }) {
  const expired = row.validTo !== null && new Date(row.validTo) < new Date();
  const usedUp = row.usageLimit !== null && row.timesUsed >= row.usageLimit;
  if (!row.active) return <Badge tone="neutral" dot>Inactive</Badge>;
  if (expired) return <Badge tone="neutral" dot>Expired</Badge>;
  if (usedUp) return <Badge tone="warning" dot>Used up</Badge>;
  return <Badge tone="success" dot>Active</Badge>;
}

const filters: FilterDef[] = [
  { id: "code", label: "Code", type: "text", placeholder: "Search code" },
  { id: "active", label: "Status", type: "select", options: [{ value: "1", label: "Active" }, { value: "0", label: "Inactive" }] },
];

export function DiscountTable({ rows, total, currency, timeZone }: { rows: DiscountRow[]; total: number; currency: string; timeZone: string }) {
  const table = useUrlTableState(PROMOTION_TABLE_DEFAULTS);
  const [editing, setEditing] = useState<DiscountRow | null>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <DataTable
        caption="Discount codes"
        columns={columnsFor(currency, timeZone)}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        toolbar={<Button onClick={() => (setEditing(null), setOpen(true))}>New code</Button>}
        rowActions={(r) => (
          <Button size="sm" variant="secondary" onClick={() => (setEditing(r), setOpen(true))} aria-label={`Edit ${r.code}`}>Edit</Button>
        )}
      />
      <DiscountFormDialog open={open} editing={editing} onClose={() => setOpen(false)} currency={currency} />
    </>
  );
}
