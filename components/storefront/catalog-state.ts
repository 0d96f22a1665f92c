// The catalog's URL state as the pages see it, and links that change one part of it.
import { catalogHref } from "@/server/catalog/storefront/params";
import type { CatalogPage } from "@/server/catalog/storefront/schema";

export type CatalogState = CatalogPage["query"];

/** A link to the catalog with some parts of the state changed (and back to page 1 unless a page is given). */
export function hrefWith(state: CatalogState, change: Partial<Record<"q" | "category" | "certification" | "origin" | "sort", string | undefined>> & { inStock?: boolean; page?: number }): string {
  const merged = { q: state.q, category: state.category, certification: state.certification, origin: state.origin, inStock: state.inStock, sort: state.sort, page: 1, ...change };
  // The default sort stays out of the URL.
  const defaultSort = merged.q ? "relevance" : "name";
  return catalogHref({ ...merged, sort: merged.sort === defaultSort ? undefined : merged.sort });
}
