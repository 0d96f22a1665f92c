import type { Metadata } from "next";
import Form from "next/form";
import { SearchX, Store } from "lucide-react";
import { ActiveFilters } from "@/components/storefront/active-filters";
import { AutoSubmit } from "@/components/storefront/auto-submit";
import { CatalogFilters } from "@/components/storefront/catalog-filters";
import { hrefWith } from "@/components/storefront/catalog-state";
import { CatalogToolbar } from "@/components/storefront/catalog-toolbar";
import { FiltersPanel } from "@/components/storefront/filters-panel";
import { Pagination } from "@/components/storefront/pagination";
import { ProductCard } from "@/components/storefront/product-card";
import { EmptyState, LinkButton } from "@/components/ui";
import { getDb } from "@/lib/db";
import { parseCatalogParams, resolveStorefrontHub, searchCatalog, SCHEME_LABELS } from "@/server/catalog/storefront";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const input = parseCatalogParams(await searchParams);
  const parts = [input.q && `“${input.q}”`, input.certification && SCHEME_LABELS[input.certification], input.inStock && "in stock"].filter(Boolean);
  return {
    title: parts.length > 0 ? `Shop: ${parts.join(", ")}` : "Shop fresh produce",
    description: "Vegetables, fruit, herbs and eggs from clusters of family farms, with the farm, harvest date, lab results and cold chain of every lot.",
    alternates: { canonical: "/shop" },
  };
}

/** The public catalog: search, filters and sort live in the URL; everything renders on the server. */
export default async function ShopPage({ searchParams }: Props) {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  if (!hub) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6">
        <h1 className="sr-only">Shop</h1>
        <EmptyState icon={<Store />} title="The shop opens soon" text="There is no produce to show yet." />
      </div>
    );
  }
  const result = await searchCatalog(db, hub.id, parseCatalogParams(await searchParams));
  const { query: state, facets } = result;
  const category = facets.categories.find((c) => c.value === state.category);
  const heading = state.q ? `Results for “${state.q}”` : (category?.label ?? "Fresh produce");

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{heading}</h1>
        <p className="text-sm text-ink-muted">
          Straight from the farms of {hub.name}: every product shows where and when it was harvested.
        </p>
      </div>
      <Form action="/shop" aria-label="Filter and sort products" className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <AutoSubmit />
        {state.q && <input type="hidden" name="q" value={state.q} />}
        {state.category && <input type="hidden" name="category" value={state.category} />}
        {state.certification && <input type="hidden" name="certification" value={state.certification} />}
        <aside aria-labelledby="filters-heading" className="lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:self-start lg:overflow-y-auto">
          <FiltersPanel activeCount={[state.category, state.certification, state.origin, state.inStock || undefined].filter(Boolean).length}>
            <CatalogFilters state={state} facets={facets} />
            <noscript>
              <button type="submit" className="mt-4 h-9 w-full rounded-md bg-furrow-700 px-3 text-sm font-medium text-white">
                Apply filters
              </button>
            </noscript>
          </FiltersPanel>
        </aside>
        <section aria-labelledby="results-heading" className="flex min-w-0 flex-col gap-5">
          <h2 id="results-heading" className="sr-only">
            Products
          </h2>
          <CatalogToolbar total={result.total} page={result.page} pageSize={state.pageSize} sort={state.sort} hasQuery={Boolean(state.q)} />
          <ActiveFilters state={state} facets={facets} />
          {result.products.length === 0 ? (
            <div className="rounded-xl border border-dashed border-line-strong bg-surface">
              <EmptyState
                icon={<SearchX />}
                title={result.total > 0 ? "This page is empty" : "No produce matches"}
                text={result.total > 0 ? "There are fewer pages than that." : "Try another word, fewer filters, or include produce that is out of stock."}
                action={
                  <LinkButton href={result.total > 0 ? hrefWith(state, {}) : "/shop"} variant="secondary">
                    {result.total > 0 ? "Back to the first page" : "Show all produce"}
                  </LinkButton>
                }
              />
            </div>
          ) : (
            <ul className="grid grid-cols-1 gap-5 sm:grid-cols-2 xl:grid-cols-3">
              {result.products.map((product) => (
                <li key={product.slug} className="flex">
                  <ProductCard product={product} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => hrefWith(state, { page })} />
        </section>
      </Form>
    </div>
  );
}
