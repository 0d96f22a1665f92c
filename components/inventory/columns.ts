// TanStack only lets a column sort when it has an accessor; our cells render from the whole row,
// so sortable columns get an accessor reading the field the server sorts on (also picks the first
// sort direction: text ascending, numbers and dates descending).
import type { ColumnDef } from "@tanstack/react-table";

function valueOf(row: unknown, id: string): unknown {
  const r = row as Record<string, unknown>;
  return r[id] ?? r[`${id}Code`] ?? r[`${id}Name`];
}

export function withSortAccessors<T>(columns: ColumnDef<T>[]): ColumnDef<T>[] {
  return columns.map((c) => {
    if (!c.enableSorting || !c.id || "accessorFn" in c || "accessorKey" in c) return c;
    const id = c.id;
    return { ...c, accessorFn: (row: T) => valueOf(row, id) } as ColumnDef<T>;
  });
}
