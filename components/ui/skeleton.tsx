import { cn } from "./cn";

/** Screen-reader-only announcement that something is loading; visuals stay aria-hidden. */
export function LoadingAnnouncement({ label = "Loading…" }: { label?: string }) {
  return (
    <span role="status" className="sr-only">
      {label}
    </span>
  );
}

type AnnounceProp = {
  /** Also render an sr-only "Loading…" live region (pass a string to change the words). */
  announce?: boolean | string;
};

function Announce({ announce }: AnnounceProp) {
  if (!announce) return null;
  return <LoadingAnnouncement label={typeof announce === "string" ? announce : undefined} />;
}

export type SkeletonProps = AnnounceProp & { className?: string };

/** Pulsing placeholder block; size it with className (h-4 w-24, size-8 rounded-full…). */
export function Skeleton({ className, announce }: SkeletonProps) {
  return (
    <>
      <div aria-hidden className={cn("h-4 animate-pulse rounded bg-muted", className)} />
      <Announce announce={announce} />
    </>
  );
}

export type SkeletonTextProps = AnnounceProp & { lines?: number; className?: string };

/** A paragraph's worth of skeleton lines, the last one shorter. */
export function SkeletonText({ lines = 3, className, announce }: SkeletonTextProps) {
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <div aria-hidden className="contents">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className={cn("h-3.5 animate-pulse rounded bg-muted", i === lines - 1 && lines > 1 ? "w-3/5" : "w-full")} />
        ))}
      </div>
      <Announce announce={announce} />
    </div>
  );
}

// Varying widths make a skeleton read as "rows of data" rather than a grid of bars.
const cellWidths = ["w-3/4", "w-1/2", "w-2/3", "w-5/12", "w-4/5", "w-7/12"];

/** Placeholder cells for `rows` × `cols`, rendered as <tr>s for use inside an existing <tbody>. */
export function SkeletonTableRows({ rows, cols, cellClassName }: { rows: number; cols: number; cellClassName?: string }) {
  return Array.from({ length: rows }, (_, r) => (
    <tr key={r} aria-hidden>
      {Array.from({ length: cols }, (_, c) => (
        <td key={c} className={cn("px-3 py-2", cellClassName)}>
          <div className={cn("h-3.5 animate-pulse rounded bg-muted", cellWidths[(r + c) % cellWidths.length])} />
        </td>
      ))}
    </tr>
  ));
}

export type SkeletonTableProps = AnnounceProp & { rows?: number; cols?: number; className?: string };

/** Stand-alone table-shaped skeleton (header bar plus rows) for a table that has not mounted yet. */
export function SkeletonTable({ rows = 5, cols = 4, className, announce }: SkeletonTableProps) {
  return (
    <div className={cn("overflow-hidden rounded-lg border border-line bg-surface", className)}>
      <table aria-hidden className="w-full">
        <thead className="bg-subtle">
          <tr>
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className="px-3 py-2.5">
                <div className="h-3 w-16 animate-pulse rounded bg-muted" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          <SkeletonTableRows rows={rows} cols={cols} />
        </tbody>
      </table>
      <Announce announce={announce} />
    </div>
  );
}
