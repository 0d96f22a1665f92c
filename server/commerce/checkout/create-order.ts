// THE order creator (checkout, subscription renewals, later B2B and imports): in the caller's
// transaction it takes a slot place, reserves stock per line, prices the basket, redeems the
// discount code, writes the order and its first transition, opens the payment and emits
// commerce/order.created. Any refusal throws, and the caller's transaction writes nothing.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoWeekOfDate } from "@/lib/iso-week";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { reserveStock } from "../../inventory";
import { openPayment } from "../../payments";
import { COMMERCE_EVENTS } from "../events";
import { recordOrderPlaced } from "../orders/transitions";
import { takeSlotPlace } from "../delivery/slots";
import { redeemDiscount } from "../promotions/service";
import { priceBasket } from "./price-basket";
import { orderNumber } from "./rules";

export type CreateOrderInput = {
  channel: "STOREFRONT" | "SUBSCRIPTION" | "B2B" | "IMPORT";
  customerUserId: string | null;
  buyerOrganisationId?: string | null;
  subscriptionId?: string | null;
  isoWeek?: string;
  slotId: string;
  address: { addressId?: string | null; name: string; line1: string; line2?: string | null; city: string; postcode: string; country: string; latitude: number; longitude: number };
  lines: Array<{ skuId: string; quantity: number }>;
  paymentMethod: "CARD" | "PAY_ON_DELIVERY" | "INVOICE";
  savedPaymentMethodId?: string | null;
  discountCode?: string | null;
  basketPriceMinor?: number | null;
  allowShortfall: boolean;
  actorKind: "customer" | "staff" | "system";
  notes?: string;
};
export type OrderIssue = { skuId: string; requested: number; reserved: number; reason: "OUT_OF_STOCK" | "SHORT" | "INACTIVE" | "NO_PRICE" };
export type CreatedOrder = { orderId: string; number: string; totalMinor: number; issues: OrderIssue[]; paymentId: string };

/** Creates an order inside `tx` (see the file comment); throws a DomainError when it cannot. */
export async function createOrder(tx: Tx, ctx: ServiceContext, input: CreateOrderInput): Promise<CreatedOrder> {
  const hubId = ctx.actor.hubId;
  const now = ctx.now();
  const slot = await takeSlotPlace(tx, { hubId, slotId: input.slotId, now });
  const isoWeek = isoWeekOfDate(slot.date);
  if (input.isoWeek && input.isoWeek !== isoWeek) throw new DomainError("VALIDATION", `The slot is in ${isoWeek}, not ${input.isoWeek}.`, { fieldErrors: { slotId: ["Choose a slot in the order's week"] } });
  const zone = await tx.deliveryZone.findUniqueOrThrow({ where: { id: slot.zoneId }, select: { id: true, fulfilmentLocationId: true } });
  const priceChannel = input.channel === "B2B" ? "WHOLESALE" : "RETAIL";
  const issues: OrderIssue[] = [];

  // Price first without the code to learn which lines can be sold at all.
  const probe = await priceBasket(tx, { hubId, currency: ctx.actor.hubCurrency, priceChannel, customerUserId: input.customerUserId, lines: input.lines, now });
  for (const u of probe.unpriced) {
    if (!input.allowShortfall) throw new DomainError("VALIDATION", "Some items can no longer be ordered.", { fieldErrors: { [`lines.${u.skuId}`]: [u.reason === "INACTIVE" ? "No longer sold" : "No current price"] } });
    issues.push({ skuId: u.skuId, requested: u.quantity, reserved: 0, reason: u.reason });
  }
  const reserved = await reserveLines(tx, ctx, zone.fulfilmentLocationId, probe.lines, input.allowShortfall, issues);
  if (reserved.length === 0) throw new DomainError("INSUFFICIENT_STOCK", "Nothing in this basket can be delivered.", { details: { issues } });

  const priced = await priceBasket(tx, {
    hubId, currency: ctx.actor.hubCurrency, priceChannel, customerUserId: input.customerUserId, lines: reserved.map((r) => ({ skuId: r.skuId, quantity: r.quantity })),
    zoneId: zone.id, feeAdjustMinor: slot.feeAdjustMinor, discountCode: input.discountCode, basketPriceMinor: input.basketPriceMinor, now,
  });
  const [seq] = await tx.$queryRaw<Array<{ value: bigint }>>`SELECT nextval('"OrderNumberSeq"') AS value`;
  const number = orderNumber(seq!.value);
  const order = await tx.order.create({
    data: {
      hubId, number, channel: input.channel, customerUserId: input.customerUserId, buyerOrganisationId: input.buyerOrganisationId ?? null, subscriptionId: input.subscriptionId ?? null,
      zoneId: zone.id, slotId: slot.id, fulfilmentLocationId: zone.fulfilmentLocationId, deliveryDate: slot.date, isoWeek, cutoffAt: slot.cutoffAt,
      addressId: input.address.addressId ?? null, shipTo: { ...input.address, addressId: undefined }, currency: ctx.actor.hubCurrency, pricesIncludeTax: priced.pricesIncludeTax,
      paymentMethod: input.channel === "B2B" ? "INVOICE" : input.paymentMethod, subtotalMinor: priced.subtotalMinor, discountMinor: priced.discountMinor, deliveryFeeMinor: priced.deliveryFeeMinor,
      taxMinor: priced.taxMinor, totalMinor: priced.totalMinor, discountCodeId: priced.discount?.id ?? null, notes: input.notes ?? "", issues, placedAt: now,
    },
    select: { id: true },
  });
  const lineIds = new Map(reserved.map((r) => [r.skuId, r.lineId]));
  await tx.orderLine.createMany({
    data: priced.lines.map((l) => ({
      id: lineIds.get(l.skuId)!, hubId, orderId: order.id, skuId: l.skuId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, taxRateBasisPoints: l.taxRateBasisPoints,
      discountMinor: l.discountMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor, reservedQuantity: l.quantity, createdAt: now,
    })),
  });
  if (priced.discount) {
    await redeemDiscount(tx, { hubId, discountCodeId: priced.discount.id, orderId: order.id, userId: input.customerUserId, amountMinor: priced.discount.goodsMinor + priced.discount.feeMinor, now });
  }
  const actorUserId = input.actorKind === "system" ? null : ctx.actor.userId;
  await recordOrderPlaced(tx, { orderId: order.id, hubId, actorKind: input.actorKind, actorUserId, now });
  const payment = await openPayment(tx, {
    hubId, orderId: order.id, method: input.paymentMethod, amountMinor: priced.totalMinor, currency: ctx.actor.hubCurrency, customerUserId: input.customerUserId, savedPaymentMethodId: input.savedPaymentMethodId ?? null, now,
  });
  await emitEvent(tx, {
    name: COMMERCE_EVENTS.orderCreated, hubId, key: order.id,
    payload: { orderId: order.id, number, channel: input.channel, customerUserId: input.customerUserId, totalMinor: priced.totalMinor, currency: ctx.actor.hubCurrency },
  });
  return { orderId: order.id, number, totalMinor: priced.totalMinor, issues, paymentId: payment.paymentId };
}

type ReservedLine = { lineId: string; skuId: string; quantity: number };

/** Reserves each line at the zone's location under "order-line:<lineId>"; with shortfall allowed, keeps what there is. */
async function reserveLines(tx: Tx, ctx: ServiceContext, locationId: string, lines: Array<{ skuId: string; quantity: number }>, allowShortfall: boolean, issues: OrderIssue[]): Promise<ReservedLine[]> {
  const out: ReservedLine[] = [];
  // A stable order: concurrent checkouts lock balance rows in the same sequence (no deadlocks).
  for (const line of [...lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
    const lineId = randomUUID();
    try {
      const res = await reserveStock({ ...ctx, db: tx }, { reference: `order-line:${lineId}`, locationId, skuId: line.skuId, quantity: line.quantity, allowPartial: allowShortfall });
      const got = res.reservations.reduce((s, r) => s + r.quantity, 0);
      if (got < line.quantity) issues.push({ skuId: line.skuId, requested: line.quantity, reserved: got, reason: "SHORT" });
      out.push({ lineId, skuId: line.skuId, quantity: got });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "INSUFFICIENT_STOCK")) throw error;
      if (!allowShortfall) {
        const available = Number(error.details?.available ?? 0);
        throw new DomainError("INSUFFICIENT_STOCK", error.message, { details: error.details, fieldErrors: { [`lines.${line.skuId}`]: [available > 0 ? `Only ${available} left` : "Out of stock"] } });
      }
      issues.push({ skuId: line.skuId, requested: line.quantity, reserved: 0, reason: "OUT_OF_STOCK" });
    }
  }
  return out;
}
