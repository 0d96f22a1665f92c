// Card payment through Stripe Checkout: a Checkout Session in payment mode whose PaymentIntent only
// authorizes (capture_method manual); the delivered amount is captured after delivery.
import type Stripe from "stripe";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { requireStripe } from "../stripe-client";
import { ensureStripeCustomer } from "./stripe-customer";

export type BeginCardCheckoutInput = { orderId: string; successUrl: string; cancelUrl: string };

/** Creates (or returns, for the same amount) the Stripe Checkout Session of an order awaiting card payment. */
export async function beginCardCheckout(ctx: ServiceContext, input: BeginCardCheckoutInput): Promise<{ url: string }> {
  const stripe = requireStripe();
  const order = await ctx.db.order.findFirst({
    where: { id: input.orderId, hubId: ctx.actor.hubId },
    select: { id: true, number: true, channel: true, customerUserId: true, totalMinor: true, currency: true, status: true },
  });
  if (!order) throw new DomainError("NOT_FOUND", "Order not found.");
  if (ctx.actor.role === "CONSUMER" && order.customerUserId !== ctx.actor.userId) throw new DomainError("NOT_FOUND", "Order not found.");
  if (order.status === "CANCELLED") throw new DomainError("INVALID_STATE", "This order was cancelled.");
  const payment = await ctx.db.payment.findFirst({ where: { orderId: order.id, method: "CARD" }, orderBy: { createdAt: "desc" }, select: { id: true, status: true } });
  if (!payment) throw new DomainError("INVALID_STATE", "This order is not paid by card.");
  if (payment.status !== "REQUIRES_PAYMENT" && payment.status !== "FAILED") throw new DomainError("INVALID_STATE", "This order has already been paid.");

  const customer = order.customerUserId ? await ensureStripeCustomer(ctx.db, stripe, { hubId: ctx.actor.hubId, userId: order.customerUserId }) : null;
  const metadata = { paymentId: payment.id, orderId: order.id, hubId: ctx.actor.hubId };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: "payment",
    success_url: input.successUrl,
    cancel_url: input.cancelUrl,
    client_reference_id: order.id,
    ...(customer ? { customer } : {}),
    line_items: [{ quantity: 1, price_data: { currency: order.currency.toLowerCase(), unit_amount: order.totalMinor, product_data: { name: `Order ${order.number}` } } }],
    payment_intent_data: {
      capture_method: "manual",
      metadata,
      // Subscriptions renew off-session with the card saved here.
      ...(order.channel === "SUBSCRIPTION" && customer ? { setup_future_usage: "off_session" as const } : {}),
    },
    metadata,
  };
  // Same payment and amount -> the same session (Stripe replays the first response for 24 hours).
  const session = await stripe.checkout.sessions.create(params, { idempotencyKey: `checkout:${payment.id}:${order.totalMinor}` });
  await ctx.db.payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id, stripeCustomerId: customer } });
  if (!session.url) throw new DomainError("INVALID_STATE", "Stripe did not return a checkout address.");
  return { url: session.url };
}
