// At cutoff an order stops being the customer's to change: placed orders whose cutoff has passed
// become confirmed, by the system. Run every 15 minutes; running it again confirms nothing twice.
import type { Db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { transitionOrder } from "../transitions";

const BATCH = 200;

/** Confirms every PLACED order whose cutoff is at or before `now`; returns how many it confirmed. */
export async function confirmOrdersAtCutoff(db: Db, now: Date): Promise<{ confirmed: number }> {
  let confirmed = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      // SKIP LOCKED: a customer cancelling right now keeps their row; the next run sees its outcome.
      const due = await tx.$queryRaw<Array<{ id: string; hubId: string }>>`
        SELECT id, "hubId" FROM "Order" WHERE status = 'PLACED' AND "cutoffAt" <= ${now}
        ORDER BY "cutoffAt", id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      let n = 0;
      for (const order of due) {
        try {
          await transitionOrder(tx, { orderId: order.id, hubId: order.hubId, to: "CONFIRMED", actorKind: "system", actorUserId: null, note: "Cutoff passed", now });
          n++;
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
      }
      return { n, more: due.length === BATCH };
    });
    confirmed += done.n;
    if (!done.more) return { confirmed };
  }
}
