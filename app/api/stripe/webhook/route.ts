// Stripe webhook: read the raw body, verify the signature, hand over to payments; 400 on a missing or
// bad signature, 200 once applied (or already applied), 500 lets Stripe retry.
import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { handleStripeWebhook, WebhookSignatureError } from "@/server/payments";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  const body = await req.text();
  try {
    const result = await handleStripeWebhook(getDb(), body, req.headers.get("stripe-signature"));
    return Response.json({ received: true, ...result });
  } catch (error) {
    if (error instanceof WebhookSignatureError) return Response.json({ error: "Invalid signature" }, { status: 400 });
    if (isDomainError(error) && error.code === "INVALID_STATE") return Response.json({ error: error.message }, { status: 503 });
    logger.error("stripe.webhook.error", { message: error instanceof Error ? error.message : String(error) });
    return Response.json({ error: "Webhook handling failed" }, { status: 500 });
  }
}
