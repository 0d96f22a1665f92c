// Pure payment and ledger maths: what was delivered is worth, how it splits into goods, delivery fee
// and VAT, which postings each business fact makes, and which provider state may replace which.
import type { PaymentStatus } from "@/generated/prisma/enums";
import { REVENUE_ACCOUNT_BY_CHANNEL, type AccountKey } from "../ledger/chart";
import type { PostingInput } from "../ledger/post-entry";

export type Channel = keyof typeof REVENUE_ACCOUNT_BY_CHANNEL;

export type OrderMoney = {
  channel: Channel;
  pricesIncludeTax: boolean;
  deliveryFeeMinor: number;
  taxMinor: number;
  totalMinor: number;
  deliveredTotalMinor: number | null;
  lines: Array<{ quantity: number; deliveredQuantity: number | null; lineTotalMinor: number; taxMinor: number }>;
};

/** Value of a delivery, tax included: gross D, VAT T inside it, delivery fee net of VAT F. */
export type DeliveredValue = { grossMinor: number; taxMinor: number; feeNetMinor: number };

/**
 * What was delivered is worth, split for revenue recognition. Lines without a delivered quantity
 * count as delivered in full. A full delivery takes the order's own totals (no re-rounding); a
 * partial one scales each line; the delivery fee is charged when anything arrived.
 */
export function deliveredValue(order: OrderMoney): DeliveredValue {
  const lineTax = order.lines.reduce((s, l) => s + l.taxMinor, 0);
  const feeTax = Math.max(0, order.taxMinor - lineTax);
  const feeNet = order.pricesIncludeTax ? Math.max(0, order.deliveryFeeMinor - feeTax) : order.deliveryFeeMinor;
  const feeGross = feeNet + feeTax;
  const full = order.lines.every((l) => l.deliveredQuantity === null || l.deliveredQuantity >= l.quantity);
  let value: DeliveredValue;
  if (full) {
    value = { grossMinor: order.totalMinor, taxMinor: Math.min(order.taxMinor, order.totalMinor), feeNetMinor: feeNet };
  } else {
    let gross = 0;
    let tax = 0;
    for (const l of order.lines) {
      const q = Math.max(0, Math.min(l.deliveredQuantity ?? l.quantity, l.quantity));
      const lt = Math.round((l.lineTotalMinor * q) / l.quantity);
      const tx = Math.round((l.taxMinor * q) / l.quantity);
      gross += order.pricesIncludeTax ? lt : lt + tx;
      tax += tx;
    }
    const anything = order.lines.some((l) => (l.deliveredQuantity ?? l.quantity) > 0);
    value = anything ? { grossMinor: gross + feeGross, taxMinor: tax + feeTax, feeNetMinor: feeNet } : { grossMinor: 0, taxMinor: 0, feeNetMinor: 0 };
  }
  // Someone else (orders) may already have fixed the delivered total: keep the split inside it.
  if (order.deliveredTotalMinor !== null && order.deliveredTotalMinor !== value.grossMinor) {
    const d = order.deliveredTotalMinor;
    const t = value.grossMinor === 0 ? 0 : Math.min(d, Math.round((value.taxMinor * d) / value.grossMinor));
    value = { grossMinor: d, taxMinor: t, feeNetMinor: Math.min(value.feeNetMinor, d - t) };
  }
  return value;
}

/**
 * ORDER_DELIVERED: the part a card hold covers leaves deferred revenue, the rest is a receivable;
 * credited to channel revenue (goods net of VAT), delivery fees and VAT payable.
 */
export function deliveredPostings(channel: Channel, value: DeliveredValue, coveredByHoldMinor: number): PostingInput[] {
  const covered = Math.max(0, Math.min(coveredByHoldMinor, value.grossMinor));
  const goods = value.grossMinor - value.taxMinor - value.feeNetMinor;
  return [
    { account: "deferred_revenue", amountMinor: covered },
    { account: "receivables", amountMinor: value.grossMinor - covered },
    { account: REVENUE_ACCOUNT_BY_CHANNEL[channel], amountMinor: -goods },
    { account: "revenue_delivery_fees", amountMinor: -value.feeNetMinor },
    { account: "tax_payable", amountMinor: -value.taxMinor },
  ];
}

/** PAYMENT_AUTHORIZED: a card hold of A. */
export function authorizedPostings(authorizedMinor: number): PostingInput[] {
  return [
    { account: "card_authorizations", amountMinor: authorizedMinor },
    { account: "deferred_revenue", amountMinor: -authorizedMinor },
  ];
}

/** PAYMENT_CAPTURED: C of a hold A moves to Stripe clearing; the uncaptured rest is released. */
export function capturedPostings(authorizedMinor: number, capturedMinor: number): PostingInput[] {
  return [
    { account: "stripe_clearing", amountMinor: capturedMinor },
    { account: "deferred_revenue", amountMinor: authorizedMinor - capturedMinor },
    { account: "card_authorizations", amountMinor: -authorizedMinor },
  ];
}

/** AUTHORIZATION_RELEASED: a hold cancelled without capture. */
export function releasedPostings(authorizedMinor: number): PostingInput[] {
  return [
    { account: "deferred_revenue", amountMinor: authorizedMinor },
    { account: "card_authorizations", amountMinor: -authorizedMinor },
  ];
}

/** REFUND of R: revenue reduced net of VAT, VAT given back, paid out of Stripe clearing or the bank. */
export function refundPostings(refundMinor: number, value: DeliveredValue, paidFrom: AccountKey): PostingInput[] {
  const taxShare = value.grossMinor > 0 ? Math.min(refundMinor, Math.round((refundMinor * value.taxMinor) / value.grossMinor)) : 0;
  return [
    { account: "refunds_and_credits", amountMinor: refundMinor - taxShare },
    { account: "tax_payable", amountMinor: taxShare },
    { account: paidFrom, amountMinor: -refundMinor },
  ];
}

/** RECEIPT: money in for a receivable. */
export function receiptPostings(amountMinor: number, method: ReceiptMethod): PostingInput[] {
  return [
    { account: method === "CASH" ? "cash_on_delivery" : "bank", amountMinor },
    { account: "receivables", amountMinor: -amountMinor },
  ];
}

/** CUSTOMER_CREDIT: goodwill or shortage credit owed to a customer. */
export function creditPostings(amountMinor: number): PostingInput[] {
  return [
    { account: "refunds_and_credits", amountMinor },
    { account: "customer_credit", amountMinor: -amountMinor },
  ];
}

export const RECEIPT_METHODS = ["BANK_TRANSFER", "CASH", "CARD_TERMINAL"] as const;
export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];

// Card payments only move forward: a late or replayed provider event for an earlier state is ignored.
const CARD_RANK: Partial<Record<PaymentStatus, number>> = {
  REQUIRES_PAYMENT: 0,
  FAILED: 1,
  AUTHORIZED: 2,
  CAPTURED: 3,
  PARTIALLY_REFUNDED: 4,
  REFUNDED: 5,
  CANCELLED: 6,
};

/** Whether a card payment in `from` may move to `to` (strictly forward; FAILED may be retried). */
export function canAdvance(from: PaymentStatus, to: PaymentStatus): boolean {
  const a = CARD_RANK[from];
  const b = CARD_RANK[to];
  if (a === undefined || b === undefined) return false;
  if (to === "CANCELLED") return from === "REQUIRES_PAYMENT" || from === "FAILED" || from === "AUTHORIZED";
  return b > a;
}

/** Statuses in which a payment is still open (cancelling the order cancels it). */
export const OPEN_STATUSES: PaymentStatus[] = ["REQUIRES_PAYMENT", "FAILED", "AUTHORIZED", "AWAITING_DELIVERY"];

/** Status of a pay-on-delivery / invoice payment from what is due and received. */
export function manualStatus(dueMinor: number, receivedMinor: number): PaymentStatus {
  if (receivedMinor <= 0) return "DUE";
  return receivedMinor >= dueMinor ? "PAID" : "PARTIALLY_PAID";
}
