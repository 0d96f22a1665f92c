import type { ReactNode } from "react";
import { Minus, TrendingDown, TrendingUp } from "lucide-react";
import { cn } from "./cn";
import { Skeleton } from "./skeleton";

export type KpiCardProps = {
  label: string;
  value: ReactNode;
  /** Shown smaller after the value ("kg", "orders", "%"). */
  unit?: string;
  /** Change against the comparison period, as a number (e.g. 4.2 for +4.2%). */
  delta?: number | null;
  /** Appended to the delta number; "%" by default, "" for absolute changes. */
  deltaSuffix?: string;
  /** Context for the delta ("vs last week"). */
  deltaLabel?: string;
  /** For metrics where a rise is bad (waste, late deliveries), colours are swapped. */
  lowerIsBetter?: boolean;
  /** Show the skeleton variant instead of the value. */
  loading?: boolean;
  className?: string;
  /** Optional sparkline or mini-chart slot under the value. */
  children?: ReactNode;
};

const deltaFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, signDisplay: "exceptZero" });
const magnitudeFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** Headline metric tile: label, big value, coloured delta and an optional sparkline slot. */
export function KpiCard({ label, value, unit, delta, deltaSuffix = "%", deltaLabel, lowerIsBetter = false, loading = false, className, children }: KpiCardProps) {
  if (loading) return <KpiCardSkeleton label={label} className={className} />;

  const direction = delta == null || delta === 0 ? "flat" : delta > 0 ? "up" : "down";
  const good = direction === "flat" ? null : (direction === "up") !== lowerIsBetter;
  const Icon = direction === "up" ? TrendingUp : direction === "down" ? TrendingDown : Minus;
  const spoken = direction === "flat" ? "No change" : `${direction === "up" ? "Up" : "Down"} ${magnitudeFormat.format(Math.abs(delta!))}${deltaSuffix}`;

  return (
    <div className={cn("flex flex-col gap-1 rounded-lg border border-line bg-surface p-4 shadow-xs", className)}>
      <p className="text-[13px] font-medium text-ink-muted">{label}</p>
      <p className="flex items-baseline gap-1 tabular-nums">
        <span className="text-2xl font-semibold tracking-tight text-ink">{value}</span>
        {unit && <span className="text-sm text-ink-muted">{unit}</span>}
      </p>
      {delta != null && (
        <p className="flex items-center gap-1.5 text-xs">
          <span
            className={cn(
              "inline-flex items-center gap-1 font-medium tabular-nums",
              good === null ? "text-ink-muted" : good ? "text-success-fg" : "text-danger-fg",
            )}
          >
            <Icon aria-hidden className="size-3.5" />
            <span aria-hidden>
              {deltaFormat.format(delta)}
              {deltaSuffix}
            </span>
            <span className="sr-only">{spoken}</span>
          </span>
          {deltaLabel && <span className="text-ink-muted">{deltaLabel}</span>}
        </p>
      )}
      {children && <div className="mt-2">{children}</div>}
    </div>
  );
}

/** Loading placeholder with the same footprint as KpiCard; keeps the label when known. */
export function KpiCardSkeleton({ label, className }: { label?: string; className?: string }) {
  return (
    <div aria-busy="true" className={cn("flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-xs", className)}>
      {label ? <p className="text-[13px] font-medium text-ink-muted">{label}</p> : <Skeleton className="h-3.5 w-24" />}
      <Skeleton className="h-7 w-28" />
      <Skeleton className="h-3 w-20" announce={label ? `Loading ${label}…` : true} />
    </div>
  );
}
