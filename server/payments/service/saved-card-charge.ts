// Subscription renewals paying by card: an off-session PaymentIntent (manual capture) on the card the
// customer saved at their first checkout. Runs in a job after the order committed.
import type { Db } from "@/lib/db";
import { stripeOrNull } from "../stripe-client";
import { applyCardState, lockPayment } from "./apply-card-state";
import { cardStateOf, stripeErrorOf } from "./provider-intent";
import type { ProviderCallResult } from "./provider-calls";

async function savedCardFor(db: Db, order: { hubId: string; customerUserId: string | null; subscriptionId: string | null }) {
  if (!order.customerUserId) return null;
  const chosen = order.subscriptionId ? (await db.subscription.findUnique({ where: { id: order.subscriptionId }, select: { savedPaymentMethodId: true } }))?.savedPaymentMethodId : null;
  return db.savedPaymentMethod.findFirst({
    where: { userId: order.customerUserId, hubId: order.hubId, detachedAt: null, ...(chosen ? { id: chosen } : {}) },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    select: { stripePaymentMethodId: true },
  });
}

async function fail(db: Db, paymentId: string, message: string, now: Date): Promise<string> {
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    return payment && (await applyCardState(tx, payment, { kind: "failed", message }, now)) ? "failed" : "unchanged";
  });
}

/** Authorizes a subscription order's card payment off-session with the saved card (idempotency key per payment). */
export async function chargeSavedCard(db: Db, input: { orderId: string; now: Date }): Promise<ProviderCallResult> {
  const stripe = stripeOrNull();
  const order = await db.order.findUnique({ where: { id: input.orderId }, select: { id: true, hubId: true, channel: true, currency: true, totalMinor: true, customerUserId: true, subscriptionId: true, status: true } });
  const payment = order ? await db.payment.findFirst({ where: { orderId: order.id, method: "CARD", status: "REQUIRES_PAYMENT", stripePaymentIntentId: null }, select: { id: true } }) : null;
  if (!order || !payment || !stripe || order.channel !== "SUBSCRIPTION" || order.status === "CANCELLED") return { paymentId: payment?.id ?? "", outcome: "skipped" };
  const card = await savedCardFor(db, order);
  const customer = order.customerUserId ? await db.stripeCustomer.findUnique({ where: { hubId_userId: { hubId: order.hubId, userId: order.customerUserId } }, select: { stripeCustomerId: true } }) : null;
  if (!card || !customer) return { paymentId: payment.id, outcome: await fail(db, payment.id, "No saved card to charge for this renewal.", input.now) };
  let intent;
  try {
    intent = await stripe.paymentIntents.create(
      {
        amount: order.totalMinor, currency: order.currency.toLowerCase(), customer: customer.stripeCustomerId, payment_method: card.stripePaymentMethodId,
        off_session: true, confirm: true, capture_method: "manual", metadata: { paymentId: payment.id, orderId: order.id, hubId: order.hubId },
      },
      { idempotencyKey: `offsession:${payment.id}` },
    );
  } catch (error) {
    const e = stripeErrorOf(error);
    if (!e || e.type !== "StripeCardError") throw error;
    if (e.payment_intent) await db.payment.update({ where: { id: payment.id }, data: { stripePaymentIntentId: e.payment_intent.id } });
    return { paymentId: payment.id, outcome: await fail(db, payment.id, e.message, input.now) };
  }
  const state = cardStateOf(intent);
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockPayment(tx, payment.id);
    await tx.payment.update({ where: { id: payment.id }, data: { stripePaymentIntentId: intent.id, stripeCustomerId: customer.stripeCustomerId } });
    return locked && state && (await applyCardState(tx, locked, state, input.now)) ? state.kind : `unchanged:${intent.status}`;
  });
  return { paymentId: payment.id, outcome };
}
