// The slots an open order may move to: open slots of its zone (a box order stays in its week).
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../../context";
import { openSlotsForZone, type SlotOption } from "../../delivery";
import { mayAccess } from "../access";
import { slotLabel } from "../rules";

/** Open slots of the order's zone, the current one flagged; empty when the order can no longer change. */
export async function editableSlots(ctx: ServiceContext, input: { orderId: string }): Promise<Array<SlotOption & { current: boolean; label: string }>> {
  const order = await ctx.db.order.findFirst({ where: { id: input.orderId, hubId: ctx.actor.hubId }, select: { customerUserId: true, zoneId: true, slotId: true, subscriptionId: true, isoWeek: true } });
  if (!order || !mayAccess(ctx, order)) throw new DomainError("NOT_FOUND", "Order not found.");
  const slots = await openSlotsForZone(ctx.db, { hubId: ctx.actor.hubId, zoneId: order.zoneId, now: ctx.now() });
  return slots.filter((s) => !order.subscriptionId || s.isoWeek === order.isoWeek).map((s) => ({ ...s, current: s.id === order.slotId, label: slotLabel(s.startsAt, s.endsAt, ctx.actor.hubTimeZone) }));
}
