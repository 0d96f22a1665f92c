// payments.capture: after delivery, capture the delivered amount of a card hold (key capture:<paymentId>).
import { z } from "zod";
import { capturePayment, PAYMENT_EVENTS } from "../../payments";
import { defineJob } from "../define";

export const paymentsCaptureJob = defineJob({
  id: "payments.capture",
  description: "Captures the delivered amount (at most the hold) of an authorized card payment; cancels the hold when nothing was delivered.",
  trigger: { event: PAYMENT_EVENTS.captureRequested },
  payload: z.object({ paymentId: z.string().min(1) }).loose(),
  retries: 5,
  concurrencyKey: "paymentId",
  handler: async ({ payload, step, db }) => step.run("capture", () => capturePayment(db, { paymentId: payload.paymentId, now: new Date() })),
});
