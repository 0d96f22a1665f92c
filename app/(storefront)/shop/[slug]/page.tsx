import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChevronRight, MapPin } from "lucide-react";
import { Alternatives } from "@/components/storefront/alternatives";
import { CertificationBadge } from "@/components/storefront/certification-badge";
import { CertificationList } from "@/components/storefront/certification-list";
import { categoryStyle } from "@/components/storefront/category-style";
import { formatCalendarDate, listNames } from "@/components/storefront/format";
import { LotStory } from "@/components/storefront/lot-story";
import { LotTable } from "@/components/storefront/lot-table";
import { ProductVisual } from "@/components/storefront/product-visual";
import { SkuOptions } from "@/components/storefront/sku-options";
import { cn } from "@/components/ui/cn";
import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { productProvenance, resolveStorefrontHub } from "@/server/catalog/storefront";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** Lots told in full by default; the rest are listed in brief until the shopper asks for all (?lots=all). */
const DETAILED_LOTS = 3;

// Shared by generateMetadata and the page, so one request runs the queries once. Null when the shop
// has no such product: only the page answers notFound() (thrown from streamed metadata it would
// leave an empty document for browsers without JavaScript).
const load = cache(async (slug: string) => {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  if (!hub) return null;
  const now = new Date();
  try {
    return { hub, now, product: await productProvenance(db, hub.id, slug, now) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).slug);
  if (!loaded) return { title: "Product not found", robots: { index: false } };
  const { product } = loaded;
  const farms = [...new Set(product.lots.map((l) => l.farm.name))];
  const description = product.description || `${product.name} from ${farms.length > 0 ? listNames(farms, "farm") : "family farms"}, traced from field to door.`;
  return {
    title: product.name,
    description: description.length > 160 ? `${description.slice(0, 157)}…` : description,
    alternates: { canonical: `/shop/${product.slug}` },
    openGraph: { title: product.name, description, type: "website" },
  };
}

/** A product with its provenance story: farms, harvests, certificates, lab results and cold chain. */
export default async function ProductPage({ params, searchParams }: Props) {
  const loaded = await load((await params).slug);
  const showAllLots = (await searchParams)?.lots === "all";
  if (!loaded) notFound();
  const { hub, now, product } = loaded;
  const farms = [...new Set(product.lots.map((l) => l.farm.name))];
  const clusters = [...new Set(product.lots.map((l) => l.cluster.name))];
  const schemes = [...new Set(product.certifications.map((c) => c.scheme))].sort();
  const skuBand = new Map(product.skus.map((s) => [s.code, { min: s.storageTempMinC, max: s.storageTempMaxC }]));
  const skuNames = Object.fromEntries(product.skus.map((s) => [s.code, s.name]));
  const image = product.images[0];
  const style = categoryStyle(product.category.rootSlug);
  const latestBestBefore = product.lots.map((l) => l.bestBefore).sort().at(-1);

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-12 px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap items-center gap-1 text-sm text-ink-muted">
          <li><Link href="/shop" className="hover:text-ink hover:underline">Shop</Link></li>
          <li aria-hidden><ChevronRight className="size-3.5" /></li>
          <li><Link href={`/shop?category=${encodeURIComponent(product.category.slug)}`} className="hover:text-ink hover:underline">{product.category.name}</Link></li>
          <li aria-hidden><ChevronRight className="size-3.5" /></li>
          <li aria-current="page" className="font-medium text-ink">{product.name}</li>
        </ol>
      </nav>

      <article aria-labelledby="product-name" className="grid gap-8 md:grid-cols-2 md:gap-12">
        <div className="overflow-hidden rounded-2xl border border-line bg-surface shadow-sm md:self-start">
          <ProductVisual name={product.name} rootCategorySlug={product.category.rootSlug} imageKey={image?.key ?? null} imageAlt={image?.alt} size="hero" />
        </div>
        <div className="flex flex-col gap-5">
          <div className="flex flex-col gap-3">
            <span className={cn("inline-flex w-fit items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset", style.chip)}>{product.category.name}</span>
            <h1 id="product-name" className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{product.name}</h1>
            {farms.length > 0 ? (
              <p className="flex items-start gap-1.5 text-ink-muted">
                <MapPin aria-hidden className="mt-1 size-4 shrink-0 text-furrow-700" />
                <span>
                  Grown by <span className="font-medium text-ink">{listNames(farms, "farm")}</span>
                  {clusters.length === 1 && <> in the <span className="font-medium text-ink">{clusters[0]}</span> cluster</>}
                  {clusters.length > 1 && <> in the <span className="font-medium text-ink">{clusters.slice(0, -1).join(", ")}</span> and <span className="font-medium text-ink">{clusters.at(-1)}</span> clusters</>}
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

      <section aria-labelledby="provenance-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="provenance-heading" className="text-2xl font-semibold tracking-tight text-ink">Where it comes from</h2>
          <p className="mt-1 text-sm text-ink-muted">
            {product.lots.length === 0
              ? "No lot of this product is in stock right now."
              : `${product.lots.length} ${product.lots.length === 1 ? "lot is" : "lots are"} in stock. Each one shows its farm, harvest, lab tests and every temperature reading on the way.`}
          </p>
        </div>
        {(showAllLots ? product.lots : product.lots.slice(0, DETAILED_LOTS)).map((lot, i) => (
          <LotStory key={lot.code} lot={lot} band={skuBand.get(lot.skuCode) ?? { min: 0, max: 0 }} timeZone={hub.timeZone} now={now} open={i === 0} />
        ))}
        {!showAllLots && product.lots.length > DETAILED_LOTS && (
          <>
            <LotTable lots={product.lots.slice(DETAILED_LOTS)} timeZone={hub.timeZone} caption="Further lots in stock" />
            <Link href={`/shop/${product.slug}?lots=all#provenance-heading`} className="w-fit text-sm font-medium text-furrow-700 hover:underline">
              Lab results and handling of all {product.lots.length} lots
            </Link>
          </>
        )}
      </section>

      <section aria-labelledby="certifications-heading" className="flex flex-col gap-4">
        <h2 id="certifications-heading" className="text-2xl font-semibold tracking-tight text-ink">Certifications</h2>
        <CertificationList certifications={product.certifications} />
      </section>

      {product.alternatives.length > 0 && (
        <section aria-labelledby="alternatives-heading" className="flex flex-col gap-4">
          <div>
            <h2 id="alternatives-heading" className="text-2xl font-semibold tracking-tight text-ink">If it runs out</h2>
            <p className="mt-1 text-sm text-ink-muted">When a harvest falls short we may send one of these instead, and tell you before delivery.</p>
          </div>
          <Alternatives alternatives={product.alternatives} skuNames={skuNames} />
        </section>
      )}
    </div>
  );
}
