// Test data for catalog and inventory: a SKU with its product, a farm in a cluster, locations,
// and service contexts acting as a given user. Stock is received through the real service.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/rbac";
import type { ServiceContext } from "../context";
import { resolveActor } from "../identity/actor";
import { receiveLot } from "../inventory/service/receive";
import { makeOrganisation, makeUser } from "./factories";

const uid = () => randomBytes(4).toString("hex");

/** A category, tax category, product and one SKU (250 g punnet kept at 10-13 °C by default). */
export async function makeSku(db: Db, hubId: string, over: Partial<{ lowStockThreshold: number; shelfLifeDays: number; name: string; storageTempMinC: number; storageTempMaxC: number }> = {}) {
  const id = uid();
  const category = await db.category.create({ data: { hubId, slug: `cat-${id}`, name: `Category ${id}` } });
  const tax = await db.taxCategory.create({ data: { hubId, code: `TAX-${id}`, name: "Food", rateBasisPoints: 900 } });
  const product = await db.product.create({ data: { hubId, categoryId: category.id, taxCategoryId: tax.id, slug: `product-${id}`, name: over.name ?? `Product ${id}` } });
  return db.sku.create({
    data: {
      hubId, productId: product.id, code: `SKU-${id.toUpperCase()}`, name: "250 g punnet", packQuantity: 250, packUnit: "G", packaging: "punnet",
      grossWeightG: 270, volumeMl: 600, shelfLifeDays: over.shelfLifeDays ?? 7, storageTempMinC: over.storageTempMinC ?? 10, storageTempMaxC: over.storageTempMaxC ?? 13,
      lowStockThreshold: over.lowStockThreshold ?? 0,
    },
  });
}

/** A farm inside a new cluster. */
export async function makeFarm(db: Db, hubId: string) {
  const cluster = await makeOrganisation(db, hubId, "CLUSTER");
  return makeOrganisation(db, hubId, "FARM", { parentId: cluster.id });
}

export async function makeLocation(db: Db, hubId: string, kind: "WAREHOUSE" | "PACKHOUSE" | "DEPOT" | "VENDOR_SHOP" | "RETAILER" | "CUSTOMER" = "WAREHOUSE") {
  const id = uid();
  return db.location.create({ data: { hubId, kind, code: `LOC-${id}`, name: `${kind.toLowerCase()} ${id}`, latitude: 52.1, longitude: 5.1 } });
}

/** A service context acting as a new user with `role` in the hub; `now` can be pinned. */
export async function contextAs(db: Db, hubId: string, role: Role, now: () => Date = () => new Date()): Promise<ServiceContext> {
  const { user, membership } = await makeUser(db, hubId, role);
  const actor = await resolveActor(db, { userId: user.id, membershipId: membership.id });
  if (!actor) throw new Error("test actor did not resolve");
  return { db, actor, now };
}

/** Receives a lot through the service; bestBefore as YYYY-MM-DD (hub-local) or days from today. */
export async function receive(ctx: ServiceContext, at: { locationId: string; skuId: string; farmId: string }, quantity: number, bestBefore: string | number, grade: "EXTRA" | "CLASS_I" | "CLASS_II" = "CLASS_I") {
  const date = typeof bestBefore === "number" ? new Date(ctx.now().getTime() + bestBefore * 86_400_000) : new Date(`${bestBefore}T12:00:00Z`);
  return receiveLot(ctx, { ...at, quantity, grade, harvestedAt: new Date(ctx.now().getTime() - 86_400_000), bestBefore: date });
}
