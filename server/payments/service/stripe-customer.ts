// One Stripe customer per (hub, user), so saved cards belong to someone and can be charged off-session.
import type Stripe from "stripe";
import type { DbOrTx } from "@/lib/db";

/** The user's Stripe customer id, created once (idempotency key per hub and user). */
export async function ensureStripeCustomer(db: DbOrTx, stripe: Stripe, input: { hubId: string; userId: string }): Promise<string> {
  const existing = await db.stripeCustomer.findUnique({ where: { hubId_userId: { hubId: input.hubId, userId: input.userId } }, select: { stripeCustomerId: true } });
  if (existing) return existing.stripeCustomerId;
  const created = await stripe.customers.create({ metadata: { userId: input.userId, hubId: input.hubId } }, { idempotencyKey: `customer:${input.hubId}:${input.userId}` });
  await db.stripeCustomer.createMany({ data: [{ hubId: input.hubId, userId: input.userId, stripeCustomerId: created.id }], skipDuplicates: true });
  const row = await db.stripeCustomer.findUniqueOrThrow({ where: { hubId_userId: { hubId: input.hubId, userId: input.userId } }, select: { stripeCustomerId: true } });
  return row.stripeCustomerId;
}
