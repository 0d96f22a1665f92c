// payments.cancel-authorization: a cancelled card payment gives its hold back at Stripe (key cancel:<paymentId>).
import { z } from "zod";
import { cancelAtProvider, PAYMENT_EVENTS } from "../../payments";
import { defineJob } from "../define";

export const paymentsCancelAuthorizationJob = defineJob({
  id: "payments.cancel-authorization",
  description: "Cancels the Stripe PaymentIntent (or expires the open Checkout Session) of a cancelled card payment.",
  trigger: { event: PAYMENT_EVENTS.paymentCancelled },
  payload: z.object({ paymentId: z.string().min(1), provider: z.string().optional() }).loose(),
  retries: 5,
  concurrencyKey: "paymentId",
  handler: async ({ payload, step, db }) =>
    payload.provider === "MANUAL" ? { paymentId: payload.paymentId, outcome: "manual" } : step.run("cancel-at-stripe", () => cancelAtProvider(db, { paymentId: payload.paymentId, now: new Date() })),
});
