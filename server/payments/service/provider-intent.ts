// Maps a Stripe PaymentIntent (from an API response or a webhook snapshot) to the card state we keep.
import type Stripe from "stripe";
import type { CardState } from "./apply-card-state";

/** The card state a PaymentIntent shows, or null when it shows nothing we act on (processing...). */
export function cardStateOf(pi: Pick<Stripe.PaymentIntent, "status" | "amount" | "amount_capturable" | "amount_received" | "last_payment_error">): CardState | null {
  switch (pi.status) {
    case "requires_capture":
      return { kind: "authorized", authorizedMinor: pi.amount_capturable || pi.amount };
    case "succeeded":
      return { kind: "captured", authorizedMinor: pi.amount, capturedMinor: pi.amount_received };
    case "canceled":
      return { kind: "cancelled" };
    case "requires_payment_method":
      return pi.last_payment_error ? { kind: "failed", message: pi.last_payment_error.message ?? "The card was declined." } : null;
    default:
      return null;
  }
}

/** Stripe's error object for a failed request, when `error` is one. */
export function stripeErrorOf(error: unknown): { code?: string; message: string; payment_intent?: Stripe.PaymentIntent; type?: string } | null {
  if (!error || typeof error !== "object" || !("type" in error)) return null;
  const e = error as { type?: string; code?: string; message: string; raw?: { payment_intent?: Stripe.PaymentIntent }; payment_intent?: Stripe.PaymentIntent };
  if (!String(e.type ?? "").startsWith("Stripe")) return null;
  return { code: e.code, message: e.message, type: e.type, payment_intent: e.payment_intent ?? e.raw?.payment_intent };
}
