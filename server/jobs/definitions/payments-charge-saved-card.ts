// payments.charge-saved-card: a subscription renewal paying by card is authorized off-session on the saved card.
import { z } from "zod";
import { COMMERCE_EVENTS } from "../../commerce/events";
import { chargeSavedCard } from "../../payments";
import { defineJob } from "../define";

export const paymentsChargeSavedCardJob = defineJob({
  id: "payments.charge-saved-card",
  description: "Authorizes a new subscription order's card payment off-session with the customer's saved card (key offsession:<paymentId>).",
  trigger: { event: COMMERCE_EVENTS.orderCreated },
  payload: z.object({ orderId: z.string().min(1), channel: z.string().optional() }).loose(),
  retries: 3,
  handler: async ({ payload, step, db }) =>
    payload.channel && payload.channel !== "SUBSCRIPTION" ? { outcome: "not-a-subscription" } : step.run("charge", () => chargeSavedCard(db, { orderId: payload.orderId, now: new Date() })),
});
