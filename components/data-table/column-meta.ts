import type { RowData } from "@tanstack/react-table";

// Column options the DataTable understands, set per column as `meta: { align: "right" }`.
// (Module augmentation has to be an interface; this is the one place that needs it.)
declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Numeric columns are right-aligned (header and cells). */
    align?: "left" | "center" | "right";
    /** Extra classes for this column's header and cells, e.g. a width ("w-32") or "font-mono". */
    className?: string;
    /** Header text for screen readers when the visible header is an icon or empty. */
    srLabel?: string;
  }
}

export {};
