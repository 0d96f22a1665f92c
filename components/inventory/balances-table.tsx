"use client";
// Stock balances by location x SKU x lot: dense, server-sorted and filtered, state in the URL.
// Row actions: adjust the balance, start a transfer from it, open the lot.
import type { ColumnDef } from "@tanstack/react-table";
import { ArrowRightLeft, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Button, StatusBadge, type SelectOption } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import type { BalanceRow } from "@/server/inventory/queries";
import { withSortAccessors } from "./columns";
import { AdjustDialog } from "./adjust-dialog";
import type { AdjustTarget } from "./adjustment-form";
import { BALANCE_STATUS_LABELS, BALANCE_STATUS_TONES, expiryClass, expiryWords, formatCount, formatDay, GRADE_LABELS } from "./labels";
import { BALANCE_TABLE_DEFAULTS } from "./table-defaults";
import { TransferDialog, type TransferPrefill } from "./transfer-dialog";

const num = { align: "right" as const, className: "tabular-nums" };

function columnsFor(day: (d: Date) => string): ColumnDef<BalanceRow>[] {
  return withSortAccessors<BalanceRow>([
    {
      id: "sku",
      header: "SKU",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          <span className="font-mono text-xs">{row.original.skuCode}</span>
          <span className="block max-w-48 truncate text-ink-muted" title={`${row.original.productName} · ${row.original.skuName}`}>
            {row.original.productName} · {row.original.skuName}
          </span>
        </div>
      ),
    },
    { id: "location", header: "Location", enableSorting: true, cell: ({ row }) => <span title={row.original.locationName}>{row.original.locationCode}</span> },
    {
      id: "lot",
      header: "Lot",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          <Link href={`/ops/warehouse/inventory/lots/${row.original.lotId}`} aria-label={`Open lot ${row.original.lotCode}`} className="font-mono text-xs text-furrow-700 hover:underline">
            {row.original.lotCode}
          </Link>
          <span className="block text-xs text-ink-muted">
            {GRADE_LABELS[row.original.grade] ?? row.original.grade} · <span title="Harvested">{day(row.original.harvestedAt)}</span>
          </span>
        </div>
      ),
    },
    { id: "farm", header: "Farm", enableSorting: true, cell: ({ row }) => <span className="block max-w-32 truncate" title={row.original.farmName}>{row.original.farmName}</span> },
    {
      id: "bestBefore",
      header: "Best before",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="leading-tight">
          {formatDay(row.original.bestBefore)}
          <span className={cn("block text-xs", expiryClass(row.original.daysToExpiry))}>{expiryWords(row.original.daysToExpiry)}</span>
        </div>
      ),
    },
    { id: "onHand", header: "On hand", enableSorting: true, meta: num, cell: ({ row }) => formatCount(row.original.onHand) },
    { id: "reserved", header: "Reserved", enableSorting: true, meta: num, cell: ({ row }) => formatCount(row.original.reserved) },
    {
      id: "available",
      header: "Available",
      enableSorting: true,
      meta: num,
      cell: ({ row }) => <span className={cn("font-semibold", row.original.status === "LOW" && "text-warning-fg")}>{formatCount(row.original.available)}</span>,
    },
    {
      id: "status",
      header: "Status",
      enableSorting: true,
      cell: ({ row }) => (
        <span title={row.original.status === "LOW" ? `${row.original.locationSkuAvailable} available here, threshold ${row.original.lowStockThreshold}` : undefined}>
          <StatusBadge status={row.original.status} map={BALANCE_STATUS_TONES} label={BALANCE_STATUS_LABELS[row.original.status]} />
        </span>
      ),
    },
  ]);
}

type Props = {
  rows: BalanceRow[];
  total: number;
  locations: SelectOption[];
  categories: SelectOption[];
  canOperate: boolean;
};

export function BalancesTable({ rows, total, locations, categories, canOperate }: Props) {
  const table = useUrlTableState(BALANCE_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  // "21 Nov 2026, 23:31" -> "21 Nov" (the hub-local day).
  const columns = useMemo(() => columnsFor((d) => dateTime(d).split(",")[0]!.replace(/ \d{4}$/, "")), [dateTime]);
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [transferring, setTransferring] = useState<TransferPrefill | null>(null);
  const filters: FilterDef[] = useMemo(
    () => [
      { id: "q", label: "Search", type: "text", placeholder: "SKU, product or lot" },
      { id: "location", label: "Location", type: "select", options: locations },
      { id: "category", label: "Category", type: "select", options: categories },
      { id: "status", label: "Status", type: "select", options: Object.entries(BALANCE_STATUS_LABELS).map(([value, label]) => ({ value, label })) },
      { id: "empty", label: "Empty rows", type: "select", placeholder: "Hide empty rows", options: [{ value: "show", label: "Show empty rows" }] },
    ],
    [locations, categories],
  );

  return (
    <>
      <DataTable
        caption="Stock balances by location, SKU and lot"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No stock matches these filters."
        rowActions={
          canOperate
            ? (r) => (
                <>
                  {/* Icon buttons keep the dense table inside the screen; the names are in aria-label and title. */}
                  <Button
                    size="sm"
                    variant="secondary"
                    className="w-8 px-0"
                    aria-label={`Adjust ${r.lotCode} at ${r.locationCode}`}
                    title="Adjust"
                    icon={<SlidersHorizontal aria-hidden />}
                    onClick={() => setAdjusting({ locationId: r.locationId, lotId: r.lotId, label: `${r.lotCode} · ${r.skuCode} ${r.productName} at ${r.locationName}`, onHand: r.onHand, available: r.available })}
                  />
                  <Button
                    size="sm"
                    variant="secondary"
                    className="w-8 px-0"
                    aria-label={`Transfer ${r.lotCode} from ${r.locationCode}`}
                    title={r.available > 0 ? "Transfer" : "Nothing available to transfer"}
                    icon={<ArrowRightLeft aria-hidden />}
                    disabled={r.available <= 0}
                    onClick={() => setTransferring({ fromLocationId: r.locationId, lotId: r.lotId })}
                  />
                </>
              )
            : undefined
        }
      />
      <AdjustDialog target={adjusting} onClose={() => setAdjusting(null)} />
      <TransferDialog prefill={transferring} onClose={() => setTransferring(null)} />
    </>
  );
}
