import Link from "next/link";
import { MapPin } from "lucide-react";
import type { CatalogProduct } from "@/server/catalog/storefront/schema";
import { CertificationBadge, StockBadge } from "./certification-badge";
import { formatPrice, formatUnitPrice, listNames } from "./format";
import { ProductVisual } from "./product-visual";

/** One product in the catalog grid; the whole card links to the product page. */
export function ProductCard({ product }: { product: CatalogProduct }) {
  const { price } = product;
  const origin = product.farms.length > 0 ? listNames(product.farms, "farm") : null;
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-xl border border-line bg-surface shadow-xs transition-shadow hover:shadow-md focus-within:ring-2 focus-within:ring-ring">
      <ProductVisual name={product.name} rootCategorySlug={product.category.rootSlug} imageKey={product.imageKey} imageAlt={product.imageAlt} className="transition-transform duration-300 group-hover:scale-[1.02]" />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-medium tracking-wide text-ink-subtle uppercase">{product.category.name}</p>
        <h3 className="text-base leading-snug font-semibold text-ink">
          <Link href={`/shop/${product.slug}`} className="outline-none after:absolute after:inset-0 after:content-['']">
            {product.name}
          </Link>
        </h3>
        {origin && (
          <p className="flex items-start gap-1 text-sm text-ink-muted">
            <MapPin aria-hidden className="mt-0.5 size-3.5 shrink-0" />
            <span>
              {origin}
              {product.clusters.length > 0 && <span className="text-ink-subtle"> · {listNames(product.clusters, "cluster")}</span>}
            </span>
          </p>
        )}
        {product.certifications.length > 0 && (
          <ul aria-label="Certifications" className="flex flex-wrap gap-1">
            {product.certifications.map((s) => (
              <li key={s}>
                <CertificationBadge scheme={s} compact />
              </li>
            ))}
          </ul>
        )}
        <div className="mt-auto flex items-end justify-between gap-2 pt-2">
          <div>
            {price ? (
              <>
                <p className="text-lg font-semibold text-ink">
                  {product.skuCount > 1 && <span className="text-sm font-normal text-ink-muted">from </span>}
                  {formatPrice(price.amountMinor, price.currency)}
                </p>
                <p className="text-xs text-ink-muted">
                  {price.packLabel}
                  {price.perUnit && <> · {formatUnitPrice(price.perUnit, price.currency)}</>}
                </p>
              </>
            ) : (
              <p className="text-sm text-ink-muted">Price to follow</p>
            )}
          </div>
          <StockBadge inStock={product.inStock} units={product.availableUnits} />
        </div>
      </div>
    </article>
  );
}
