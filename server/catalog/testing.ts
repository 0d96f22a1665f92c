// Catalog test data: a hub with a planner, a tax category and a category; products and SKUs.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { makeUser } from "../testing/factories";

const uid = () => randomBytes(3).toString("hex");
export const as = (m: { user: { id: string }; membership: { id: string } }) => ({ userId: m.user.id, membershipId: m.membership.id });

export async function makeCatalogBasics(db: Db, hubId: string) {
  const tax = await db.taxCategory.create({ data: { hubId, code: `LOW-${uid()}`, name: "Low rate", rateBasisPoints: 900 } });
  const category = await db.category.create({ data: { hubId, slug: `veg-${uid()}`, name: "Vegetables" } });
  return { tax, category };
}

export function skuFields(code: string) {
  return {
    code,
    name: "250 g punnet",
    packQuantity: 250,
    packUnit: "G" as const,
    packaging: "punnet",
    grossWeightG: 270,
    volumeMl: 600,
    shelfLifeDays: 7,
    storageTempMinC: 8,
    storageTempMaxC: 12,
    lowStockThreshold: 10,
  };
}

export async function makeProductWithSku(db: Db, hubId: string, basics: { tax: { id: string }; category: { id: string } }, code = `SKU-${uid().toUpperCase()}`) {
  const product = await db.product.create({ data: { hubId, categoryId: basics.category.id, taxCategoryId: basics.tax.id, slug: `p-${uid()}`, name: `Product ${uid()}` } });
  const sku = await db.sku.create({ data: { hubId, productId: product.id, ...skuFields(code) } });
  return { product, sku };
}

export async function makePlanner(db: Db, hubId: string) {
  return as(await makeUser(db, hubId, "PLANNER"));
}
