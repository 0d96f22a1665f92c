// Catalogue rows from the hand-written produce data: pure functions, no database. Weights,
// volumes, thresholds and price tiers are derived here so the data files stay readable.
import type { Prisma } from "@/generated/prisma/client";
import { CATEGORIES, PRODUCE, SUBSTITUTIONS, TAX_CATEGORIES } from "../data/catalog";
import type { Packaging, ProductDef, SkuDef } from "../data/produce-types";
import { categoryId, productId, skuId, taxCategoryId } from "../ids";
import { rngFor } from "../random";

/** Prices start at local midnight on New Year; some SKUs have a rise scheduled for the next one. */
export const PRICE_DATES = {
  previous: new Date("2025-01-01T00:00:00+01:00"),
  current: new Date("2026-01-01T00:00:00+01:00"),
  next: new Date("2027-01-01T00:00:00+01:00"),
} as const;

// Wholesale tiers as a share of the retail price: buyers pay less per pack the more they take.
export const WHOLESALE_TIERS: readonly { minQuantity: number; share: number }[] = [
  { minQuantity: 1, share: 0.74 },
  { minQuantity: 10, share: 0.68 },
  { minQuantity: 50, share: 0.62 },
];

// Typical tare of each packaging in grams (a 1 kg cardboard box weighs far more than a bag).
const TARE_G: Record<Packaging, number> = {
  punnet: 18, box: 120, bag: 8, net: 10, tray: 22, "egg box": 35, "flow-pack": 6, sleeve: 5, bunch: 2, loose: 1, clamshell: 25,
};

/** What the stock and provenance builders need to know about a SKU. */
export type SkuInfo = {
  id: string; code: string; label: string; productSlug: string; crop: string; category: ProductDef["category"];
  shelfLifeDays: number; tempMinC: number; tempMaxC: number; lowStockThreshold: number; outOfSeason: boolean;
};

/** Grams of produce in one pack. */
export function netGrams(product: ProductDef, sku: SkuDef): number {
  switch (sku.unit) {
    case "G": return sku.qty;
    case "KG": return sku.qty * 1000;
    case "EACH":
    case "BUNCH":
      if (!product.unitG) throw new Error(`${sku.code}: counted pack needs the product's unitG`);
      return sku.qty * product.unitG;
    default: throw new Error(`${sku.code}: unsupported pack unit ${sku.unit}`);
  }
}

/** Rounds a price to end in 9 cents, as shelf prices do: 263 -> 259, 348 -> 349. */
export const shelfPrice = (cents: number) => Math.max(49, Math.round(cents / 10) * 10 - 1);

const round10 = (v: number) => Math.max(10, Math.round(v / 10) * 10);

export function buildSku(hubId: string, product: ProductDef, sku: SkuDef): Prisma.SkuCreateManyInput {
  const net = netGrams(product, sku);
  const rng = rngFor("sku", sku.code);
  return {
    id: skuId(sku.code), hubId, productId: productId(product.slug), code: sku.code, name: sku.name,
    packQuantity: sku.qty, packUnit: sku.unit, packaging: sku.packaging,
    grossWeightG: net + TARE_G[sku.packaging], volumeMl: round10(net * product.mlPerG),
    shelfLifeDays: sku.shelfLifeDays ?? product.shelfLifeDays,
    storageTempMinC: product.temp[0], storageTempMaxC: product.temp[1],
    lowStockThreshold: rng.int(2, 8) * 5,
  };
}

/** Retail from 2026 (some with an earlier price before and a rise from 2027) plus three wholesale tiers. */
export function buildPrices(hubId: string, currency: string, sku: SkuDef): Prisma.PriceCreateManyInput[] {
  const rng = rngFor("price", sku.code);
  const id = (channel: string, min: number, from: keyof typeof PRICE_DATES) => `prc_${skuId(sku.code).slice(4)}_${channel}${min}_${from}`;
  const base = { hubId, skuId: skuId(sku.code), currency };
  const rises = rng.chance(0.3);
  const hadEarlier = rng.chance(0.2);
  const rows: Prisma.PriceCreateManyInput[] = [
    { ...base, id: id("r", 1, "current"), channel: "RETAIL", amountMinor: sku.retail, validFrom: PRICE_DATES.current, validTo: rises ? PRICE_DATES.next : null },
  ];
  if (rises) {
    const amount = shelfPrice(sku.retail * rng.float(1.04, 1.1));
    rows.push({ ...base, id: id("r", 1, "next"), channel: "RETAIL", amountMinor: Math.max(amount, sku.retail + 10), validFrom: PRICE_DATES.next, validTo: null });
  }
  if (hadEarlier) {
    const amount = shelfPrice(sku.retail * rng.float(0.9, 0.97));
    rows.push({ ...base, id: id("r", 1, "previous"), channel: "RETAIL", amountMinor: amount, validFrom: PRICE_DATES.previous, validTo: PRICE_DATES.current });
  }
  for (const tier of WHOLESALE_TIERS) {
    rows.push({
      ...base, id: id("w", tier.minQuantity, "current"), channel: "WHOLESALE", minQuantity: tier.minQuantity,
      amountMinor: Math.round(sku.retail * tier.share), validFrom: PRICE_DATES.current, validTo: null,
    });
  }
  return rows;
}

export function buildProduct(hubId: string, p: ProductDef): Prisma.ProductCreateManyInput {
  return {
    id: productId(p.slug), hubId, categoryId: categoryId(p.category), taxCategoryId: taxCategoryId("FOOD_REDUCED"),
    slug: p.slug, name: p.name, description: p.description, keywords: p.keywords,
  };
}

/** Every catalogue row, plus the SKU facts the stock builders work from. */
export function buildCatalog(hubId: string, currency: string) {
  const taxCategories = TAX_CATEGORIES.map((t): Prisma.TaxCategoryCreateManyInput => ({ id: taxCategoryId(t.code), hubId, ...t }));
  const categories = CATEGORIES.map((c, i): Prisma.CategoryCreateManyInput => ({ id: categoryId(c.slug), hubId, ...c, position: i + 1 }));
  const products = PRODUCE.map((p) => buildProduct(hubId, p));
  const skus: Prisma.SkuCreateManyInput[] = [];
  const prices: Prisma.PriceCreateManyInput[] = [];
  const skuInfo: SkuInfo[] = [];
  for (const p of PRODUCE) {
    for (const def of p.skus) {
      const sku = buildSku(hubId, p, def);
      skus.push(sku);
      prices.push(...buildPrices(hubId, currency, def));
      skuInfo.push({
        id: sku.id!, code: def.code, label: `${p.name}, ${def.name}`, productSlug: p.slug, crop: p.crop, category: p.category,
        shelfLifeDays: sku.shelfLifeDays, tempMinC: p.temp[0], tempMaxC: p.temp[1], lowStockThreshold: sku.lowStockThreshold!,
        outOfSeason: p.outOfSeason === true,
      });
    }
  }
  const substitutions = SUBSTITUTIONS.flatMap(([from, alternatives]) =>
    alternatives.map((to, i): Prisma.SubstitutionRuleCreateManyInput => ({
      id: `sub_${skuId(from).slice(4)}__${skuId(to).slice(4)}`, hubId, skuId: skuId(from), substituteSkuId: skuId(to), rank: i + 1,
    })),
  );
  return { taxCategories, categories, products, skus, prices, substitutions, skuInfo };
}
