// The header row of a small static table (detail pages, dialogs, account pages). Sortable, filtered
// tables use DataTable; these only need the same look everywhere, so their columns are data.
import type { ReactNode } from "react";
import { cn } from "./cn";

export type HeadColumn = {
  label: ReactNode;
  /** Numbers and money line up on the right. */
  numeric?: boolean;
  /** Only a screen reader hears it (an action column, say). */
  srOnly?: boolean;
  className?: string;
};

type Props = {
  /** A string is a plain left-aligned column; false/null/undefined leave a conditional column out. */
  columns: ReadonlyArray<HeadColumn | string | false | null | undefined>;
  /** "shaded": a tinted band (tables in cards); "ruled": a rule under the labels (dialogs, lists); "plain": labels only. */
  look?: keyof typeof LOOKS;
  /** Padding of each header cell, matching the body cells of the table. */
  cellClassName?: string;
  className?: string;
};

const LOOKS = { shaded: "bg-subtle", ruled: "border-b border-line", plain: "" };

export function TableHead({ columns, look = "shaded", cellClassName = "px-3 py-2", className }: Props) {
  return (
    <thead className={cn("text-left text-xs text-ink-muted", LOOKS[look], className)}>
      <tr>
        {columns.map((column, i) => {
          if (!column) return null;
          const c = typeof column === "string" ? { label: column } : column;
          return (
            <th key={i} scope="col" className={cn("font-medium", cellClassName, c.numeric && "text-right", c.className)}>
              {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
