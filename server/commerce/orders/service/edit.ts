// Customers (and support on their behalf) change an order until cutoff: quantities, items, slot.
// One transaction: the order row is locked and its version checked (optimistic concurrency for two
// tabs), stock and slot places are re-taken, the basket is re-priced at today's prices, and the
// edit is recorded with the money before and after.
import { randomUUID } from "node:crypto";
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoWeekOfDate } from "@/lib/iso-week";
import { formatMoney } from "@/lib/money";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../../context";
import { emitEvent } from "../../../events/outbox";
import { onOrderChanged } from "../../../payments";
import { priceBasket, type PricedBasket } from "../../checkout";
import { releaseSlotPlace, takeSlotPlace } from "../../delivery";
import { COMMERCE_EVENTS } from "../../events";
import { lockOrder, type LockedOrder } from "../access";
import { actorKindOf, formatHubMoment, notEditableMessage } from "../rules";
import { ZEditOrderInput } from "../schema";
import { isEditable } from "../state-machine";
import { restock, type LineChange } from "./edit-stock";

export type EditResult = { orderId: string; number: string; version: number; totalBeforeMinor: number; totalAfterMinor: number; changed: boolean };

/** Edits an open order's lines and/or slot before cutoff (see the file comment). */
export async function editOrder(ctx: ServiceContext, raw: unknown): Promise<EditResult> {
  const input = parseOrThrow(ZEditOrderInput, raw);
  const { hubId, hubTimeZone } = ctx.actor;
  const actorKind = actorKindOf(ctx.actor);
  if (actorKind === "system") throw new DomainError("FORBIDDEN", "Orders are edited by customers or support.");
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const order = await lockOrder(tx, ctx, input.orderId);
    if (!isEditable(order, now)) throw new DomainError("INVALID_STATE", notEditableMessage(order, hubTimeZone), { details: { code: "NOT_EDITABLE", status: order.status, cutoffAt: order.cutoffAt.toISOString() } });
    if (order.version !== input.version) {
      throw new DomainError("CONFLICT", "This order was changed in the meantime (perhaps in another tab). Reload it and make your change again.", { details: { version: order.version } });
    }
    const full = await tx.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { subscriptionId: true, isoWeek: true, discountCodeId: true, subtotalMinor: true, discountMinor: true, lines: { select: { id: true, skuId: true, quantity: true, reservedQuantity: true } } },
    });
    const slot = input.slotId && input.slotId !== order.slotId ? await moveSlot(tx, ctx, order, full, input.slotId, now) : null;
    const wanted = input.lines ?? full.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity }));
    const priced = await reprice(tx, ctx, order, full.discountCodeId, wanted, slot?.feeAdjustMinor, now);

    await checkMinimum(tx, order, priced, full.subtotalMinor, full.discountMinor);
    const changes: LineChange[] = diffLines(full.lines, wanted);
    const lineIds = await restock(tx, ctx, order, full.lines, changes);
    await writeLines(tx, hubId, order.id, priced, lineIds, now);
    await tx.order.update({
      where: { id: order.id },
      data: {
        version: order.version + 1, subtotalMinor: priced.subtotalMinor, discountMinor: priced.discountMinor, deliveryFeeMinor: priced.deliveryFeeMinor, taxMinor: priced.taxMinor, totalMinor: priced.totalMinor,
        ...(slot ? { slotId: slot.id, deliveryDate: slot.date, isoWeek: isoWeekOfDate(slot.date), cutoffAt: slot.cutoffAt } : {}),
      },
    });
    const names = await nameOf(tx, changes.map((c) => c.skuId));
    await tx.orderEdit.create({
      data: {
        hubId, orderId: order.id, version: order.version, actorUserId: ctx.actor.userId, totalBeforeMinor: order.totalMinor, totalAfterMinor: priced.totalMinor, at: now,
        changes: {
          lines: changes.map((c) => ({ skuId: c.skuId, name: names.get(c.skuId) ?? c.skuId, from: c.from, to: c.to })),
          ...(slot ? { slot: { from: order.slotId, to: slot.id, label: `${formatHubMoment(slot.startsAt, hubTimeZone)}` } } : {}),
        },
      },
    });
    await emitEvent(tx, {
      name: COMMERCE_EVENTS.orderEdited, hubId, key: `${order.id}:v${order.version + 1}`,
      payload: { orderId: order.id, number: order.number, version: order.version + 1, actorKind, totalBeforeMinor: order.totalMinor, totalAfterMinor: priced.totalMinor, currency: order.currency, slotChanged: !!slot, linesChanged: changes.length },
    });
    await onOrderChanged(tx, { orderId: order.id, now, actorUserId: ctx.actor.userId });
    return { orderId: order.id, number: order.number, version: order.version + 1, totalBeforeMinor: order.totalMinor, totalAfterMinor: priced.totalMinor, changed: changes.length > 0 || !!slot };
  });
}

/** Takes a place in the new slot (same zone; a box order stays in its week) and gives the old one back. */
async function moveSlot(tx: Tx, ctx: ServiceContext, order: LockedOrder, full: { subscriptionId: string | null; isoWeek: string }, slotId: string, now: Date) {
  const slot = await takeSlotPlace(tx, { hubId: ctx.actor.hubId, slotId, now });
  if (slot.zoneId !== order.zoneId) throw new DomainError("VALIDATION", "That slot does not deliver to this order's address.", { fieldErrors: { slotId: ["Choose a slot for your delivery area"] } });
  if (full.subscriptionId && isoWeekOfDate(slot.date) !== full.isoWeek) {
    throw new DomainError("VALIDATION", "A box delivery can move to another day of the same week only.", { fieldErrors: { slotId: ["Choose a slot in the same week"] } });
  }
  if (order.slotId) await releaseSlotPlace(tx, { hubId: ctx.actor.hubId, slotId: order.slotId });
  return slot;
}

async function reprice(tx: Tx, ctx: ServiceContext, order: LockedOrder, discountCodeId: string | null, lines: Array<{ skuId: string; quantity: number }>, feeAdjustMinor: number | undefined, now: Date): Promise<PricedBasket> {
  const code = discountCodeId ? (await tx.discountCode.findUnique({ where: { id: discountCodeId }, select: { code: true } }))?.code : null;
  const feeAdjust = feeAdjustMinor ?? (order.slotId ? ((await tx.deliverySlot.findUnique({ where: { id: order.slotId }, select: { feeAdjustMinor: true } }))?.feeAdjustMinor ?? 0) : 0);
  // The code was accepted for this customer at checkout and this order holds its use: re-check only
  // the basket rules (customerUserId null skips the per-customer and first-order counts, which would
  // count this very order).
  const priced = await priceBasket(tx, {
    hubId: ctx.actor.hubId, currency: order.currency, priceChannel: order.channel === "B2B" ? "WHOLESALE" : "RETAIL", customerUserId: null,
    lines, zoneId: order.zoneId, feeAdjustMinor: feeAdjust, discountCode: code ?? null, now,
  }).catch((error: unknown) => {
    if (error instanceof DomainError && error.fieldErrors?.discountCode) {
      throw new DomainError("VALIDATION", `Your discount code ${code} would no longer apply: ${error.message}`, { fieldErrors: { lines: [error.fieldErrors.discountCode[0]!] } });
    }
    throw error;
  });
  if (priced.unpriced.length > 0) {
    const fieldErrors = Object.fromEntries(priced.unpriced.map((u) => [`lines.${u.skuId}`, [u.reason === "INACTIVE" ? "No longer sold" : "No current price"]]));
    throw new DomainError("VALIDATION", "Some items can no longer be ordered. Remove them and try again.", { fieldErrors });
  }
  return priced;
}

/** An edit may not take the basket below the area's minimum (an order already below it may still grow). */
async function checkMinimum(tx: Tx, order: LockedOrder, priced: PricedBasket, subtotalBefore: number, discountBefore: number) {
  const zone = await tx.deliveryZone.findUnique({ where: { id: order.zoneId }, select: { minimumOrderMinor: true } });
  const minimum = zone?.minimumOrderMinor ?? 0;
  const after = priced.subtotalMinor - priced.discountMinor;
  if (after < minimum && after < subtotalBefore - discountBefore) {
    const message = `The minimum order for your area is ${formatMoney(minimum, order.currency)}; this change would bring it to ${formatMoney(after, order.currency)}.`;
    throw new DomainError("VALIDATION", message, { fieldErrors: { lines: [message] } });
  }
}

function diffLines(current: Array<{ skuId: string; quantity: number }>, wanted: Array<{ skuId: string; quantity: number }>): LineChange[] {
  const before = new Map(current.map((l) => [l.skuId, l.quantity]));
  const after = new Map(wanted.map((l) => [l.skuId, l.quantity]));
  const skus = [...new Set([...before.keys(), ...after.keys()])].sort();
  return skus.map((skuId) => ({ skuId, from: before.get(skuId) ?? 0, to: after.get(skuId) ?? 0 })).filter((c) => c.from !== c.to);
}

/** Rewrites every line at the new prices; new lines get the ids their reservations were made under. */
async function writeLines(tx: Tx, hubId: string, orderId: string, priced: PricedBasket, lineIds: Map<string, string>, now: Date) {
  const existing = await tx.orderLine.findMany({ where: { orderId }, select: { id: true, skuId: true, reservedQuantity: true } });
  const bySku = new Map(existing.map((l) => [l.skuId, l]));
  for (const l of priced.lines) {
    const amounts = { quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, taxRateBasisPoints: l.taxRateBasisPoints, discountMinor: l.discountMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor };
    const line = bySku.get(l.skuId);
    const reservedQuantity = Math.min(l.quantity, line && !lineIds.has(l.skuId) ? line.reservedQuantity : l.quantity);
    if (line) await tx.orderLine.update({ where: { id: line.id }, data: { ...amounts, reservedQuantity } });
    else await tx.orderLine.create({ data: { id: lineIds.get(l.skuId) ?? randomUUID(), hubId, orderId, skuId: l.skuId, ...amounts, reservedQuantity, createdAt: now } });
  }
}

async function nameOf(tx: Tx, skuIds: string[]): Promise<Map<string, string>> {
  const skus = await tx.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, name: true, product: { select: { name: true } } } });
  return new Map(skus.map((s) => [s.id, `${s.product.name} (${s.name})`]));
}
