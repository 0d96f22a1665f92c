// Public API of the storefront catalog (read-only queries for the public shop pages and REST API).
export { searchCatalog } from "./search";
export { productProvenance } from "./provenance";
export { resolveStorefrontHub, type StorefrontHub } from "./hub";
export { catalogHref, parseCatalogParams } from "./params";
export * from "./schema";
