// Order money for seeded orders, from the seeded Price rows: the same arithmetic checkout uses, so
// seeded and live orders add up the same way. Retail prices include VAT; wholesale (B2B) excludes it.
import type { Prisma } from "@/generated/prisma/client";
import { taxIncluded } from "@/lib/money";
import { DELIVERY_FEE_TAX_BP, FEE_RULES, type DiscountDef } from "../demo-commerce";
import { buildCatalog, WHOLESALE_TIERS } from "./catalog";

export type Basis = "RETAIL" | "WHOLESALE";

export type PriceBook = {
  /** Unit price of a SKU on a date: retail, or the wholesale tier for the quantity. */
  unit: (skuId: string, basis: Basis, quantity: number, at: Date) => number;
  taxBp: (skuId: string) => number;
  /** SKU id by code. */
  sku: (code: string) => string;
};

export function buildPriceBook(hubId: string, currency: string): PriceBook {
  const c = buildCatalog(hubId, currency);
  const rates = new Map(c.taxCategories.map((t) => [t.id!, t.rateBasisPoints]));
  const productRate = new Map(c.products.map((p) => [p.id!, rates.get(p.taxCategoryId)!]));
  const skuRate = new Map(c.skus.map((s) => [s.id!, productRate.get(s.productId)!]));
  const bySku = new Map<string, Prisma.PriceCreateManyInput[]>();
  for (const p of c.prices) bySku.set(p.skuId, [...(bySku.get(p.skuId) ?? []), p]);
  const codes = new Map(c.skus.map((s) => [s.code, s.id!]));
  return {
    unit(skuId, basis, quantity, at) {
      const tier = basis === "RETAIL" ? 1 : [...WHOLESALE_TIERS].reverse().find((t) => quantity >= t.minQuantity)!.minQuantity;
      const rows = (bySku.get(skuId) ?? []).filter((p) => p.channel === basis && (p.minQuantity ?? 1) === tier);
      const valid = rows.find((p) => new Date(p.validFrom!) <= at && (p.validTo == null || at < new Date(p.validTo)));
      // Before the first price row (a reference far in the past): the earliest price.
      const row = valid ?? [...rows].sort((a, b) => +new Date(a.validFrom!) - +new Date(b.validFrom!))[0];
      if (!row) throw new Error(`no ${basis} price for ${skuId}`);
      return row.amountMinor;
    },
    taxBp: (skuId) => skuRate.get(skuId)!,
    sku: (code) => {
      const id = codes.get(code);
      if (!id) throw new Error(`unknown SKU ${code}`);
      return id;
    },
  };
}

/** Splits `total` over `weights` in proportion, largest remainder first, so the shares sum exactly. */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const shares = raw.map(Math.floor);
  let left = total - shares.reduce((s, v) => s + v, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/** Fee for a basket value: the rule with the highest threshold not above it. */
export const feeFor = (value: number) => [...FEE_RULES].reverse().find((r) => value >= r.minSubtotalMinor)!.feeMinor;

const lineTax = (basis: Basis, amount: number, bp: number) => (basis === "RETAIL" ? taxIncluded(amount, bp) : Math.round((amount * bp) / 10_000));

export type PricedLine = { skuId: string; quantity: number; unitPriceMinor: number; taxRateBasisPoints: number; discountMinor: number; lineTotalMinor: number; taxMinor: number };
export type PricedOrder = {
  lines: PricedLine[]; subtotalMinor: number; discountMinor: number; deliveryFeeMinor: number; feeTaxMinor: number; taxMinor: number; totalMinor: number;
  /** What a discount code took off (the waived fee for free delivery). */
  codeAmountMinor: number;
};

export type PriceInput = {
  basis: Basis; at: Date; lines: readonly { skuId: string; quantity: number }[];
  discount?: DiscountDef | null; basketPriceMinor?: number | null;
};

/**
 * Prices a basket as checkout does (server/commerce/checkout/rules.ts): a box price becomes a discount,
 * a code's goods discount applies to the rest (percent rounded down), both spread over the lines;
 * the fee follows the zone rule for the undiscounted subtotal, less a free-delivery code; VAT per
 * line and on the fee at the highest line rate.
 */
export function priceOrder(book: PriceBook, input: PriceInput): PricedOrder {
  const base = input.lines.map((l) => {
    const unit = book.unit(l.skuId, input.basis, l.quantity, input.at);
    return { skuId: l.skuId, quantity: l.quantity, unitPriceMinor: unit, gross: unit * l.quantity, bp: book.taxBp(l.skuId) };
  });
  const subtotal = base.reduce((s, l) => s + l.gross, 0);
  const boxDiscount = input.basketPriceMinor != null ? Math.max(0, subtotal - input.basketPriceMinor) : 0;
  const ruleFee = feeFor(subtotal);
  const d = input.discount;
  const goods = d?.kind === "PERCENT" ? Math.floor(((subtotal - boxDiscount) * d.percentBasisPoints!) / 10_000)
    : d?.kind === "FIXED" ? Math.min(subtotal - boxDiscount, d.amountMinor!) : 0;
  const feeOff = d?.kind === "FREE_DELIVERY" ? ruleFee : 0;
  const shares = spread(boxDiscount + goods, base.map((l) => l.gross));
  const lines = base.map((l, i): PricedLine => {
    const total = l.gross - shares[i]!;
    return { skuId: l.skuId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, taxRateBasisPoints: l.bp, discountMinor: shares[i]!, lineTotalMinor: total, taxMinor: lineTax(input.basis, total, l.bp) };
  });
  const fee = ruleFee - feeOff;
  return { lines, subtotalMinor: subtotal, discountMinor: boxDiscount + goods, deliveryFeeMinor: fee, codeAmountMinor: goods + feeOff, ...totals(input.basis, lines, fee) };
}

const feeRate = (lines: readonly { taxRateBasisPoints?: number }[]) => lines.reduce((m, l) => Math.max(m, l.taxRateBasisPoints ?? DELIVERY_FEE_TAX_BP), 0);

/** Tax and total of lines plus fee: retail totals include VAT, wholesale totals add it. */
export function totals(basis: Basis, lines: readonly { lineTotalMinor: number; taxMinor: number; taxRateBasisPoints?: number }[], fee: number) {
  const feeTaxMinor = lineTax(basis, fee, feeRate(lines));
  const taxMinor = lines.reduce((s, l) => s + l.taxMinor, 0) + feeTaxMinor;
  const merchandise = lines.reduce((s, l) => s + l.lineTotalMinor, 0);
  return { feeTaxMinor, taxMinor, totalMinor: merchandise + fee + (basis === "RETAIL" ? 0 : taxMinor) };
}

/**
 * The delivered part of a priced order, as payments values it (server/payments/rules.ts
 * deliveredValue): in full, the order's own totals; in part, each line's total and tax scaled by the
 * delivered share, plus the whole fee with its VAT.
 */
export function deliveredValue(basis: Basis, order: PricedOrder, delivered: readonly number[]) {
  const feeNetMinor = basis === "RETAIL" ? order.deliveryFeeMinor - order.feeTaxMinor : order.deliveryFeeMinor;
  if (order.lines.every((l, i) => delivered[i] === l.quantity)) return { deliveredMinor: order.totalMinor, taxMinor: order.taxMinor, feeNetMinor };
  let gross = 0;
  let tax = 0;
  order.lines.forEach((l, i) => {
    const lt = Math.round((l.lineTotalMinor * delivered[i]!) / l.quantity);
    const tx = Math.round((l.taxMinor * delivered[i]!) / l.quantity);
    gross += basis === "RETAIL" ? lt : lt + tx;
    tax += tx;
  });
  return { deliveredMinor: gross + feeNetMinor + order.feeTaxMinor, taxMinor: tax + order.feeTaxMinor, feeNetMinor };
}
