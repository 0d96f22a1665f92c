// Row lookups scoped to the caller's hub: another hub's id is simply NOT_FOUND.
import type { DbOrTx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";

/** Location kinds that hold sellable stock (the storefront and low-stock alerts look at these). */
export const STOCKING_KINDS = ["WAREHOUSE", "PACKHOUSE"] as const;
/** Location kinds whose stock an operator manages here (deliveries to these add stock). */
export const STOCKED_KINDS = ["WAREHOUSE", "PACKHOUSE", "DEPOT", "VENDOR_SHOP", "RETAILER"] as const;

export async function findLocation(db: DbOrTx, hubId: string, id: string, field = "locationId") {
  const location = await db.location.findFirst({ where: { id, hubId }, select: { id: true, kind: true, name: true, active: true } });
  if (!location) throw fieldError(field, "Unknown location");
  if (!location.active) throw fieldError(field, `${location.name} is inactive`);
  return location;
}

export async function findLot(db: DbOrTx, hubId: string, id: string, field = "lotId") {
  const lot = await db.lot.findFirst({
    where: { id, hubId },
    select: { id: true, code: true, skuId: true, bestBefore: true, harvestedAt: true, sku: { select: { code: true, storageTempMinC: true, storageTempMaxC: true } } },
  });
  if (!lot) throw fieldError(field, "Unknown lot");
  return lot;
}

export async function findSku(db: DbOrTx, hubId: string, id: string, field = "skuId") {
  const sku = await db.sku.findFirst({ where: { id, hubId }, select: { id: true, code: true, active: true, shelfLifeDays: true } });
  if (!sku) throw fieldError(field, "Unknown SKU");
  return sku;
}

export function notFound(what: string): DomainError {
  return new DomainError("NOT_FOUND", `${what} not found.`);
}
