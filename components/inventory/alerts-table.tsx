"use client";
// Inventory alerts with kind/status filters; open ones can be acknowledged, any unresolved one resolved.
import { useMutation } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { CircleCheck, Eye } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, StatusBadge, useToast, type SelectOption } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { AlertRow } from "@/server/inventory/queries";
import { withSortAccessors } from "./columns";
import { ALERT_KIND_LABELS, ALERT_STATUS_TONES } from "./labels";
import { ALERT_TABLE_DEFAULTS } from "./table-defaults";

function columnsFor(dateTime: (d: Date) => string): ColumnDef<AlertRow>[] {
  return withSortAccessors<AlertRow>([
    { id: "createdAt", header: "Raised", enableSorting: true, cell: ({ row }) => dateTime(row.original.createdAt) },
    {
      id: "kind",
      header: "Kind",
      enableSorting: true,
      cell: ({ row }) => <Badge tone={row.original.kind === "COLD_CHAIN" ? "danger" : row.original.kind === "EXPIRY" ? "warning" : "info"}>{ALERT_KIND_LABELS[row.original.kind] ?? row.original.kind}</Badge>,
    },
    { id: "status", header: "Status", enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} map={ALERT_STATUS_TONES} /> },
    { id: "message", header: "Message", meta: { className: "min-w-60 whitespace-normal" }, cell: ({ row }) => <span className="line-clamp-2" title={row.original.message}>{row.original.message}</span> },
    { id: "location", header: "Location", enableSorting: true, cell: ({ row }) => <span className="block max-w-32 truncate" title={row.original.locationName ?? undefined}>{row.original.locationName ?? "—"}</span> },
    {
      id: "sku",
      header: "Lot / SKU",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          {row.original.lotId ? (
            <Link href={`/ops/warehouse/inventory/lots/${row.original.lotId}`} className="font-mono text-xs text-furrow-700 hover:underline">
              {row.original.lotCode}
            </Link>
          ) : (
            <span className="text-ink-muted">—</span>
          )}
          <span className="block font-mono text-xs text-ink-muted" title={row.original.skuName ?? undefined}>
            {row.original.skuCode ?? ""}
          </span>
        </div>
      ),
    },
    {
      id: "handled",
      header: "Handled",
      cell: ({ row }) => {
        const a = row.original;
        const [who, when] = a.resolvedAt ? ["Resolved", a.resolvedAt] : a.acknowledgedAt ? [`Seen by ${a.acknowledgedByName ?? "someone"}`, a.acknowledgedAt] : ["—", null];
        return (
          <div className="leading-tight">
            {who}
            {when && <span className="block text-xs text-ink-muted">{dateTime(when)}</span>}
          </div>
        );
      },
    },
  ]);
}

export function AlertsTable({ rows, total, locations, canOperate }: { rows: AlertRow[]; total: number; locations: SelectOption[]; canOperate: boolean }) {
  const table = useUrlTableState(ALERT_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const handlers = (message: string) => ({ onSuccess: () => (toast.success(message), router.refresh()), onError: (e: unknown) => toast.error(messageOf(e)) });
  const acknowledge = useMutation(trpc.inventory.acknowledgeAlert.mutationOptions(handlers("Alert acknowledged")));
  const resolve = useMutation(trpc.inventory.resolveAlert.mutationOptions(handlers("Alert resolved")));
  const filters: FilterDef[] = useMemo(
    () => [
      { id: "kind", label: "Kind", type: "select", options: Object.entries(ALERT_KIND_LABELS).map(([value, label]) => ({ value, label })) },
      {
        id: "status",
        label: "Status",
        type: "select",
        placeholder: "Status: all",
        options: [{ value: "ACTIVE", label: "Open or acknowledged" }, { value: "OPEN", label: "Open" }, { value: "ACKNOWLEDGED", label: "Acknowledged" }, { value: "RESOLVED", label: "Resolved" }],
      },
      { id: "location", label: "Location", type: "select", options: locations },
    ],
    [locations],
  );

  return (
    <DataTable
      caption="Inventory alerts"
      columns={columns}
      rows={rows}
      total={total}
      {...table}
      filters={filters}
      getRowId={(r) => r.id}
      emptyMessage="No alerts match. All quiet."
      rowActions={(a) =>
        canOperate && a.status !== "RESOLVED" ? (
          <>
            {/* Icon buttons keep the table on screen; names are in aria-label and title. */}
            {a.status === "OPEN" && (
              <Button
                size="sm"
                variant="secondary"
                className="w-8 px-0"
                title="Acknowledge"
                aria-label={`Acknowledge: ${a.message}`}
                icon={<Eye aria-hidden />}
                loading={acknowledge.isPending && acknowledge.variables?.alertId === a.id}
                onClick={() => acknowledge.mutate({ alertId: a.id })}
              />
            )}
            <Button
              size="sm"
              variant="secondary"
              className="w-8 px-0"
              title="Resolve"
              aria-label={`Resolve: ${a.message}`}
              icon={<CircleCheck aria-hidden />}
              loading={resolve.isPending && resolve.variables?.alertId === a.id}
              onClick={() => resolve.mutate({ alertId: a.id })}
            />
          </>
        ) : null
      }
    />
  );
}
