"use client";

import "./column-meta";
import { flexRender, type Header } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { cn } from "@/components/ui/cn";

export const alignClass = { left: "text-left", center: "text-center", right: "text-right" } as const;

/** Sticky <th> for a DataTable column: a sort button with aria-sort when the column is sortable. */
export function DataTableHeaderCell<T>({ header }: { header: Header<T, unknown> }) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const align = meta?.align ?? "left";
  const content = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
  const SortIcon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;

  return (
    <th
      scope="col"
      colSpan={header.colSpan}
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
      className={cn(
        "sticky top-0 z-10 border-b border-line bg-subtle px-3 py-2 text-xs font-semibold whitespace-nowrap text-ink-muted",
        alignClass[align],
        meta?.className,
      )}
    >
      {column.getCanSort() && !header.isPlaceholder ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className={cn("group -mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-ink", align === "right" && "flex-row-reverse", sorted && "text-ink")}
        >
          {content}
          <SortIcon aria-hidden className={cn("size-3.5 shrink-0", !sorted && "text-ink-subtle opacity-60 group-hover:opacity-100")} />
        </button>
      ) : (
        content
      )}
      {meta?.srLabel && <span className="sr-only">{meta.srLabel}</span>}
    </th>
  );
}
