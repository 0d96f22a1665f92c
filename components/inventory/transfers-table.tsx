"use client";
// Transfers between locations by status; in-transit ones can be received (with shortfall) or cancelled.
import { useMutation } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, FormAlert, StatusBadge, useToast, type SelectOption } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { messageOf } from "@/lib/trpc-errors";
import type { TransferRow } from "@/server/inventory/queries";
import { withSortAccessors } from "./columns";
import { formatCount, TRANSFER_STATUS_TONES } from "./labels";
import { ReceiveTransferDialog } from "./receive-transfer-dialog";
import { TRANSFER_TABLE_DEFAULTS } from "./table-defaults";
import { TransferDialog, type TransferPrefill } from "./transfer-dialog";

function Place({ code, name }: { code: string; name: string }) {
  return (
    <span className="block max-w-44 truncate" title={name}>
      <span className="font-mono text-xs">{code}</span> <span className="text-ink-muted">{name}</span>
    </span>
  );
}

function columnsFor(dateTime: (d: Date) => string): ColumnDef<TransferRow>[] {
  return withSortAccessors<TransferRow>([
    { id: "code", header: "Transfer", enableSorting: true, cell: ({ row }) => <span className="font-mono text-xs">{row.original.code}</span> },
    { id: "status", header: "Status", enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} map={TRANSFER_STATUS_TONES} /> },
    { id: "from", header: "From", enableSorting: true, cell: ({ row }) => <Place code={row.original.fromCode} name={row.original.fromName} /> },
    { id: "to", header: "To", enableSorting: true, cell: ({ row }) => <Place code={row.original.toCode} name={row.original.toName} /> },
    {
      id: "quantity",
      header: "Sent",
      enableSorting: true,
      meta: { align: "right", className: "tabular-nums" },
      cell: ({ row }) => (
        <div className="leading-tight">
          {formatCount(row.original.quantity)}
          <span className="block text-xs text-ink-muted">
            {row.original.lineCount} {row.original.lineCount === 1 ? "lot" : "lots"}
          </span>
        </div>
      ),
    },
    {
      id: "received",
      header: "Received",
      meta: { align: "right", className: "tabular-nums" },
      cell: ({ row }) => {
        const r = row.original;
        if (r.receivedQuantity === null) return "—";
        const short = r.quantity - r.receivedQuantity;
        return (
          <span className={cn(short > 0 && "font-semibold text-warning-fg")} title={short > 0 ? `${short} short` : undefined}>
            {formatCount(r.receivedQuantity)}
            {short > 0 && ` (−${formatCount(short)})`}
          </span>
        );
      },
    },
    {
      id: "dispatchedAt",
      header: "Dispatched",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          {dateTime(row.original.dispatchedAt)}
          {row.original.createdByName && <span className="block text-xs text-ink-muted">by {row.original.createdByName}</span>}
        </div>
      ),
    },
    { id: "receivedAt", header: "Received at", enableSorting: true, cell: ({ row }) => (row.original.receivedAt ? dateTime(row.original.receivedAt) : row.original.cancelledAt ? `Cancelled ${dateTime(row.original.cancelledAt)}` : "—") },
  ]);
}

type Props = { rows: TransferRow[]; total: number; locations: SelectOption[]; canOperate: boolean; prefill?: TransferPrefill | null };

export function TransfersTable({ rows, total, locations, canOperate, prefill = null }: Props) {
  const table = useUrlTableState(TRANSFER_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const [creating, setCreating] = useState<TransferPrefill | null>(prefill);
  const [receiving, setReceiving] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<TransferRow | null>(null);
  const filters: FilterDef[] = useMemo(
    () => [
      { id: "q", label: "Search", type: "text", placeholder: "Transfer, lot or SKU code" },
      { id: "status", label: "Status", type: "select", options: [{ value: "IN_TRANSIT", label: "In transit" }, { value: "RECEIVED", label: "Received" }, { value: "CANCELLED", label: "Cancelled" }] },
      { id: "location", label: "Location", type: "select", options: locations },
    ],
    [locations],
  );

  return (
    <>
      <DataTable
        caption="Transfers between locations"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No transfers match."
        toolbar={canOperate && <Button onClick={() => setCreating({})}>New transfer</Button>}
        rowActions={(r) =>
          r.status === "IN_TRANSIT" && canOperate ? (
            <>
              <Button size="sm" variant="secondary" aria-label={`Receive ${r.code}`} onClick={() => setReceiving(r.id)}>
                Receive
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Cancel ${r.code}`} onClick={() => setCancelling(r)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" aria-label={`Lines of ${r.code}`} onClick={() => setReceiving(r.id)}>
              Lines
            </Button>
          )
        }
      />
      <TransferDialog prefill={creating} onClose={() => setCreating(null)} />
      <ReceiveTransferDialog transferId={receiving} onClose={() => setReceiving(null)} />
      <CancelDialog transfer={cancelling} onClose={() => setCancelling(null)} />
    </>
  );
}

function CancelDialog({ transfer, onClose }: { transfer: TransferRow | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const cancel = useMutation(trpc.inventory.cancelTransfer.mutationOptions());
  const close = () => (cancel.reset(), onClose());
  return (
    <Dialog
      open={transfer !== null}
      onClose={close}
      title={transfer ? `Cancel ${transfer.code}?` : "Cancel transfer"}
      size="sm"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Keep it
          </Button>
          <Button
            variant="danger"
            loading={cancel.isPending}
            onClick={() =>
              transfer &&
              cancel.mutate(
                { transferId: transfer.id },
                { onSuccess: () => (toast.success(`Transfer ${transfer.code} cancelled`, { description: "The units are back at the source." }), router.refresh(), close()) },
              )
            }
          >
            Cancel transfer
          </Button>
        </>
      }
    >
      {cancel.error && <FormAlert className="mb-3">{messageOf(cancel.error)}</FormAlert>}
      {transfer && <p>The {formatCount(transfer.quantity)} units go back on hand at {transfer.fromName}.</p>}
    </Dialog>
  );
}
