"use client";
// The products table: server-side search, filters, sorting and paging kept in the URL.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { ImageOff, Plus } from "lucide-react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { LinkButton, StatusBadge } from "@/components/ui";
import type { ProductRow } from "@/server/catalog/products";
import { priceRange } from "./labels";
import { PRODUCT_TABLE_DEFAULTS } from "./table-defaults";

function columnsFor(dateTime: (d: Date) => string): ColumnDef<ProductRow>[] {
  return [
    {
      id: "name",
      header: "Product",
      enableSorting: true,
      cell: ({ row }) => (
        <Link href={`/ops/catalog/products/${row.original.id}`} className="flex items-center gap-2 font-medium text-ink hover:underline">
          {row.original.thumbUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- already a 160px webp variant; next/image would resize it again
            <img src={row.original.thumbUrl} alt="" width={28} height={28} className="size-7 rounded object-cover" />
          ) : (
            <span aria-hidden className="flex size-7 items-center justify-center rounded bg-muted text-ink-subtle">
              <ImageOff className="size-3.5" />
            </span>
          )}
          {row.original.name}
        </Link>
      ),
    },
    { id: "category", header: "Category", enableSorting: true, cell: ({ row }) => row.original.categoryName },
    { id: "skuCount", header: "SKUs", enableSorting: true, meta: { align: "right" }, cell: ({ row }) => row.original.skuCount },
    {
      id: "price",
      header: "Retail price",
      meta: { align: "right", className: "tabular-nums" },
      cell: ({ row }) => priceRange(row.original.priceMinMinor, row.original.priceMaxMinor, row.original.currency),
    },
    {
      id: "active",
      header: "Status",
      enableSorting: true,
      cell: ({ row }) => <StatusBadge status={row.original.active ? "ACTIVE" : "INACTIVE"} map={{ INACTIVE: "neutral" }} />,
    },
    { id: "updatedAt", header: "Updated", enableSorting: true, cell: ({ row }) => dateTime(row.original.updatedAt) },
  ];
}

export function ProductsTable({ rows, total, categories }: { rows: ProductRow[]; total: number; categories: { id: string; name: string }[] }) {
  const table = useUrlTableState(PRODUCT_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const filters: FilterDef[] = useMemo(
    () => [
      { id: "q", label: "Search", type: "text", placeholder: "Name, slug or SKU code" },
      { id: "categoryId", label: "Category", type: "select", options: categories.map((c) => ({ value: c.id, label: c.name })) },
      { id: "active", label: "Status", type: "select", options: [{ value: "true", label: "Active" }, { value: "false", label: "Inactive" }] },
    ],
    [categories],
  );
  return (
    <DataTable
      caption="Products"
      columns={columns}
      rows={rows}
      total={total}
      {...table}
      filters={filters}
      getRowId={(r) => r.id}
      emptyMessage="No products match these filters."
      toolbar={
        <LinkButton href="/ops/catalog/products/new" icon={<Plus aria-hidden />}>
          New product
        </LinkButton>
      }
      rowActions={(p) => (
        <LinkButton href={`/ops/catalog/products/${p.id}`} size="sm" variant="secondary" aria-label={`Edit ${p.name}`}>
          Edit
        </LinkButton>
      )}
    />
  );
}
