// Display details orders point at by id (SKUs, people, slots, zones), fetched in one query each.
import type { DbOrTx } from "@/lib/db";
import { formatPack, type PackUnit } from "@/lib/units";

export type SkuLabel = { id: string; code: string; skuName: string; productName: string; productSlug: string; pack: string };

export async function skuLabels(db: DbOrTx, ids: string[]): Promise<Map<string, SkuLabel>> {
  if (ids.length === 0) return new Map();
  const skus = await db.sku.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, code: true, name: true, packQuantity: true, packUnit: true, product: { select: { name: true, slug: true } } },
  });
  return new Map(skus.map((s) => [s.id, { id: s.id, code: s.code, skuName: s.name, productName: s.product.name, productSlug: s.product.slug, pack: formatPack(s.packQuantity, s.packUnit as PackUnit) }]));
}

export async function userLabels(db: DbOrTx, ids: Array<string | null>): Promise<Map<string, { name: string; email: string }>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
}

export type SlotLabel = { id: string; startsAt: Date; endsAt: Date; cutoffAt: Date };

export async function slotLabels(db: DbOrTx, ids: Array<string | null>): Promise<Map<string, SlotLabel>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const slots = await db.deliverySlot.findMany({ where: { id: { in: wanted } }, select: { id: true, startsAt: true, endsAt: true, cutoffAt: true } });
  return new Map(slots.map((s) => [s.id, s]));
}

export async function zoneLabels(db: DbOrTx, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const zones = await db.deliveryZone.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, code: true, name: true } });
  return new Map(zones.map((z) => [z.id, { code: z.code, name: z.name }]));
}
