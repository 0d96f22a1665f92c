import { MapPin } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ProductProvenance } from "@/server/catalog/storefront/schema";
import { categoryStyle } from "./category-style";
import { CertificationBadge } from "./certification-badge";
import { formatCalendarDate, listNames } from "./format";
import { ProductVisual } from "./product-visual";
import { SkuOptions } from "./sku-options";

/** "in the X cluster" / "in the X and Y clusters". */
function ClusterPhrase({ clusters }: { clusters: string[] }) {
  if (clusters.length === 0) return null;
  if (clusters.length === 1) return <> in the <span className="font-medium text-ink">{clusters[0]}</span> cluster</>;
  return <> in the <span className="font-medium text-ink">{clusters.slice(0, -1).join(", ")}</span> and <span className="font-medium text-ink">{clusters.at(-1)}</span> clusters</>;
}

/** Top of the product page: photo, name with the h1, who grew it, seals, description, packs and prices. */
export function ProductHero({ product }: { product: ProductProvenance }) {
  const farms = [...new Set(product.lots.map((l) => l.farm.name))];
  const clusters = [...new Set(product.lots.map((l) => l.cluster.name))];
  const schemes = [...new Set(product.certifications.map((c) => c.scheme))].sort();
  const latestBestBefore = product.lots.map((l) => l.bestBefore).sort().at(-1);
  const image = product.images[0];
  return (
    <article aria-labelledby="product-name" className="grid gap-8 md:grid-cols-2 md:gap-12">
      <div className="overflow-hidden rounded-2xl border border-line bg-surface shadow-sm md:self-start">
        <ProductVisual name={product.name} rootCategorySlug={product.category.rootSlug} imageKey={image?.key ?? null} imageAlt={image?.alt} size="hero" />
      </div>
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-3">
          <span className={cn("inline-flex w-fit items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset", categoryStyle(product.category.rootSlug).chip)}>{product.category.name}</span>
          <h1 id="product-name" className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{product.name}</h1>
          {farms.length > 0 ? (
            <p className="flex items-start gap-1.5 text-ink-muted">
              <MapPin aria-hidden className="mt-1 size-4 shrink-0 text-furrow-700" />
              <span>
                Grown by <span className="font-medium text-ink">{listNames(farms, "farm")}</span>
                <ClusterPhrase clusters={clusters} />
              </span>
            </p>
          ) : (
            <p className="text-ink-muted">Out of stock at the moment; the next harvest will show its farm here.</p>
          )}
          {schemes.length > 0 && (
            <ul aria-label="Certifications" className="flex flex-wrap gap-1.5">
              {schemes.map((s) => <li key={s}><CertificationBadge scheme={s} /></li>)}
            </ul>
          )}
        </div>
        {product.description && <p className="leading-relaxed text-ink">{product.description}</p>}
        <section aria-labelledby="packs-heading" className="flex flex-col gap-3">
          <h2 id="packs-heading" className="text-sm font-semibold tracking-wide text-ink-subtle uppercase">Packs and prices</h2>
          <SkuOptions skus={product.skus} />
          {latestBestBefore && <p className="text-xs text-ink-muted">Current stock is good until at least {formatCalendarDate(latestBestBefore)}.</p>}
        </section>
      </div>
    </article>
  );
}
