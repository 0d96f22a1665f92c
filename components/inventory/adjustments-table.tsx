"use client";
// Adjustments with their approval state. Pending requests above the threshold show Approve/Reject
// to people with approval rights, except on their own requests (a second person must decide).
import { useMutation } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, StatusBadge, Textarea, useToast, type SelectOption } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { AdjustmentRow } from "@/server/inventory/queries";
import { withSortAccessors } from "./columns";
import { ADJUSTMENT_REASON_LABELS, ADJUSTMENT_REASONS, ADJUSTMENT_STATUS_TONES, formatCount, formatDelta } from "./labels";
import { ADJUSTMENT_TABLE_DEFAULTS } from "./table-defaults";

type Decision = { row: AdjustmentRow; decision: "APPROVE" | "REJECT" };

function columnsFor(dateTime: (d: Date) => string): ColumnDef<AdjustmentRow>[] {
  return withSortAccessors<AdjustmentRow>([
    {
      id: "createdAt",
      header: "Requested",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          {dateTime(row.original.createdAt)}
          <span className="block text-xs text-ink-muted">{row.original.requestedByMe ? `${row.original.requestedByName} (you)` : row.original.requestedByName}</span>
        </div>
      ),
    },
    {
      id: "status",
      header: "Status",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          <StatusBadge status={row.original.status} map={ADJUSTMENT_STATUS_TONES} label={row.original.status === "PENDING_APPROVAL" ? "Pending approval" : undefined} />
          {row.original.decidedByName && row.original.decidedAt && row.original.decidedByName !== row.original.requestedByName && (
            <span className="mt-0.5 block text-xs text-ink-muted" title={row.original.decisionNote ?? undefined}>
              by {row.original.decidedByName}, {dateTime(row.original.decidedAt)}
            </span>
          )}
        </div>
      ),
    },
    {
      id: "sku",
      header: "Lot / SKU",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          <Link href={`/ops/warehouse/inventory/lots/${row.original.lotId}`} className="font-mono text-xs text-furrow-700 hover:underline">
            {row.original.lotCode}
          </Link>
          <span className="block font-mono text-xs text-ink-muted" title={row.original.skuName}>
            {row.original.skuCode}
          </span>
        </div>
      ),
    },
    { id: "location", header: "Location", enableSorting: true, cell: ({ row }) => <span title={row.original.locationName}>{row.original.locationCode}</span> },
    {
      id: "delta",
      header: "Change",
      enableSorting: true,
      meta: { align: "right" },
      cell: ({ row }) => <span className={cn("font-semibold tabular-nums", row.original.delta < 0 ? "text-danger-fg" : "text-success-fg")}>{formatDelta(row.original.delta)}</span>,
    },
    { id: "availableNow", header: "Available now", meta: { align: "right", className: "tabular-nums" }, cell: ({ row }) => formatCount(row.original.availableNow) },
    {
      id: "reason",
      header: "Reason",
      cell: ({ row }) => (
        <div className="leading-tight">
          {ADJUSTMENT_REASON_LABELS[row.original.reason] ?? row.original.reason}
          {row.original.note && (
            <span className="block max-w-56 truncate text-xs text-ink-muted" title={row.original.note}>
              {row.original.note}
            </span>
          )}
        </div>
      ),
    },
  ]);
}

export function AdjustmentsTable({ rows, total, locations, canApprove }: { rows: AdjustmentRow[]; total: number; locations: SelectOption[]; canApprove: boolean }) {
  const table = useUrlTableState(ADJUSTMENT_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const filters: FilterDef[] = useMemo(
    () => [
      { id: "q", label: "Search", type: "text", placeholder: "SKU, lot or note" },
      { id: "status", label: "Status", type: "select", options: [{ value: "PENDING_APPROVAL", label: "Pending approval" }, { value: "APPLIED", label: "Applied" }, { value: "REJECTED", label: "Rejected" }] },
      { id: "reason", label: "Reason", type: "select", options: ADJUSTMENT_REASONS.map((r) => ({ value: r.value, label: ADJUSTMENT_REASON_LABELS[r.value]! })) },
      { id: "location", label: "Location", type: "select", options: locations },
    ],
    [locations],
  );

  return (
    <>
      <DataTable
        caption="Stock adjustments, pending approval first"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No adjustments match."
        rowActions={(r) =>
          r.status === "PENDING_APPROVAL" && canApprove ? (
            r.requestedByMe ? (
              <span className="text-xs whitespace-normal text-ink-muted">Your request: another approver must decide</span>
            ) : (
              <>
                <Button size="sm" variant="secondary" aria-label={`Approve ${formatDelta(r.delta)} on ${r.lotCode}`} onClick={() => setDeciding({ row: r, decision: "APPROVE" })}>
                  Approve
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Reject ${formatDelta(r.delta)} on ${r.lotCode}`} onClick={() => setDeciding({ row: r, decision: "REJECT" })}>
                  Reject
                </Button>
              </>
            )
          ) : null
        }
      />
      <DecisionDialog decision={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}

function DecisionDialog({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [note, setNote] = useState("");
  const decide = useMutation(trpc.inventory.decideAdjustment.mutationOptions());
  const errors = fieldErrorsOf(decide.error);
  const approve = decision?.decision === "APPROVE";

  function close() {
    decide.reset();
    setNote("");
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) return;
    decide.mutate(
      { adjustmentId: decision.row.id, decision: decision.decision, note: note.trim() || undefined },
      {
        onSuccess: () => {
          toast.success(approve ? "Adjustment approved and applied" : "Adjustment rejected");
          router.refresh();
          close();
        },
      },
    );
  }

  const r = decision?.row;
  return (
    <Dialog open={decision !== null} onClose={close} title={approve ? "Approve adjustment" : "Reject adjustment"} size="sm">
      {r && (
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {decide.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(decide.error)}</FormAlert>}
          <p>
            <span className="font-semibold">{formatDelta(r.delta)} units</span> of {r.skuCode} (lot {r.lotCode}) at {r.locationName}, requested by {r.requestedByName}: {ADJUSTMENT_REASON_LABELS[r.reason]}
            {r.note ? ` — “${r.note}”` : ""}.
          </p>
          <p className="text-ink-muted">
            Now {formatCount(r.onHandNow)} on hand, {formatCount(r.availableNow)} available.
            {approve ? ` After approval: ${formatCount(r.onHandNow + r.delta)} on hand.` : " Rejecting leaves the stock unchanged."}
          </p>
          <Field label="Decision note" errors={errors.note}>
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} placeholder="Optional" />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant={approve ? "primary" : "danger"} loading={decide.isPending}>
              {approve ? "Approve and apply" : "Reject"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
