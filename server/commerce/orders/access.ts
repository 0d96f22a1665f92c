// Who may touch which order: customers only their own (others' orders do not exist for them),
// staff any order of their hub.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OrderStatus } from "@/generated/prisma/enums";
import type { ServiceContext } from "../../context";
import { can } from "@/lib/rbac";
import { SYSTEM_USER_ID } from "../../identity/actor";

export type LockedOrder = {
  id: string; number: string; status: OrderStatus; cutoffAt: Date; version: number; customerUserId: string | null;
  slotId: string | null; zoneId: string; fulfilmentLocationId: string; totalMinor: number; currency: string; channel: string;
};

/** Locks the order row (so edits, cancels and moves apply one after another) after the ownership check. */
export async function lockOrder(tx: Tx, ctx: ServiceContext, orderId: string): Promise<LockedOrder> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, number, status::text AS status, "cutoffAt", version, "customerUserId", "slotId", "zoneId", "fulfilmentLocationId",
           "totalMinor", currency, channel::text AS channel
    FROM "Order" WHERE id = ${orderId} AND "hubId" = ${ctx.actor.hubId} FOR UPDATE`;
  if (!order || !mayAccess(ctx, order)) throw new DomainError("NOT_FOUND", "Order not found.");
  return order;
}

/** Staff who may read orders (and jobs) see every order of the hub; anyone else only their own. */
export function isStaffViewer(actor: { userId: string; role: ServiceContext["actor"]["role"] }): boolean {
  return actor.userId === SYSTEM_USER_ID || can(actor.role, "orders:read");
}

/** A customer sees only their own orders. */
export function mayAccess(ctx: ServiceContext, order: { customerUserId: string | null }): boolean {
  return isStaffViewer(ctx.actor) || order.customerUserId === ctx.actor.userId;
}
