// A consumer job for engine tests: counts each "test/order.placed" event once (an audit row per
// order), however often the event is delivered.
import { z } from "zod";
import { inTransaction } from "@/lib/db";
import { onceForEvent } from "../events";
import { defineJob } from "../jobs/define";

export function countOrdersJob(opts: { retries?: number; concurrencyKey?: string } = {}) {
  return defineJob({
    id: "test.count-orders",
    description: "Counts placed orders, once per event",
    trigger: { event: "test/order.placed" },
    payload: z.object({ orderNo: z.number().int() }),
    ...opts,
    handler: async ({ payload, event, step, db }) =>
      step.run("apply", () =>
        inTransaction(db, async (tx) => {
          if (!(await onceForEvent(tx, "test.count-orders", event!.id))) return { applied: false };
          await tx.auditLog.create({ data: { action: "test.order-counted", targetId: String(payload.orderNo) } });
          return { applied: true };
        }),
      ),
  });
}
