// Opening the payment of a new order, inside the order's transaction. No provider call happens here:
// a card payment waits for Stripe Checkout (beginCardCheckout) or, with a saved card, for a job.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { PaymentMethodKind, PaymentStatus } from "@/generated/prisma/enums";
import { isCardPaymentAvailable } from "../stripe-client";

export type OpenPaymentInput = {
  hubId: string;
  orderId: string;
  method: PaymentMethodKind;
  amountMinor: number;
  currency: string;
  customerUserId: string | null;
  savedPaymentMethodId?: string | null;
  now: Date;
};

/** Opens the order's payment: CARD -> REQUIRES_PAYMENT; pay on delivery / invoice -> AWAITING_DELIVERY. Safe to repeat. */
export async function openPayment(tx: Tx, input: OpenPaymentInput): Promise<{ paymentId: string; status: PaymentStatus }> {
  const order = await tx.order.findFirst({ where: { id: input.orderId, hubId: input.hubId }, select: { channel: true } });
  if (!order) throw new DomainError("NOT_FOUND", "Order not found.");
  const existing = await tx.payment.findFirst({
    where: { orderId: input.orderId, status: { notIn: ["CANCELLED", "FAILED"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true },
  });
  if (existing) return { paymentId: existing.id, status: existing.status };
  // Business buyers are always invoiced.
  const method: PaymentMethodKind = order.channel === "B2B" ? "INVOICE" : input.method;
  if (method === "CARD" && !isCardPaymentAvailable()) {
    throw new DomainError("VALIDATION", "Card payments are not available; choose pay on delivery.", { fieldErrors: { paymentMethod: ["Card payments are not available; choose pay on delivery."] } });
  }
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor < 0) throw new DomainError("VALIDATION", "Payment amount must be a whole number of minor units.");
  const status: PaymentStatus = method === "CARD" ? "REQUIRES_PAYMENT" : "AWAITING_DELIVERY";
  const payment = await tx.payment.create({
    data: {
      hubId: input.hubId, orderId: input.orderId, provider: method === "CARD" ? "STRIPE" : "MANUAL", method, status,
      currency: input.currency, createdAt: input.now,
    },
    select: { id: true, status: true },
  });
  return { paymentId: payment.id, status: payment.status };
}
