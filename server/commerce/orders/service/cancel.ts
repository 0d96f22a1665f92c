// Cancelling an order: the state machine decides (customers before cutoff, staff later), then
// everything the order held is given back in the same transaction: slot place, stock, discount
// use and the payment.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import { releaseReservations } from "../../../inventory";
import { onOrderCancelled } from "../../../payments";
import type { ServiceContext } from "../../../context";
import { emitEvent } from "../../../events/outbox";
import { releaseSlotPlace } from "../../delivery";
import { COMMERCE_EVENTS } from "../../events";
import { releaseRedemption } from "../../promotions";
import { lockOrder } from "../access";
import { actorKindOf, lineReference, notEditableMessage } from "../rules";
import { ZCancelOrderInput } from "../schema";
import { checkTransition } from "../state-machine";
import { transitionOrder } from "../transitions";

export type CancelResult = { orderId: string; number: string; status: "CANCELLED"; alreadyCancelled: boolean };

/** Cancels an order with a reason and releases its slot place, stock, discount redemption and payment. */
export async function cancelOrder(ctx: ServiceContext, raw: unknown): Promise<CancelResult> {
  const input = parseOrThrow(ZCancelOrderInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const actorKind = actorKindOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const order = await lockOrder(tx, ctx, input.orderId);
    // Safe to repeat: a second click (or a retried request) finds it cancelled and changes nothing.
    if (order.status === "CANCELLED") return { orderId: order.id, number: order.number, status: "CANCELLED", alreadyCancelled: true };
    const check = checkTransition(order, "CANCELLED", actorKind, now);
    if (!check.ok) {
      const message = check.code === "CUTOFF_PASSED" || (actorKind === "customer" && order.status !== "PLACED") ? notEditableMessage(order, hubTimeZone, "cancelled") : check.reason;
      throw new DomainError("INVALID_STATE", message, { details: { code: check.code, status: order.status } });
    }
    const actorUserId = actorKind === "system" ? null : userId;
    await transitionOrder(tx, { orderId: order.id, hubId, to: "CANCELLED", actorKind, actorUserId, note: input.reason, now });
    await tx.order.update({ where: { id: order.id }, data: { cancelReason: input.reason } });

    if (order.slotId) await releaseSlotPlace(tx, { hubId, slotId: order.slotId });
    const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, select: { id: true }, orderBy: { id: "asc" } });
    const stockCtx = { ...ctx, db: tx };
    for (const line of lines) await releaseReservations(stockCtx, { reference: lineReference(line.id) });
    await tx.orderLine.updateMany({ where: { orderId: order.id }, data: { reservedQuantity: 0 } });
    await releaseRedemption(tx, { orderId: order.id });
    await onOrderCancelled(tx, { orderId: order.id, now, actorUserId });

    await emitEvent(tx, {
      name: COMMERCE_EVENTS.orderCancelled,
      hubId,
      key: order.id,
      payload: { orderId: order.id, number: order.number, channel: order.channel, customerUserId: order.customerUserId, totalMinor: order.totalMinor, currency: order.currency, actorKind, fromStatus: order.status },
    });
    return { orderId: order.id, number: order.number, status: "CANCELLED", alreadyCancelled: false };
  });
}
