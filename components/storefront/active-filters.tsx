import Link from "next/link";
import { X } from "lucide-react";
import { SCHEME_LABELS, type CatalogFacets } from "@/server/catalog/storefront/schema";
import { hrefWith, type CatalogState } from "./catalog-state";

/** The filters in force as removable chips, plus "Clear all". */
export function ActiveFilters({ state, facets }: { state: CatalogState; facets: CatalogFacets }) {
  const chips: { label: string; href: string }[] = [];
  if (state.q) chips.push({ label: `“${state.q}”`, href: hrefWith(state, { q: undefined }) });
  if (state.category) chips.push({ label: facets.categories.find((c) => c.value === state.category)?.label ?? state.category, href: hrefWith(state, { category: undefined }) });
  if (state.certification) chips.push({ label: SCHEME_LABELS[state.certification], href: hrefWith(state, { certification: undefined }) });
  if (state.origin) chips.push({ label: facets.origins.find((o) => o.value === state.origin)?.label ?? state.origin, href: hrefWith(state, { origin: undefined }) });
  if (state.inStock) chips.push({ label: "In stock", href: hrefWith(state, { inStock: false }) });
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h3 className="sr-only">Active filters</h3>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.label}>
            <Link href={chip.href} aria-label={`Remove filter ${chip.label}`} className="inline-flex h-7 items-center gap-1 rounded-full border border-furrow-200 bg-furrow-50 pr-2 pl-3 text-xs font-medium text-furrow-800 hover:border-furrow-400">
              {chip.label}
              <X aria-hidden className="size-3.5" />
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href="/shop" className="text-xs font-medium text-ink-muted underline-offset-2 hover:text-ink hover:underline">
          Clear all
        </Link>
      )}
    </div>
  );
}
