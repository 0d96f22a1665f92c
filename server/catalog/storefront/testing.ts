// Catalog rows for storefront tests: categories, products with SKUs and prices, and lots put into
// stock the way inventory does it (a balance row plus the movements that sum to it).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { PackUnit } from "@/lib/units";

const uid = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;

export async function makeStorefrontBasics(db: Db, hubId: string) {
  const tax = await db.taxCategory.create({ data: { hubId, code: `LOW-${uid()}`, name: "Food", rateBasisPoints: 900 } });
  const site = (kind: "WAREHOUSE" | "PACKHOUSE" | "VENDOR_SHOP") =>
    db.location.create({ data: { hubId, kind, code: `${kind}-${uid()}`, name: `${kind} ${uid()}`, latitude: 52.1, longitude: 5.1 } });
  return { taxCategoryId: tax.id, warehouse: await site("WAREHOUSE"), packhouse: await site("PACKHOUSE"), vendorShop: await site("VENDOR_SHOP") };
}

export async function makeCategory(db: Db, hubId: string, name: string, parentId?: string, slug?: string) {
  return db.category.create({ data: { hubId, name, slug: slug ?? name.toLowerCase().replaceAll(" ", "-"), parentId } });
}

type SkuSpec = { name: string; packQuantity: number; packUnit: PackUnit; priceMinor?: number; code?: string; active?: boolean };

/** A product with SKUs, each with a current RETAIL price (from a day before `now`) when priceMinor is given. */
export async function makeProduct(
  db: Db,
  hubId: string,
  spec: { categoryId: string; taxCategoryId: string; name: string; slug?: string; keywords?: string; description?: string; active?: boolean; createdAt?: Date; skus: SkuSpec[]; now?: Date },
) {
  const slug = spec.slug ?? spec.name.toLowerCase().replaceAll(" ", "-");
  const product = await db.product.create({
    data: { hubId, categoryId: spec.categoryId, taxCategoryId: spec.taxCategoryId, slug, name: spec.name, keywords: spec.keywords ?? "", description: spec.description ?? "", active: spec.active ?? true, createdAt: spec.createdAt },
  });
  const now = spec.now ?? new Date();
  const skus = [];
  for (const s of spec.skus) {
    const sku = await db.sku.create({
      data: {
        hubId, productId: product.id, code: s.code ?? `${slug.toUpperCase()}-${uid()}`, name: s.name, packQuantity: s.packQuantity, packUnit: s.packUnit,
        packaging: "punnet", grossWeightG: 300, volumeMl: 500, shelfLifeDays: 7, storageTempMinC: 2, storageTempMaxC: 8, active: s.active ?? true,
      },
    });
    if (s.priceMinor !== undefined) {
      await db.price.create({ data: { hubId, skuId: sku.id, channel: "RETAIL", amountMinor: s.priceMinor, currency: "EUR", validFrom: new Date(now.getTime() - DAY) } });
    }
    skus.push(sku);
  }
  return { product, skus };
}

/** A lot received at a location, optionally partly reserved: Lot + StockBalance + RECEIVE/RESERVE movements. */
export async function stockLot(
  db: Db,
  hubId: string,
  spec: { skuId: string; farmId: string; clusterId: string; locationId: string; quantity: number; reserved?: number; harvestedAt: Date; bestBefore: Date; grade?: "EXTRA" | "CLASS_I" | "CLASS_II" },
) {
  const lot = await db.lot.create({
    data: {
      hubId, code: `LOT-${uid()}`, skuId: spec.skuId, farmId: spec.farmId, clusterId: spec.clusterId, receivedAtId: spec.locationId,
      harvestedAt: spec.harvestedAt, bestBefore: spec.bestBefore, grade: spec.grade ?? "CLASS_I", receivedQuantity: spec.quantity,
    },
  });
  const reserved = spec.reserved ?? 0;
  await db.stockBalance.create({ data: { hubId, locationId: spec.locationId, skuId: spec.skuId, lotId: lot.id, onHand: spec.quantity, reserved } });
  const base = { hubId, locationId: spec.locationId, skuId: spec.skuId, lotId: lot.id };
  await db.stockMovement.createMany({
    data: [
      { ...base, kind: "RECEIVE", quantity: spec.quantity, onHandDelta: spec.quantity, reservedDelta: 0 },
      ...(reserved > 0 ? [{ ...base, kind: "RESERVE" as const, quantity: reserved, onHandDelta: 0, reservedDelta: reserved, reference: `order-${uid()}` }] : []),
    ],
  });
  return lot;
}

/** A UTC-midnight date `days` from `at`, the form of @db.Date columns. */
export const dateFrom = (at: Date, days: number) => new Date(`${new Date(at.getTime() + days * DAY).toISOString().slice(0, 10)}T00:00:00.000Z`);
