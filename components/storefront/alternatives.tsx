import Link from "next/link";
import type { ProvenanceAlternative } from "@/server/catalog/storefront/schema";
import { StockBadge } from "./certification-badge";
import { formatPrice } from "./format";

/** What we may send instead when a pack runs out (the substitution rules, best first). */
export function Alternatives({ alternatives, skuNames }: { alternatives: ProvenanceAlternative[]; skuNames: Record<string, string> }) {
  if (alternatives.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {alternatives.map((a) => (
        <li key={`${a.forSkuCode}-${a.productSlug}-${a.skuName}`} className="relative flex flex-col gap-1 rounded-xl border border-line bg-surface p-4 shadow-xs hover:shadow-md">
          <p className="text-xs text-ink-muted">Instead of the {skuNames[a.forSkuCode] ?? a.forSkuCode}</p>
          <Link href={`/shop/${a.productSlug}`} className="font-medium text-ink after:absolute after:inset-0 after:content-[''] hover:underline">
            {a.productName}, {a.skuName}
          </Link>
          <div className="flex items-center justify-between gap-2">
            <span className="text-sm text-ink">{a.price ? formatPrice(a.price.amountMinor, a.price.currency) : "Price to follow"}</span>
            <StockBadge inStock={a.inStock} />
          </div>
        </li>
      ))}
    </ul>
  );
}
