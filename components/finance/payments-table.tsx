"use client";
// Payments of the hub: status colours, amounts per stage, and the finance actions (receipt, refund).
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Button, StatusBadge } from "@/components/ui";
import type { PaymentRow } from "@/server/payments/queries";
import { METHOD_LABELS, PAYMENT_STATUS_OPTIONS, PAYMENT_STATUS_TONES, PAYMENTS_TABLE_DEFAULTS } from "./labels";
import { Money } from "./money";
import { ReceiptDialog, type ReceiptTarget } from "./receipt-dialog";
import { RefundDialog, type RefundTarget } from "./refund-dialog";

const filters: FilterDef[] = [
  { id: "orderNumber", label: "Order", type: "text", placeholder: "Order number" },
  { id: "status", label: "Status", type: "select", options: PAYMENT_STATUS_OPTIONS },
  { id: "method", label: "Method", type: "select", options: Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label })) },
];

const money = (key: keyof PaymentRow, header: string, sortable = true): ColumnDef<PaymentRow> => ({
  id: key, accessorKey: key, header, enableSorting: sortable, meta: { align: "right" },
  cell: ({ row }) => <Money minor={row.original[key] as number} currency={row.original.currency} />,
});

function columnsFor(dateTime: (d: Date) => string): ColumnDef<PaymentRow>[] {
  return [
    { id: "orderNumber", accessorKey: "orderNumber", header: "Order", cell: ({ row }) => <Link className="font-mono text-xs text-furrow-700 underline-offset-2 hover:underline" href={`/ops/finance/orders/${row.original.orderNumber}`}>{row.original.orderNumber}</Link> },
    { id: "status", accessorKey: "status", header: "Status", enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} map={PAYMENT_STATUS_TONES} /> },
    {
      id: "method", accessorKey: "method", header: "Method", enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight whitespace-nowrap">
          {METHOD_LABELS[row.original.method] ?? row.original.method}
          <div className="text-xs text-ink-muted">{row.original.channel.toLowerCase()}</div>
        </div>
      ),
    },
    money("authorizedMinor", "Held"),
    money("capturedMinor", "Captured"),
    money("dueMinor", "Due"),
    money("receivedMinor", "Received"),
    money("refundedMinor", "Refunded"),
    { id: "outstandingMinor", accessorKey: "outstandingMinor", header: "Outstanding", meta: { align: "right" }, cell: ({ row }) => <Money minor={row.original.outstandingMinor} currency={row.original.currency} className={row.original.outstandingMinor > 0 ? "font-semibold text-warning-fg" : undefined} /> },
    { id: "updatedAt", accessorKey: "updatedAt", header: "Updated", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap text-xs">{dateTime(row.original.updatedAt)}</span> },
  ];
}

export function PaymentsTable({ rows, total, canOperate }: { rows: PaymentRow[]; total: number; canOperate: boolean }) {
  const table = useUrlTableState(PAYMENTS_TABLE_DEFAULTS);
  const full = useHubDateTime("short");
  // Day and minute are enough in a dense table; the seconds are in the money trail.
  const dateTime = useMemo(() => (d: Date) => full(d).replace(/:\d{2}$/, ""), [full]);
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const [receipt, setReceipt] = useState<ReceiptTarget | null>(null);
  const [refund, setRefund] = useState<RefundTarget | null>(null);
  return (
    <>
      <DataTable
        caption="Payments"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No payments match these filters."
        rowActions={
          canOperate
            ? (p) => (
                <>
                  {p.outstandingMinor > 0 && (
                    <Button size="sm" variant="secondary" onClick={() => setReceipt({ paymentId: p.id, orderNumber: p.orderNumber, outstandingMinor: p.outstandingMinor, currency: p.currency })} aria-label={`Record receipt for ${p.orderNumber}`}>
                      Receipt
                    </Button>
                  )}
                  {p.refundableMinor > 0 && (
                    <Button size="sm" variant="ghost" onClick={() => setRefund({ paymentId: p.id, orderNumber: p.orderNumber, refundableMinor: p.refundableMinor, currency: p.currency, method: p.method })} aria-label={`Refund ${p.orderNumber}`}>
                      Refund
                    </Button>
                  )}
                </>
              )
            : undefined
        }
      />
      <ReceiptDialog target={receipt} onClose={() => setReceipt(null)} />
      <RefundDialog target={refund} onClose={() => setRefund(null)} />
    </>
  );
}
