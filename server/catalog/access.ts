// Row-level scoping: every catalog row is looked up within the caller's hub, so another hub's id
// answers NOT_FOUND exactly like a missing one.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export async function productInHub(db: DbOrTx, hubId: string, id: string) {
  const product = await db.product.findFirst({ where: { id, hubId }, select: { id: true, name: true, slug: true, active: true } });
  if (!product) throw new DomainError("NOT_FOUND", "Product not found.");
  return product;
}

export async function skuInHub(db: DbOrTx, hubId: string, id: string) {
  const sku = await db.sku.findFirst({ where: { id, hubId }, select: { id: true, code: true, productId: true, active: true } });
  if (!sku) throw new DomainError("NOT_FOUND", "SKU not found.");
  return sku;
}

/** Locks the SKU row for the rest of the transaction (serialises price and substitution writes). */
export async function lockSku(db: DbOrTx, hubId: string, id: string): Promise<void> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Sku" WHERE id = ${id} AND "hubId" = ${hubId} FOR UPDATE`;
  if (!rows[0]) throw new DomainError("NOT_FOUND", "SKU not found.");
}
