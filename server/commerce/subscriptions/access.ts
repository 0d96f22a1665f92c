// Shared reads for the subscription services: the caller's own subscription (locked for a change),
// current retail prices, SKU labels, and the outbox helper every change goes through.
import { randomUUID } from "node:crypto";
import type { DbOrTx, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatPack, type PackUnit } from "@/lib/units";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";

/** The caller's subscription, row-locked so concurrent changes (and the renewal) queue; NOT_FOUND for anyone else's. */
export async function lockOwnSubscription(tx: Tx, ctx: ServiceContext, subscriptionId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Subscription" WHERE id = ${subscriptionId} AND "hubId" = ${ctx.actor.hubId} AND "userId" = ${ctx.actor.userId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND", "Subscription not found.");
  return tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    include: { lines: true },
  });
}

/** Refuses changes to a cancelled subscription. */
export function assertNotCancelled(sub: { status: string }) {
  if (sub.status === "CANCELLED") throw new DomainError("INVALID_STATE", "This subscription is cancelled.");
}

/** Writes a subscription event in the caller's transaction (each change is its own event). */
export async function emitSubscriptionEvent(tx: Tx, hubId: string, name: string, subscriptionId: string, payload: Record<string, unknown> = {}) {
  await emitEvent(tx, { name, hubId, key: `${subscriptionId}:${randomUUID()}`, payload: { subscriptionId, ...payload } });
}

/** Current RETAIL pack prices (minimum quantity 1) by SKU. */
export async function retailPrices(db: DbOrTx, hubId: string, skuIds: readonly string[], now: Date): Promise<Map<string, number>> {
  if (skuIds.length === 0) return new Map();
  const rows = await db.price.findMany({
    where: { hubId, skuId: { in: [...skuIds] }, channel: "RETAIL", minQuantity: 1, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
    select: { skuId: true, amountMinor: true },
  });
  return new Map(rows.map((r) => [r.skuId, r.amountMinor]));
}

export type SkuLabel = { id: string; code: string; productName: string; skuName: string; pack: string; active: boolean; productSlug: string };

/** Product name, pack size and state of SKUs, by id (only this hub's). */
export async function skuLabels(db: DbOrTx, hubId: string, skuIds: readonly string[]): Promise<Map<string, SkuLabel>> {
  if (skuIds.length === 0) return new Map();
  const rows = await db.sku.findMany({
    where: { hubId, id: { in: [...new Set(skuIds)] } },
    select: { id: true, code: true, name: true, packQuantity: true, packUnit: true, active: true, product: { select: { name: true, slug: true, active: true } } },
  });
  return new Map(
    rows.map((s) => [
      s.id,
      { id: s.id, code: s.code, productName: s.product.name, skuName: s.name, pack: formatPack(s.packQuantity, s.packUnit as PackUnit), active: s.active && s.product.active, productSlug: s.product.slug },
    ]),
  );
}

/** Field errors for SKUs that are unknown in this hub or not on sale; `field(i)` names the field. */
export function skuProblems(skuIds: readonly string[], labels: Map<string, SkuLabel>, field: (i: number) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  skuIds.forEach((id, i) => {
    const sku = labels.get(id);
    if (!sku) out[field(i)] = ["This item does not exist in this shop"];
    else if (!sku.active) out[field(i)] = [`${sku.productName} (${sku.pack}) is not on sale`];
  });
  return out;
}

/** Field errors for repeated SKUs in a list of lines. */
export function duplicateProblems(skuIds: readonly string[], field: (i: number) => string): Record<string, string[]> {
  const seen = new Set<string>();
  const out: Record<string, string[]> = {};
  skuIds.forEach((id, i) => {
    if (seen.has(id)) out[field(i)] = ["This item is listed twice"];
    seen.add(id);
  });
  return out;
}
