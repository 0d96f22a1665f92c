import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/control-classes";
import type { CatalogSort } from "@/server/catalog/storefront/schema";

const SORT_LABELS: Record<CatalogSort, string> = {
  relevance: "Best match",
  name: "Name (A–Z)",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest in the shop",
  freshest: "Freshest harvest",
};

/** Result count and the sort select (part of the catalog form). */
export function CatalogToolbar({ total, page, pageSize, sort, hasQuery }: { total: number; page: number; pageSize: number; sort: CatalogSort; hasQuery: boolean }) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const sorts = (Object.keys(SORT_LABELS) as CatalogSort[]).filter((s) => s !== "relevance" || hasQuery);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-ink-muted" role="status">
        {total === 0 ? "No products" : first === 1 && last === total ? `${total} ${total === 1 ? "product" : "products"}` : `${first}–${last} of ${total} products`}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="catalog-sort" className="text-sm text-ink-muted">
          Sort by
        </label>
        <select id="catalog-sort" name="sort" defaultValue={sort} className={cn(controlClasses, "h-9 w-auto pr-8 pl-2.5")}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
