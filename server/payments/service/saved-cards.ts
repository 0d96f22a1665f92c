// Cards saved at Stripe for off-session renewals: we keep the Stripe id and display details only.
import type Stripe from "stripe";
import type { Tx } from "@/lib/db";

/** Records a card attached to one of our Stripe customers (the first becomes the default); null when the customer is not ours. */
export async function saveCard(tx: Tx, pm: Stripe.PaymentMethod): Promise<{ id: string; hubId: string } | null> {
  const customerId = typeof pm.customer === "string" ? pm.customer : pm.customer?.id;
  if (!customerId || !pm.card) return null;
  const owner = await tx.stripeCustomer.findUnique({ where: { stripeCustomerId: customerId }, select: { hubId: true, userId: true } });
  if (!owner) return null;
  const hasDefault = await tx.savedPaymentMethod.count({ where: { userId: owner.userId, hubId: owner.hubId, isDefault: true, detachedAt: null } });
  const row = await tx.savedPaymentMethod.upsert({
    where: { stripePaymentMethodId: pm.id },
    create: { hubId: owner.hubId, userId: owner.userId, stripePaymentMethodId: pm.id, brand: pm.card.brand, last4: pm.card.last4, expMonth: pm.card.exp_month, expYear: pm.card.exp_year, isDefault: hasDefault === 0 },
    update: { brand: pm.card.brand, last4: pm.card.last4, expMonth: pm.card.exp_month, expYear: pm.card.exp_year, detachedAt: null },
    select: { id: true, hubId: true },
  });
  return row;
}
