"use client";

import { useId } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

export type DataTablePaginationProps = {
  /** 0-based page index. */
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
};

const count = new Intl.NumberFormat("en-GB");

/** Footer of a DataTable: rows-per-page select, "Showing a–b of n", previous/next page buttons. */
export function DataTablePagination({ page, pageSize, total, pageSizes, onPageChange, onPageSizeChange }: DataTablePaginationProps) {
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = page * pageSize + 1;
  const to = Math.min((page + 1) * pageSize, total);
  const pastTheEnd = total > 0 && from > total;
  const atStart = page <= 0;
  const atEnd = page >= pageCount - 1;

  // aria-disabled instead of disabled, so focus stays on the button after reaching the last page.
  const navClass = "size-8 px-0 aria-disabled:opacity-40";

  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-line px-3 py-2 text-[13px] text-ink-muted">
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId}>Rows per page</label>
        <Select
          id={sizeId}
          dense
          value={String(pageSize)}
          onChange={(e) => onPageSizeChange(Number(e.target.value))}
          options={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
          className="w-20"
        />
      </div>
      <p aria-live="polite" className="tabular-nums">
        {total === 0 ? (
          "No results"
        ) : pastTheEnd ? (
          <>No rows on this page ({count.format(total)} in total)</>
        ) : (
          <>
            Showing <span className="font-medium text-ink">{count.format(from)}</span>–<span className="font-medium text-ink">{count.format(to)}</span> of{" "}
            <span className="font-medium text-ink">{count.format(total)}</span>
          </>
        )}
      </p>
      <div className="flex items-center gap-1.5">
        <span className="mr-1 tabular-nums">
          Page {count.format(page + 1)} of {count.format(pageCount)}
        </span>
        <Button
          variant="secondary"
          size="sm"
          aria-label="Previous page"
          aria-disabled={atStart || undefined}
          onClick={() => !atStart && onPageChange(page - 1)}
          className={navClass}
        >
          <ChevronLeft aria-hidden />
        </Button>
        <Button
          variant="secondary"
          size="sm"
          aria-label="Next page"
          aria-disabled={atEnd || undefined}
          onClick={() => !atEnd && onPageChange(page + 1)}
          className={navClass}
        >
          <ChevronRight aria-hidden />
        </Button>
      </div>
    </div>
  );
}
