"use client";
// The journal: entries with their postings (debits and credits per account), filtered by date range,
// kind, account and order; finance:operate may reverse an entry with a reason.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, Button } from "@/components/ui";
import type { JournalRow } from "@/server/ledger/queries";
import { ENTRY_KIND_LABELS, ENTRY_KIND_OPTIONS, JOURNAL_TABLE_DEFAULTS } from "./labels";
import { Money } from "./money";
import { PostingList } from "./posting-list";
import { ReverseDialog } from "./reverse-dialog";

function columnsFor(dateTime: (d: Date) => string): ColumnDef<JournalRow>[] {
  return [
    { id: "occurredAt", accessorKey: "occurredAt", header: "When", enableSorting: true, cell: ({ row }) => <span className="whitespace-nowrap text-xs">{dateTime(row.original.occurredAt)}</span> },
    {
      id: "kind", accessorKey: "kind", header: "Entry",
      cell: ({ row }) => (
        <div className="space-y-1">
          <Badge tone={row.original.kind === "REVERSAL" ? "warning" : row.original.reversedById ? "neutral" : "info"}>{ENTRY_KIND_LABELS[row.original.kind] ?? row.original.kind}</Badge>
          {row.original.reversedById && <p className="text-xs text-warning-fg">Reversed</p>}
          <p className="max-w-56 truncate text-xs text-ink-muted" title={row.original.memo}>{row.original.memo}</p>
        </div>
      ),
    },
    { id: "order", header: "Order", cell: ({ row }) => (row.original.orderNumber ? <Link className="font-mono text-xs text-furrow-700 hover:underline" href={`/ops/finance/orders/${row.original.orderNumber}`}>{row.original.orderNumber}</Link> : <span className="text-ink-muted">—</span>) },
    { id: "postings", header: "Postings", cell: ({ row }) => <PostingList row={row.original} /> },
    { id: "amount", accessorKey: "amountMinor", header: "Amount", meta: { align: "right" }, cell: ({ row }) => <Money minor={row.original.amountMinor} currency={row.original.currency} /> },
  ];
}

export function JournalTable({ rows, total, canOperate, accounts }: { rows: JournalRow[]; total: number; canOperate: boolean; accounts: Array<{ value: string; label: string }> }) {
  const table = useUrlTableState(JOURNAL_TABLE_DEFAULTS);
  const dateTime = useHubDateTime("short");
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const [reversing, setReversing] = useState<JournalRow | null>(null);
  const filters: FilterDef[] = [
    { id: "from", label: "From", type: "text", placeholder: "From YYYY-MM-DD" },
    { id: "to", label: "To", type: "text", placeholder: "To YYYY-MM-DD" },
    { id: "kind", label: "Kind", type: "select", options: ENTRY_KIND_OPTIONS },
    { id: "account", label: "Account", type: "select", options: accounts },
    { id: "order", label: "Order", type: "text", placeholder: "Order number" },
  ];
  return (
    <>
      <DataTable
        caption="Journal entries"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No journal entries match these filters."
        rowActions={
          canOperate
            ? (e) =>
                e.kind !== "REVERSAL" && !e.reversedById ? (
                  <Button size="sm" variant="ghost" onClick={() => setReversing(e)} aria-label={`Reverse entry ${e.memo}`}>
                    Reverse
                  </Button>
                ) : null
            : undefined
        }
      />
      <ReverseDialog entry={reversing} onClose={() => setReversing(null)} />
    </>
  );
}
