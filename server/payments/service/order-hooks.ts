// What payments do when an order changes, is cancelled or is delivered. Called by the orders
// context inside its own transaction; provider calls (cancel, capture) happen later in jobs.
import type { Tx } from "@/lib/db";
import { emitEvent } from "../../events/outbox";
import { postEntry } from "../../ledger/post-entry";
import { PAYMENT_EVENTS } from "../events";
import { deliveredPostings, deliveredValue, OPEN_STATUSES } from "../rules";
import { applyCardState, lockPayment } from "./apply-card-state";
import { loadOrderMoney } from "./order-money";

type HookInput = { orderId: string; now: Date; actorUserId?: string | null };

async function currentPaymentId(tx: Tx, orderId: string): Promise<string | null> {
  const p = await tx.payment.findFirst({ where: { orderId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  return p?.id ?? null;
}

/**
 * After an edit changed the order total. Pay on delivery settles the delivered value, so nothing
 * moves now; a card hold is kept, and capture takes at most the hold (anything delivered above it
 * becomes a receivable at delivery). Emits an event when the new total exceeds the hold.
 */
export async function onOrderChanged(tx: Tx, input: HookInput): Promise<{ exceedsHoldByMinor: number }> {
  const id = await currentPaymentId(tx, input.orderId);
  if (!id) return { exceedsHoldByMinor: 0 };
  const payment = await lockPayment(tx, id);
  if (!payment || payment.status !== "AUTHORIZED") return { exceedsHoldByMinor: 0 };
  const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { totalMinor: true, version: true } });
  const over = order.totalMinor - payment.authorizedMinor;
  if (over > 0) {
    await emitEvent(tx, {
      name: PAYMENT_EVENTS.holdExceeded, hubId: payment.hubId, key: `${payment.id}:v${order.version}`,
      payload: { paymentId: payment.id, orderId: input.orderId, authorizedMinor: payment.authorizedMinor, totalMinor: order.totalMinor },
    });
  }
  return { exceedsHoldByMinor: Math.max(0, over) };
}

/** The order was cancelled: its open payment is cancelled (a card hold is released; the provider cancel runs in a job). */
export async function onOrderCancelled(tx: Tx, input: HookInput): Promise<{ cancelled: number }> {
  const open = await tx.payment.findMany({ where: { orderId: input.orderId, status: { in: OPEN_STATUSES } }, select: { id: true } });
  let cancelled = 0;
  for (const { id } of open) {
    const payment = await lockPayment(tx, id);
    if (!payment || !OPEN_STATUSES.includes(payment.status)) continue;
    if (payment.status === "AWAITING_DELIVERY") {
      await tx.payment.update({ where: { id }, data: { status: "CANCELLED" } });
      await emitEvent(tx, { name: PAYMENT_EVENTS.paymentCancelled, hubId: payment.hubId, key: id, payload: { paymentId: id, orderId: input.orderId, provider: "MANUAL" } });
      cancelled++;
    } else if (await applyCardState(tx, payment, { kind: "cancelled" }, input.now)) {
      cancelled++;
    }
  }
  return { cancelled };
}

/**
 * The order was delivered (fully or partly): revenue is recognised for the delivered value; a card
 * hold covers what it can and a capture of that amount is requested; pay on delivery / invoice
 * becomes DUE with a receivable. Safe to repeat (the entry is keyed by order).
 */
export async function onOrderDelivered(tx: Tx, input: HookInput): Promise<{ deliveredMinor: number; paymentId: string | null }> {
  const order = await loadOrderMoney(tx, input.orderId);
  const value = deliveredValue(order);
  if (order.deliveredTotalMinor === null) await tx.order.update({ where: { id: order.id }, data: { deliveredTotalMinor: value.grossMinor } });
  const id = await currentPaymentId(tx, input.orderId);
  const payment = id ? await lockPayment(tx, id) : null;
  const isCard = payment !== null && (await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { provider: true } })).provider === "STRIPE";
  const held = isCard && payment.status === "AUTHORIZED" ? payment.authorizedMinor : 0;
  const covered = Math.min(held, value.grossMinor);
  const entry = await postEntry(tx, {
    hubId: order.hubId, currency: order.currency, idempotencyKey: `order-delivered:${order.id}`, kind: "ORDER_DELIVERED",
    memo: `Order ${order.number} delivered`, orderId: order.id, paymentId: payment?.id ?? null, actorUserId: input.actorUserId ?? null, occurredAt: input.now,
    postings: deliveredPostings(order.channel, value, covered),
  });
  if (!payment || (!entry.created && entry.id !== "")) return { deliveredMinor: value.grossMinor, paymentId: payment?.id ?? null };
  const receivable = value.grossMinor - covered;
  if (isCard) {
    if (receivable > 0) await tx.payment.update({ where: { id: payment.id }, data: { dueMinor: receivable } });
    if (payment.status === "AUTHORIZED") {
      await emitEvent(tx, { name: PAYMENT_EVENTS.captureRequested, hubId: order.hubId, key: payment.id, payload: { paymentId: payment.id, orderId: order.id, amountMinor: covered } });
    }
  } else if (payment.status === "AWAITING_DELIVERY") {
    await tx.payment.update({ where: { id: payment.id }, data: { status: value.grossMinor > 0 ? "DUE" : "CANCELLED", dueMinor: value.grossMinor } });
  }
  return { deliveredMinor: value.grossMinor, paymentId: payment.id };
}
