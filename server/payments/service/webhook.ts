// Stripe webhooks: verify the signature, then apply each event exactly once. The ProviderEvent row
// (id = Stripe's event id) is inserted in the same transaction as the effect, so a replay finds it
// and does nothing; card states only move forward, so out-of-order delivery cannot roll one back.
import type Stripe from "stripe";
import type { Db, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { emitEvent } from "../../events/outbox";
import { PAYMENT_EVENTS } from "../events";
import { stripeForWebhooks, stripeOrNull, webhookSecret } from "../stripe-client";
import { applyCardState, lockPayment } from "./apply-card-state";
import { cancelAtProvider } from "./provider-calls";
import { cardStateOf } from "./provider-intent";
import { applyProviderRefund } from "./refunds";
import { saveCard } from "./saved-cards";

export type WebhookOutcome = "applied" | "duplicate" | "ignored-stale" | "ignored-unknown";

/** Thrown when the signature is missing or wrong: the route answers 400. */
export class WebhookSignatureError extends Error {}

/** Verifies a raw webhook body against its Stripe-Signature header; throws WebhookSignatureError. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  if (!signature) throw new WebhookSignatureError("Missing Stripe-Signature header");
  try {
    return stripeForWebhooks().webhooks.constructEvent(rawBody, signature, webhookSecret());
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new WebhookSignatureError(error instanceof Error ? error.message : "Bad signature");
  }
}

type Prefetched = { intent?: Stripe.PaymentIntent; paymentMethod?: Stripe.PaymentMethod };

/** Verifies and applies one Stripe webhook delivery. */
export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, now = new Date()): Promise<{ eventId: string; outcome: WebhookOutcome }> {
  const event = verifyStripeEvent(rawBody, signature);
  if (await db.providerEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return { eventId: event.id, outcome: "duplicate" };
  const pre = await prefetch(event);
  const at = new Date(event.created * 1000);
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.providerEvent.createMany({
      data: [{ id: event.id, provider: "STRIPE", type: event.type, objectId: objectIdOf(event), providerCreatedAt: at, receivedAt: now, outcome: "applied", payload: event as unknown as object }],
      skipDuplicates: true,
    });
    if (count === 0) return { outcome: "duplicate" as const, cancelPaymentId: null };
    const applied = await apply(tx, event, pre, at);
    if (applied.outcome !== "applied" || applied.hubId) {
      await tx.providerEvent.update({ where: { id: event.id }, data: { outcome: applied.outcome, hubId: applied.hubId ?? null } });
    }
    return applied;
  });
  // A customer paid an order that was cancelled meanwhile: give the hold back at once.
  if (result.cancelPaymentId) await cancelAtProvider(db, { paymentId: result.cancelPaymentId, now });
  return { eventId: event.id, outcome: result.outcome };
}

function objectIdOf(event: Stripe.Event): string | null {
  const o = event.data.object as { id?: string };
  return o.id ?? null;
}

// Provider reads happen before the transaction: a Checkout Session names its PaymentIntent, whose
// state (and saved card) we read back; a SetupIntent names the card it saved.
async function prefetch(event: Stripe.Event): Promise<Prefetched> {
  const stripe = stripeOrNull();
  if (!stripe) return {};
  if (event.type === "checkout.session.completed") {
    const s = event.data.object;
    const pi = typeof s.payment_intent === "string" ? s.payment_intent : s.payment_intent?.id;
    if (pi) return { intent: await stripe.paymentIntents.retrieve(pi, { expand: ["payment_method"] }) };
  }
  if (event.type === "setup_intent.succeeded") {
    const pm = event.data.object.payment_method;
    if (typeof pm === "string") return { paymentMethod: await stripe.paymentMethods.retrieve(pm) };
  }
  return {};
}

type Applied = { outcome: WebhookOutcome; hubId?: string | null; cancelPaymentId: string | null };

async function apply(tx: Tx, event: Stripe.Event, pre: Prefetched, at: Date): Promise<Applied> {
  switch (event.type) {
    case "checkout.session.completed":
      return pre.intent ? applyIntent(tx, pre.intent, cardStateOf(pre.intent), at, event.data.object.id) : { outcome: "ignored-unknown", cancelPaymentId: null };
    case "payment_intent.amount_capturable_updated": {
      const pi = event.data.object;
      return pi.amount_capturable > 0 ? applyIntent(tx, pi, { kind: "authorized", authorizedMinor: pi.amount_capturable }, at) : { outcome: "ignored-stale", cancelPaymentId: null };
    }
    case "payment_intent.succeeded": {
      const pi = event.data.object;
      return applyIntent(tx, pi, { kind: "captured", authorizedMinor: pi.amount, capturedMinor: pi.amount_received }, at);
    }
    case "payment_intent.payment_failed": {
      const pi = event.data.object;
      return applyIntent(tx, pi, { kind: "failed", message: pi.last_payment_error?.message ?? "The card was declined." }, at);
    }
    case "payment_intent.canceled":
      return applyIntent(tx, event.data.object, { kind: "cancelled" }, at);
    case "charge.refunded": {
      const refunds = event.data.object.refunds?.data ?? [];
      let any: Applied = { outcome: "ignored-unknown", cancelPaymentId: null };
      for (const r of refunds) if ((await applyProviderRefund(tx, r, at)).applied) any = { outcome: "applied", cancelPaymentId: null };
      return any;
    }
    case "refund.created":
    case "refund.updated":
    case "refund.failed": {
      const r = await applyProviderRefund(tx, event.data.object, at);
      return { outcome: r.applied ? "applied" : r.known ? "ignored-stale" : "ignored-unknown", hubId: r.hubId, cancelPaymentId: null };
    }
    case "payment_method.attached":
    case "setup_intent.succeeded": {
      const pm = event.type === "payment_method.attached" ? event.data.object : pre.paymentMethod;
      const saved = pm ? await saveCard(tx, pm) : null;
      return { outcome: saved ? "applied" : "ignored-unknown", hubId: saved?.hubId, cancelPaymentId: null };
    }
    case "payment_method.detached": {
      const { count } = await tx.savedPaymentMethod.updateMany({ where: { stripePaymentMethodId: event.data.object.id, detachedAt: null }, data: { detachedAt: at, isDefault: false } });
      return { outcome: count > 0 ? "applied" : "ignored-unknown", cancelPaymentId: null };
    }
    default:
      return { outcome: "ignored-unknown", cancelPaymentId: null };
  }
}

async function paymentIdFor(tx: Tx, pi: Stripe.PaymentIntent, sessionId?: string): Promise<string | null> {
  const byMeta = pi.metadata?.paymentId;
  if (byMeta && (await tx.payment.findUnique({ where: { id: byMeta }, select: { id: true } }))) return byMeta;
  const byIntent = await tx.payment.findUnique({ where: { stripePaymentIntentId: pi.id }, select: { id: true } });
  if (byIntent) return byIntent.id;
  if (sessionId) return (await tx.payment.findUnique({ where: { stripeCheckoutSessionId: sessionId }, select: { id: true } }))?.id ?? null;
  return null;
}

async function applyIntent(tx: Tx, pi: Stripe.PaymentIntent, state: ReturnType<typeof cardStateOf>, at: Date, sessionId?: string): Promise<Applied> {
  const paymentId = await paymentIdFor(tx, pi, sessionId);
  if (!paymentId) return { outcome: "ignored-unknown", cancelPaymentId: null };
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return { outcome: "ignored-unknown", cancelPaymentId: null };
  const customer = typeof pi.customer === "string" ? pi.customer : (pi.customer?.id ?? undefined);
  await tx.payment.update({ where: { id: paymentId }, data: { stripePaymentIntentId: pi.id, ...(customer ? { stripeCustomerId: customer } : {}) } });
  if (pi.setup_future_usage === "off_session" && pi.payment_method && typeof pi.payment_method === "object") await saveCard(tx, pi.payment_method);
  const changed = state ? await applyCardState(tx, payment, state, at) : false;
  const lateHold = payment.status === "CANCELLED" && state?.kind === "authorized";
  if (changed && state?.kind === "authorized") {
    const order = await tx.order.findUnique({ where: { id: payment.orderId }, select: { deliveredTotalMinor: true } });
    // Delivered before the hold was confirmed: capture now.
    if (order?.deliveredTotalMinor != null) await requestCapture(tx, payment.id, payment.hubId, payment.orderId, Math.min(order.deliveredTotalMinor, state.authorizedMinor));
  }
  return { outcome: changed ? "applied" : "ignored-stale", hubId: payment.hubId, cancelPaymentId: lateHold ? payment.id : null };
}

async function requestCapture(tx: Tx, paymentId: string, hubId: string, orderId: string, amountMinor: number): Promise<void> {
  await emitEvent(tx, { name: PAYMENT_EVENTS.captureRequested, hubId, key: paymentId, payload: { paymentId, orderId, amountMinor } });
}
