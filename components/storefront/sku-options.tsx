import { Thermometer } from "lucide-react";
import type { ProvenanceSku } from "@/server/catalog/storefront/schema";
import { AddToCart } from "@/components/checkout/add-to-cart";
import { StockBadge } from "./certification-badge";
import { formatPrice, formatTemperature, formatUnitPrice } from "./format";

/** The packs a product comes in, with the retail price, price per kg/l and availability. */
export function SkuOptions({ skus }: { skus: ProvenanceSku[] }) {
  if (skus.length === 0) return <p className="text-sm text-ink-muted">Not sold at the moment.</p>;
  const band = skus[0]!;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        {skus.map((sku) => (
          <li key={sku.code} className="flex items-center justify-between gap-4 rounded-lg border border-line bg-surface px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">{sku.name}</p>
              <StockBadge inStock={sku.inStock} units={sku.availableUnits} />
            </div>
            <div className="flex items-center gap-4">
              <div className="text-right">
              {sku.price ? (
                <>
                  <p className="text-lg font-semibold text-ink">{formatPrice(sku.price.amountMinor, sku.price.currency)}</p>
                  {sku.price.perUnit && <p className="text-xs text-ink-muted">{formatUnitPrice(sku.price.perUnit, sku.price.currency)}</p>}
                </>
              ) : (
                <p className="text-sm text-ink-muted">Price to follow</p>
              )}
            </div>
            {sku.price && <AddToCart skuCode={sku.code} label={sku.name} disabled={!sku.inStock} />}
            </div>
          </li>
        ))}
      </ul>
      <p className="flex items-center gap-1.5 text-xs text-ink-muted">
        <Thermometer aria-hidden className="size-3.5" />
        Kept between {formatTemperature(band.storageTempMinC)} and {formatTemperature(band.storageTempMaxC)} from packhouse to delivery.
      </p>
    </div>
  );
}
