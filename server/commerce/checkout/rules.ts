// Pure pricing rules: line amounts and tax, wholesale tiers, spreading an order discount over
// lines, and the basket totals. Integers (minor units, basis points) throughout.
import { taxIncluded } from "@/lib/money";

/**
 * Splits `total` over lines in proportion to `weights` so the shares sum exactly to `total`
 * (largest remainder; ties go to the earlier line). Never gives a line more than its weight.
 */
export function spreadDiscount(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const amount = Math.max(0, Math.min(total, sum));
  if (amount === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * amount) / sum);
  const shares = exact.map(Math.floor);
  let left = amount - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (shares[i]! < weights[i]!) {
      shares[i]! += 1;
      left -= 1;
    }
  }
  return shares;
}

/** The wholesale tier for a quantity: the highest minimum quantity not above it; null when none. */
export function tierPrice(tiers: Array<{ minQuantity: number; amountMinor: number }>, quantity: number): number | null {
  let best: { minQuantity: number; amountMinor: number } | null = null;
  for (const t of tiers) if (t.minQuantity <= quantity && (!best || t.minQuantity > best.minQuantity)) best = t;
  return best?.amountMinor ?? null;
}

/** Tax on an amount: contained in it (retail, prices include VAT) or added on top (wholesale). */
export function taxOn(amountMinor: number, rateBasisPoints: number, pricesIncludeTax: boolean): number {
  return pricesIncludeTax ? taxIncluded(amountMinor, rateBasisPoints) : Math.round((amountMinor * rateBasisPoints) / 10_000);
}

export type LineInput = { quantity: number; unitPriceMinor: number; taxRateBasisPoints: number };
export type PricedAmounts = { discountMinor: number; lineTotalMinor: number; taxMinor: number };

/** Line totals and tax after an order discount of `discountMinor` spread over the lines. */
export function priceLines(lines: LineInput[], discountMinor: number, pricesIncludeTax: boolean): PricedAmounts[] {
  const gross = lines.map((l) => l.quantity * l.unitPriceMinor);
  const shares = spreadDiscount(gross, discountMinor);
  return lines.map((l, i) => {
    const lineTotalMinor = gross[i]! - shares[i]!;
    return { discountMinor: shares[i]!, lineTotalMinor, taxMinor: taxOn(lineTotalMinor, l.taxRateBasisPoints, pricesIncludeTax) };
  });
}

/** The delivery fee follows the goods: taxed at the highest rate among the lines. */
export function feeTaxRate(lines: Array<{ taxRateBasisPoints: number }>): number {
  return lines.reduce((max, l) => Math.max(max, l.taxRateBasisPoints), 0);
}

export type BasketTotals = { subtotalMinor: number; discountMinor: number; deliveryFeeMinor: number; deliveryFeeTaxMinor: number; taxMinor: number; totalMinor: number };

/** Order totals: retail totals already contain tax; wholesale totals add it on top. */
export function basketTotals(lines: Array<LineInput & PricedAmounts>, deliveryFeeMinor: number, pricesIncludeTax: boolean): BasketTotals {
  const subtotalMinor = lines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  const discountMinor = lines.reduce((s, l) => s + l.discountMinor, 0);
  const deliveryFeeTaxMinor = taxOn(deliveryFeeMinor, feeTaxRate(lines), pricesIncludeTax);
  const taxMinor = lines.reduce((s, l) => s + l.taxMinor, 0) + deliveryFeeTaxMinor;
  const net = subtotalMinor - discountMinor + deliveryFeeMinor;
  return { subtotalMinor, discountMinor, deliveryFeeMinor, deliveryFeeTaxMinor, taxMinor, totalMinor: pricesIncludeTax ? net : net + taxMinor };
}

/** "FR-0001234" from a sequence value. */
export function orderNumber(sequenceValue: number | bigint): string {
  return `FR-${String(sequenceValue).padStart(7, "0")}`;
}
