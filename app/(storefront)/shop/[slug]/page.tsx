import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChevronRight } from "lucide-react";
import { Alternatives } from "@/components/storefront/alternatives";
import { CertificationList } from "@/components/storefront/certification-list";
import { listNames } from "@/components/storefront/format";
import { ProductHero } from "@/components/storefront/product-hero";
import { DETAILED_LOTS, ProvenanceSection } from "@/components/storefront/provenance-section";
import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { productProvenance, resolveStorefrontHub } from "@/server/catalog/storefront";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

// Shared by generateMetadata and the page, so one request runs the queries once. Null when the shop
// has no such product: metadata says so and only the page calls notFound() (metadata is streamed,
// and a notFound() thrown there does not reliably turn the response into a 404).
const load = cache(async (slug: string, allLots: boolean) => {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  if (!hub) return null;
  const now = new Date();
  try {
    return { hub, now, product: await productProvenance(db, hub.id, slug, now, { detailedLots: allLots ? undefined : DETAILED_LOTS }) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

const wantsAllLots = async (searchParams: Props["searchParams"]) => (await searchParams)?.lots === "all";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const loaded = await load((await params).slug, await wantsAllLots(searchParams));
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
  const showAllLots = await wantsAllLots(searchParams);
  const loaded = await load((await params).slug, showAllLots);
  if (!loaded) notFound();
  const { hub, now, product } = loaded;
  const skuNames = Object.fromEntries(product.skus.map((s) => [s.code, s.name]));

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
      <ProductHero product={product} />
      <ProvenanceSection product={product} timeZone={hub.timeZone} now={now} showAll={showAllLots} />
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
