// notifications.*: one job per order message, triggered by the commerce event (never sent inline in a request).
import { z } from "zod";
import { COMMERCE_EVENTS } from "@/server/commerce/events";
import { EXCEPTION_EVENTS } from "@/server/planning/exceptions/events";
import { getMailer, notifyOrder, type OrderTemplate } from "@/server/notifications";
import { defineJob } from "../define";
import { NonRetriableJobError } from "../errors";

const ZOrderEvent = z.object({ orderId: z.string().min(1) }).loose();

function orderMailJob(id: string, event: string, template: OrderTemplate, description: string) {
  return defineJob({
    id,
    description,
    trigger: { event },
    payload: ZOrderEvent,
    retries: 5,
    handler: async ({ payload, event: e, step, db }) => {
      if (!e) throw new NonRetriableJobError(`${id} needs the triggering event (its id makes the message unique)`);
      return step.run(`send-${template}`, () => notifyOrder(db, getMailer(), { eventId: e.id, orderId: payload.orderId, template }));
    },
  });
}

/** Order confirmation e-mail and in-app message on commerce/order.created. */
export const orderConfirmationJob = orderMailJob("notifications.order-confirmation", COMMERCE_EVENTS.orderCreated, "order-confirmation", "E-mails the order confirmation (number, slot, lines, totals, link) and posts an in-app message, once per order.");
/** Change e-mail on commerce/order.edited. */
export const orderChangedJob = orderMailJob("notifications.order-changed", COMMERCE_EVENTS.orderEdited, "order-changed", "E-mails the changed order after each edit, once per edit.");
/** Cancellation e-mail on commerce/order.cancelled. */
export const orderCancelledJob = orderMailJob("notifications.order-cancelled", COMMERCE_EVENTS.orderCancelled, "order-cancelled", "E-mails the cancellation, once per order.");
/** Substitution e-mail on planning/substitution.applied (the planner approved substitutes or credits). */
export const orderSubstitutionJob = orderMailJob("notifications.order-substitution", EXCEPTION_EVENTS.substitutionApplied, "order-substitution", "E-mails the customer which short items are replaced or credited, once per approval and order.");
