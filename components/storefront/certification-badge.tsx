import { BadgeCheck } from "lucide-react";
import { SCHEME_LABELS, type CertificationSchemeCode } from "@/server/catalog/storefront/schema";
import { cn } from "@/components/ui/cn";

/** A certification scheme as a small green seal; `compact` (catalog cards) leaves the icon out to keep 24 cards light. */
export function CertificationBadge({ scheme, compact = false, className }: { scheme: CertificationSchemeCode; compact?: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex h-6 items-center gap-1 rounded-full bg-success-soft px-2 text-xs font-medium text-success-fg ring-1 ring-success-line ring-inset", className)}>
      {compact ? <span aria-hidden>✓</span> : <BadgeCheck aria-hidden className="size-3.5" />}
      {SCHEME_LABELS[scheme]}
    </span>
  );
}

/** In stock / out of stock, with a dot so it does not rely on colour alone. */
export function StockBadge({ inStock, units, className }: { inStock: boolean; units?: number; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 text-xs font-medium", inStock ? "text-success-fg" : "text-ink-muted", className)}>
      <span aria-hidden className={cn("size-2 rounded-full", inStock ? "bg-success" : "bg-neutral-solid")} />
      {inStock ? (units !== undefined && units <= 10 ? `Only ${units} left` : "In stock") : "Out of stock"}
    </span>
  );
}
