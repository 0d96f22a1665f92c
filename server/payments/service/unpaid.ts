// Card orders nobody paid for: after an hour in REQUIRES_PAYMENT (or after a failed attempt) the order
// is cancelled through the orders context, which releases the slot, stock, discount and payment.
import type { Db } from "@/lib/db";
import { systemActor } from "../../identity/actor";
import { cancelOrder } from "../../commerce/orders";
import { isDomainError } from "@/lib/errors";

export const UNPAID_AFTER_MS = 60 * 60 * 1000;

/** Cancels card orders still unpaid an hour after they were placed; returns how many were cancelled. */
export async function cancelUnpaidCardOrders(db: Db, now: Date, limit = 200): Promise<{ cancelled: number; failed: number }> {
  const stale = await db.payment.findMany({
    where: { method: "CARD", status: { in: ["REQUIRES_PAYMENT", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - UNPAID_AFTER_MS) }, order: { status: "PLACED" } },
    select: { orderId: true, hubId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let cancelled = 0;
  let failed = 0;
  for (const p of stale) {
    const actor = await systemActor(db, p.hubId);
    try {
      const r = await cancelOrder({ db, actor, now: () => now }, { orderId: p.orderId, reason: "Not paid within an hour" });
      if (!r.alreadyCancelled) cancelled++;
    } catch (error) {
      // One order refusing (e.g. moved on meanwhile) must not stop the sweep.
      if (!isDomainError(error)) throw error;
      failed++;
    }
  }
  return { cancelled, failed };
}
