// Recording what arrived: delivered quantities per line decide the outcome (delivered, partially
// delivered, failed) and the amount the customer owes; payments recognise revenue and capture it.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import { deliverReservations } from "../../../inventory";
import { onOrderDelivered } from "../../../payments";
import type { ServiceContext } from "../../../context";
import { emitEvent } from "../../../events/outbox";
import { COMMERCE_EVENTS } from "../../events";
import { lockOrder } from "../access";
import { actorKindOf, deliveredTotal, lineReference } from "../rules";
import { ZRecordDeliveryInput } from "../schema";
import { transitionOrder } from "../transitions";

export type DeliveryResult = { orderId: string; status: "DELIVERED" | "PARTIALLY_DELIVERED" | "FAILED"; deliveredTotalMinor: number; alreadyRecorded: boolean };

/** Records delivered quantities of a dispatched order (orders:fulfil) and hands the delivered amount to payments. */
export async function recordDelivery(ctx: ServiceContext, raw: unknown): Promise<DeliveryResult> {
  const input = parseOrThrow(ZRecordDeliveryInput, raw);
  const actorKind = actorKindOf(ctx.actor);
  if (actorKind === "customer") throw new DomainError("FORBIDDEN", "Only our team can record a delivery.");
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const locked = await lockOrder(tx, ctx, input.orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: locked.id },
      select: { id: true, number: true, status: true, pricesIncludeTax: true, deliveryFeeMinor: true, taxMinor: true, totalMinor: true, currency: true, channel: true, deliveredTotalMinor: true, lines: { select: { id: true, quantity: true, unitPriceMinor: true, discountMinor: true, taxMinor: true }, orderBy: { id: "asc" } } },
    });
    // Safe to repeat: a retried submission after success returns what was recorded.
    if ((order.status === "DELIVERED" || order.status === "PARTIALLY_DELIVERED") && order.deliveredTotalMinor !== null) {
      return { orderId: order.id, status: order.status, deliveredTotalMinor: order.deliveredTotalMinor, alreadyRecorded: true };
    }
    if (order.status !== "DISPATCHED") throw new DomainError("INVALID_STATE", "Only an order that is out for delivery can have its delivery recorded.");
    const given = new Map(input.lines.map((l) => [l.lineId, l.deliveredQuantity]));
    const fieldErrors: Record<string, string[]> = {};
    const lines = order.lines.map((line) => {
      const delivered = given.get(line.id);
      if (delivered === undefined) fieldErrors[`lines.${line.id}.deliveredQuantity`] = ["Enter the delivered quantity"];
      else if (delivered > line.quantity) fieldErrors[`lines.${line.id}.deliveredQuantity`] = [`At most ${line.quantity} (the ordered quantity)`];
      return { ...line, deliveredQuantity: delivered ?? 0 };
    });
    if (input.lines.some((l) => !order.lines.some((x) => x.id === l.lineId))) fieldErrors.lines = ["A line does not belong to this order"];
    if (Object.keys(fieldErrors).length > 0) throw new DomainError("VALIDATION", "Please correct the delivered quantities.", { fieldErrors });

    const outcome = deliveredTotal(order, lines);
    const actorUserId = actorKind === "system" ? null : ctx.actor.userId;
    await transitionOrder(tx, { orderId: order.id, hubId: ctx.actor.hubId, to: outcome.status, actorKind, actorUserId, note: input.note, now });
    for (const line of lines) await tx.orderLine.update({ where: { id: line.id }, data: { deliveredQuantity: line.deliveredQuantity } });
    if (outcome.status === "FAILED") {
      // The goods come back on the van: reservations stay shipped so a re-attempt can dispatch them again.
      return { orderId: order.id, status: outcome.status, deliveredTotalMinor: 0, alreadyRecorded: false };
    }
    await tx.order.update({ where: { id: order.id }, data: { deliveredTotalMinor: outcome.totalMinor } });
    const stockCtx = { ...ctx, db: tx };
    for (const line of lines) await deliverReservations(stockCtx, { reference: lineReference(line.id) });
    await onOrderDelivered(tx, { orderId: order.id, now, actorUserId });
    await emitEvent(tx, {
      name: COMMERCE_EVENTS.orderDelivered,
      hubId: ctx.actor.hubId,
      key: order.id,
      payload: { orderId: order.id, number: order.number, channel: order.channel, status: outcome.status, totalMinor: order.totalMinor, deliveredTotalMinor: outcome.totalMinor, currency: order.currency },
    });
    return { orderId: order.id, status: outcome.status, deliveredTotalMinor: outcome.totalMinor, alreadyRecorded: false };
  });
}
