// Money in tables: tabular figures, negatives marked, zero muted.
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/money";

export function Money({ minor, currency, className, muteZero = true }: { minor: number; currency: string; className?: string; muteZero?: boolean }) {
  return <span className={cn("tabular-nums whitespace-nowrap", minor === 0 && muteZero && "text-ink-muted", minor < 0 && "text-danger-fg", className)}>{formatMoney(minor, currency)}</span>;
}
