// Jobs that talk to Stripe after the database change committed: capture the delivered amount,
// cancel a released hold, charge a saved card for a subscription renewal. Each call carries an
// idempotency key, and the result is applied through the same forward-only state as webhooks.
import type { Db } from "@/lib/db";
import { stripeOrNull } from "../stripe-client";
import { applyCardState, lockPayment } from "./apply-card-state";
import { cardStateOf, stripeErrorOf } from "./provider-intent";

export type ProviderCallResult = { paymentId: string; outcome: string };

async function applyIntent(db: Db, paymentId: string, pi: Parameters<typeof cardStateOf>[0] & { id: string }, now: Date): Promise<string> {
  const state = cardStateOf(pi);
  if (!state) return `unchanged:${pi.status}`;
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    if (!payment) return "missing";
    await tx.payment.update({ where: { id: paymentId }, data: { stripePaymentIntentId: pi.id } });
    return (await applyCardState(tx, payment, state, now)) ? state.kind : `stale:${state.kind}`;
  });
}

/** Captures what was delivered (at most the hold) of an authorized card payment; cancels the hold when nothing was delivered. */
export async function capturePayment(db: Db, input: { paymentId: string; now: Date }): Promise<ProviderCallResult> {
  const stripe = stripeOrNull();
  const p = await db.payment.findUnique({ where: { id: input.paymentId }, select: { status: true, authorizedMinor: true, stripePaymentIntentId: true, order: { select: { deliveredTotalMinor: true } } } });
  if (!p || !stripe || !p.stripePaymentIntentId) return { paymentId: input.paymentId, outcome: "skipped" };
  if (p.status !== "AUTHORIZED" || p.order.deliveredTotalMinor === null) return { paymentId: input.paymentId, outcome: `skipped:${p.status}` };
  const amount = Math.min(p.order.deliveredTotalMinor, p.authorizedMinor);
  if (amount === 0) return cancelAtProvider(db, input);
  try {
    const pi = await stripe.paymentIntents.capture(p.stripePaymentIntentId, { amount_to_capture: amount }, { idempotencyKey: `capture:${input.paymentId}` });
    return { paymentId: input.paymentId, outcome: await applyIntent(db, input.paymentId, pi, input.now) };
  } catch (error) {
    // Already captured (e.g. a retry after a lost response): read the intent and apply what it says.
    if (stripeErrorOf(error)?.code !== "payment_intent_unexpected_state") throw error;
    const pi = await stripe.paymentIntents.retrieve(p.stripePaymentIntentId);
    return { paymentId: input.paymentId, outcome: await applyIntent(db, input.paymentId, pi, input.now) };
  }
}

/** Cancels the provider side of a payment: the PaymentIntent's hold, or the open Checkout Session. */
export async function cancelAtProvider(db: Db, input: { paymentId: string; now: Date }): Promise<ProviderCallResult> {
  const stripe = stripeOrNull();
  const p = await db.payment.findUnique({ where: { id: input.paymentId }, select: { provider: true, stripePaymentIntentId: true, stripeCheckoutSessionId: true } });
  if (!p || p.provider !== "STRIPE" || !stripe) return { paymentId: input.paymentId, outcome: "skipped" };
  try {
    if (p.stripePaymentIntentId) {
      const pi = await stripe.paymentIntents.cancel(p.stripePaymentIntentId, {}, { idempotencyKey: `cancel:${input.paymentId}` });
      return { paymentId: input.paymentId, outcome: await applyIntent(db, input.paymentId, pi, input.now) };
    }
    if (p.stripeCheckoutSessionId) {
      await stripe.checkout.sessions.expire(p.stripeCheckoutSessionId, {}, { idempotencyKey: `expire:${input.paymentId}` });
      return { paymentId: input.paymentId, outcome: "session-expired" };
    }
  } catch (error) {
    // Already cancelled, captured or completed: the webhook for that state carries the truth.
    if (stripeErrorOf(error)?.type !== "StripeInvalidRequestError") throw error;
    return { paymentId: input.paymentId, outcome: `provider-refused:${stripeErrorOf(error)?.message}` };
  }
  return { paymentId: input.paymentId, outcome: "nothing-to-cancel" };
}
