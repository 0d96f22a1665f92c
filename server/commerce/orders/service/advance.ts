// Warehouse and dispatch move orders along the lifecycle; the stock follows the status: packing
// confirms the picks, dispatching ships the reservations.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import { confirmPick, shipReservations } from "../../../inventory";
import type { ServiceContext } from "../../../context";
import { lockOrder } from "../access";
import { actorKindOf, lineReference } from "../rules";
import { ZAdvanceOrderInput } from "../schema";
import { transitionOrder } from "../transitions";

// These have their own use-cases because they carry more than a status.
const ELSEWHERE: Record<string, string> = {
  CANCELLED: "Use cancel (with a reason) to cancel an order.",
  DELIVERED: "Record the delivered quantities to complete a delivery.",
  PARTIALLY_DELIVERED: "Record the delivered quantities to complete a delivery.",
  FAILED: "Record the delivered quantities (all zero) for a failed delivery.",
};

/** Moves an order one lifecycle step (orders:fulfil); PICKING -> PACKED confirms picks, PACKED -> DISPATCHED ships. */
export async function advanceOrder(ctx: ServiceContext, raw: unknown): Promise<{ orderId: string; from: string; to: string }> {
  const input = parseOrThrow(ZAdvanceOrderInput, raw);
  if (ELSEWHERE[input.to]) throw new DomainError("INVALID_STATE", ELSEWHERE[input.to]!);
  const actorKind = actorKindOf(ctx.actor);
  if (actorKind === "customer") throw new DomainError("FORBIDDEN", "Only our team can move an order along.");
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const order = await lockOrder(tx, ctx, input.orderId);
    const moved = await transitionOrder(tx, { orderId: order.id, hubId: ctx.actor.hubId, to: input.to, actorKind, actorUserId: actorKind === "system" ? null : ctx.actor.userId, note: input.note, now });
    const stockCtx = { ...ctx, db: tx };
    if (moved.from === "PICKING" && moved.to === "PACKED") await confirmAllPicks(tx, stockCtx, order.id);
    if (moved.from === "PACKED" && moved.to === "DISPATCHED") {
      for (const line of await linesOf(tx, order.id)) await shipReservations(stockCtx, { reference: lineReference(line.id) });
    }
    return { orderId: order.id, from: moved.from, to: moved.to };
  });
}

async function linesOf(tx: Tx, orderId: string) {
  return tx.orderLine.findMany({ where: { orderId }, select: { id: true }, orderBy: { id: "asc" } });
}

/** Packing an order confirms every still-active reservation in full (short picks are recorded per line in the warehouse screens). */
async function confirmAllPicks(tx: Tx, ctx: ServiceContext, orderId: string) {
  const lines = await linesOf(tx, orderId);
  const reservations = await tx.reservation.findMany({
    where: { hubId: ctx.actor.hubId, reference: { in: lines.map((l) => lineReference(l.id)) }, status: "ACTIVE" },
    select: { id: true, quantity: true },
    orderBy: { id: "asc" },
  });
  for (const r of reservations) await confirmPick(ctx, { reservationId: r.id, quantity: r.quantity });
}
