// Pure discount-code rules: is a code usable for this basket and customer, and what it takes off.
import { formatMoney } from "@/lib/money";

export type DiscountRule = {
  kind: "PERCENT" | "FIXED" | "FREE_DELIVERY";
  percentBasisPoints: number | null;
  amountMinor: number | null;
  minimumSubtotalMinor: number;
  validFrom: Date;
  validTo: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  firstOrderOnly: boolean;
  timesUsed: number;
  active: boolean;
};

export type DiscountUse = { now: Date; subtotalMinor: number; currency: string; userId: string | null; customerRedemptions: number; customerOrders: number };

/** Why the code cannot be used, in words for the shopper; null when it can. */
export function discountRefusal(code: DiscountRule, use: DiscountUse): string | null {
  if (!code.active || code.validFrom > use.now) return "This code is not valid.";
  if (code.validTo && code.validTo <= use.now) return "This code has expired.";
  if (code.usageLimit !== null && code.timesUsed >= code.usageLimit) return "This code has been used up.";
  if (use.subtotalMinor < code.minimumSubtotalMinor) return `This code needs a basket of at least ${formatMoney(code.minimumSubtotalMinor, use.currency)}.`;
  if ((code.perCustomerLimit !== null || code.firstOrderOnly) && !use.userId) return "Sign in to use this code.";
  if (code.perCustomerLimit !== null && use.customerRedemptions >= code.perCustomerLimit) return "You have already used this code.";
  if (code.firstOrderOnly && use.customerOrders > 0) return "This code is for a first order only.";
  return null;
}

/** What a code takes off: from the goods (spread over lines) or the whole delivery fee. */
export function discountAmounts(code: Pick<DiscountRule, "kind" | "percentBasisPoints" | "amountMinor">, subtotalMinor: number, deliveryFeeMinor: number): { goodsMinor: number; feeMinor: number } {
  if (code.kind === "FREE_DELIVERY") return { goodsMinor: 0, feeMinor: deliveryFeeMinor };
  if (code.kind === "PERCENT") return { goodsMinor: Math.floor((subtotalMinor * (code.percentBasisPoints ?? 0)) / 10_000), feeMinor: 0 };
  return { goodsMinor: Math.min(subtotalMinor, code.amountMinor ?? 0), feeMinor: 0 };
}

/** Codes are stored upper-case without spaces; shoppers type them any way. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}
