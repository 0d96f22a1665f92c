// The Stripe SDK, configured from lib/env. Tests point it at a local fake through STRIPE_API_BASE
// (host/port/protocol options), so the real SDK builds and sends every request.
import Stripe from "stripe";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

let cached: { key: string; base: string | undefined; client: Stripe } | undefined;

/** Whether card payments can be taken (a Stripe secret key is configured). */
export function isCardPaymentAvailable(): boolean {
  return Boolean(env.STRIPE_SECRET_KEY);
}

/** The Stripe client, or null when no key is configured. */
export function stripeOrNull(): Stripe | null {
  const key = env.STRIPE_SECRET_KEY;
  if (!key) return null;
  if (cached && cached.key === key && cached.base === env.STRIPE_API_BASE) return cached.client;
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
  cached = { key, base: env.STRIPE_API_BASE, client };
  return client;
}

/** The Stripe client; INVALID_STATE when card payments are not configured. */
export function requireStripe(): Stripe {
  const client = stripeOrNull();
  if (!client) throw new DomainError("INVALID_STATE", "Card payments are not available; choose pay on delivery.");
  return client;
}

/** The webhook signing secret; INVALID_STATE when not configured. */
export function webhookSecret(): string {
  if (!env.STRIPE_WEBHOOK_SECRET) throw new DomainError("INVALID_STATE", "Stripe webhooks are not configured.");
  return env.STRIPE_WEBHOOK_SECRET;
}

/** A throwaway client for signature work only (verification needs no API key). */
export function stripeForWebhooks(): Stripe {
  return stripeOrNull() ?? new Stripe("sk_test_unused");
}

export type { Stripe };
