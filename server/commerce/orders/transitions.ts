// Writes order status changes: the state machine decides, this records who did it and when, in the
// caller's transaction, together with the outbox event.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OrderStatus } from "@/generated/prisma/enums";
import { emitEvent } from "../../events/outbox";
import { COMMERCE_EVENTS } from "../events";
import { checkTransition, type OrderActorKind } from "./state-machine";

export type TransitionInput = {
  orderId: string;
  hubId: string;
  to: OrderStatus;
  actorKind: OrderActorKind;
  actorUserId: string | null;
  note?: string;
  now: Date;
};

/** Records the first status of a new order (null -> PLACED) on its timeline. */
export async function recordOrderPlaced(tx: Tx, input: { orderId: string; hubId: string; actorKind: OrderActorKind; actorUserId: string | null; now: Date; note?: string }): Promise<void> {
  await tx.orderTransition.create({
    data: { hubId: input.hubId, orderId: input.orderId, fromStatus: null, toStatus: "PLACED", actorKind: input.actorKind, actorUserId: input.actorUserId, note: input.note ?? null, at: input.now },
  });
}

/**
 * Moves an order to `to` if the state machine allows it: locks the order row, so two concurrent
 * transitions apply one after the other and the second sees the first's status.
 * Throws INVALID_STATE (with the reason) when not allowed. Returns the previous status.
 */
export async function transitionOrder(tx: Tx, input: TransitionInput): Promise<{ from: OrderStatus; to: OrderStatus }> {
  const [order] = await tx.$queryRaw<Array<{ status: OrderStatus; cutoffAt: Date; number: string }>>`
    SELECT status::text AS status, "cutoffAt", number FROM "Order" WHERE id = ${input.orderId} AND "hubId" = ${input.hubId} FOR UPDATE`;
  if (!order) throw new DomainError("NOT_FOUND", "Order not found.");
  const check = checkTransition(order, input.to, input.actorKind, input.now);
  if (!check.ok) throw new DomainError("INVALID_STATE", check.reason, { details: { code: check.code, from: order.status, to: input.to } });
  await tx.order.update({ where: { id: input.orderId }, data: { status: input.to, ...(input.to === "CANCELLED" ? { cancelledAt: input.now } : {}) } });
  await tx.orderTransition.create({
    data: { hubId: input.hubId, orderId: input.orderId, fromStatus: order.status, toStatus: input.to, actorKind: input.actorKind, actorUserId: input.actorUserId, note: input.note ?? null, at: input.now },
  });
  await emitEvent(tx, {
    name: COMMERCE_EVENTS.orderStatusChanged,
    hubId: input.hubId,
    key: `${input.orderId}:${order.status}->${input.to}:${input.now.getTime()}`,
    payload: { orderId: input.orderId, number: order.number, from: order.status, to: input.to, actorKind: input.actorKind },
  });
  return { from: order.status, to: input.to };
}
