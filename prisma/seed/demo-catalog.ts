// Lookups into the demo catalogue and stock for tests, e2e journeys and docs, without touching the
// database: the seed's fixed "now", slugs, SKU codes and ids, and a few rows worth pointing at.
import { CATEGORIES, PRODUCE, SUBSTITUTIONS, TAX_CATEGORIES } from "./data/catalog";
import { categoryId, productId, skuId } from "./ids";

export { categoryId, lotId, productId, skuId, taxCategoryId, vendorShopId } from "./ids";
export { PENDING_REQUESTS } from "./build/stock";

/**
 * The instant the demo stock story is told from (harvests 1-10 days before it, best-before dates,
 * certificate validity). Fixed so the seed is deterministic; `seed(db, { reference })` or
 * `--reference <ISO date>` tells it from another moment. 00:00 UTC = 01:00 in Amsterdam.
 */
export const SEED_REFERENCE_DATE = new Date("2026-11-22T00:00:00.000Z");

export const CATEGORY_SLUGS: readonly string[] = CATEGORIES.map((c) => c.slug);
export const PRODUCT_SLUGS: readonly string[] = PRODUCE.map((p) => p.slug);
export const SKU_CODES: readonly string[] = PRODUCE.flatMap((p) => p.skus.map((s) => s.code));
export const TAX_CODES: readonly string[] = TAX_CATEGORIES.map((t) => t.code);
/** Listed and priced but out of season: no lots, so never in stock. */
export const OUT_OF_SEASON_SKU_CODES: readonly string[] = PRODUCE.filter((p) => p.outOfSeason).flatMap((p) => p.skus.map((s) => s.code));
export const SUBSTITUTION_COUNT = SUBSTITUTIONS.reduce((n, [, alternatives]) => n + alternatives.length, 0);

/** A product with everything on its provenance page: stock, lots from several farms, lab results, checkpoints. */
export const SHOWCASE = {
  productSlug: "cherry-tomatoes",
  productId: productId("cherry-tomatoes"),
  skuCode: "TOM-CHER-250G",
  skuId: skuId("TOM-CHER-250G"),
  categorySlug: "vegetables",
  categoryId: categoryId("vegetables"),
  /** Shoppers' word for it; the product's keywords make full-text search find it. */
  searchTerm: "toms",
} as const;

/**
 * Sites the demo revolves around: the main operator warehouse (WH-01, Utrecht Lage Weide: most
 * harvest runs, the three adjustments awaiting approval), a packhouse, and the demo vendor's shop.
 */
export const DEMO_LOCATIONS = { warehouse: { id: "loc_wh_01", code: "WH-01" }, packhouse: { id: "loc_ph_01", code: "PH-01" }, vendorShop: { id: "loc_shop_001", code: "SHOP-001" } } as const;
