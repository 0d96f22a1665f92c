"use client";

import "./column-meta";
import { useMemo, type ReactNode } from "react";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingAnnouncement, SkeletonTableRows } from "@/components/ui/skeleton";
import { alignClass, DataTableHeaderCell } from "./data-table-header-cell";
import { DataTableFilters, type FilterDef } from "./data-table-filters";
import { DataTablePagination } from "./data-table-pagination";
import { PAGE_SIZES, type DataTableState, type StateChangeMeta } from "./state";

export type DataTableProps<T> = {
  /** Sorting is opt-in per column (`enableSorting: true`) because the server must support each sort. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns hold mixed value types, as in TanStack's own examples
  columns: ColumnDef<T, any>[];
  /** The current page of rows, already sorted/filtered by the server. */
  rows: T[];
  /** Row count across all pages for the current filters. */
  total: number;
  state: DataTableState;
  onStateChange: (next: DataTableState, meta?: StateChangeMeta) => void;
  isLoading?: boolean;
  emptyMessage?: ReactNode;
  getRowId?: (row: T, index: number) => string;
  /** Buttons etc. at the right of the filter bar. */
  toolbar?: ReactNode;
  filters?: FilterDef[];
  /** Renders a trailing, right-aligned actions cell for each row. */
  rowActions?: (row: T) => ReactNode;
  /** Accessible name of the table (rendered as an sr-only caption). */
  caption?: string;
  pageSizes?: readonly number[];
  /** Classes for the scroll area; the default caps its height so the header can stick. */
  scrollClassName?: string;
  className?: string;
};

/** The app's one table: server-side sorting, filtering and pagination over TanStack Table v8. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, total, state, onStateChange, isLoading = false, emptyMessage = "No results.", getRowId } = props;
  const { toolbar, filters = [], rowActions, caption, pageSizes = PAGE_SIZES, scrollClassName, className } = props;

  const allColumns = useMemo<ColumnDef<T, unknown>[]>(
    () =>
      rowActions
        ? [
            ...columns,
            {
              id: "__actions",
              header: () => <span className="sr-only">Actions</span>,
              cell: ({ row }) => <div className="flex justify-end gap-1">{rowActions(row.original)}</div>,
              meta: { align: "right", className: "w-px" },
            },
          ]
        : columns,
    [columns, rowActions],
  );

  const sorting: SortingState = state.sort ? [state.sort] : [];

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not compiler-memoizable; this component does not rely on it
  const table = useReactTable({
    data: rows,
    columns: allColumns,
    getRowId,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: state.page, pageSize: state.pageSize } },
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    defaultColumn: { enableSorting: false },
    onSortingChange: (updater) => {
      const next = (typeof updater === "function" ? updater(sorting) : updater)[0];
      onStateChange({ ...state, page: 0, sort: next ? { id: next.id, desc: next.desc } : null });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  const columnCount = table.getVisibleLeafColumns().length;
  const pastTheEnd = !isLoading && rows.length === 0 && total > 0 && state.page > 0;

  function setFilter(id: string, value: string, debounce: boolean) {
    const nextFilters = { ...state.filters, [id]: value };
    if (value === "") delete nextFilters[id];
    onStateChange({ ...state, page: 0, filters: nextFilters }, { debounce });
  }

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      {(filters.length > 0 || toolbar) && (
        <DataTableFilters
          filters={filters}
          values={state.filters}
          onFilterChange={setFilter}
          onClear={() => onStateChange({ ...state, page: 0, filters: {} })}
          toolbar={toolbar}
        />
      )}
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-xs">
        <div className={cn("max-h-[70vh] overflow-auto", scrollClassName)}>
          <table aria-busy={isLoading || undefined} className="w-full border-separate border-spacing-0 text-[13px] leading-5">
            {caption && <caption className="sr-only">{caption}</caption>}
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <DataTableHeaderCell key={header.id} header={header} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {isLoading ? (
                <SkeletonTableRows
                  rows={Math.min(state.pageSize, Math.max(rows.length, 8))}
                  cols={columnCount}
                  cellClassName="border-b border-line py-2.5"
                />
              ) : rows.length === 0 ? (
                <tr>
                  <td colSpan={columnCount}>
                    {pastTheEnd ? (
                      <EmptyState
                        compact
                        title="This page is past the end of the results"
                        action={
                          <Button variant="secondary" size="sm" onClick={() => onStateChange({ ...state, page: 0 })}>
                            Go to the first page
                          </Button>
                        }
                      />
                    ) : (
                      <EmptyState compact title={emptyMessage} />
                    )}
                  </td>
                </tr>
              ) : (
                table.getRowModel().rows.map((row) => (
                  <tr key={row.id} className="even:bg-subtle/60 hover:bg-furrow-50">
                    {row.getVisibleCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      return (
                        <td
                          key={cell.id}
                          className={cn("border-b border-line px-3 py-1.5 whitespace-nowrap text-ink", alignClass[meta?.align ?? "left"], meta?.className)}
                        >
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <DataTablePagination
          page={state.page}
          pageSize={state.pageSize}
          total={total}
          pageSizes={pageSizes}
          onPageChange={(page) => onStateChange({ ...state, page })}
          // Keep the first visible row on screen when the page size changes.
          onPageSizeChange={(pageSize) => onStateChange({ ...state, pageSize, page: Math.floor((state.page * state.pageSize) / pageSize) })}
        />
      </div>
      {isLoading && <LoadingAnnouncement />}
    </div>
  );
}
