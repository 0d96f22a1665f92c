// Prices a basket as it would be ordered now: current prices, tax per line, delivery fee and an
// optional discount code or box price. Used by checkout, order edits and subscription renewals.
import type { DbOrTx } from "@/lib/db";
import { deliveryFeeFor } from "../delivery/rules";
import { discountAmounts } from "../promotions/rules";
import { usableDiscount } from "../promotions/service";
import { basketTotals, priceLines, tierPrice, type BasketTotals } from "./rules";

export type PriceBasketInput = {
  hubId: string;
  currency: string;
  /** RETAIL: consumer prices including VAT; WHOLESALE: tiered business prices excluding VAT. */
  priceChannel: "RETAIL" | "WHOLESALE";
  customerUserId: string | null;
  lines: Array<{ skuId: string; quantity: number }>;
  zoneId?: string | null;
  /** The chosen slot's fee adjustment (added to the zone's fee). */
  feeAdjustMinor?: number;
  discountCode?: string | null;
  /** A box's fixed price: the difference to the lines' price becomes a discount spread over them. */
  basketPriceMinor?: number | null;
  now: Date;
};

export type PricedLine = {
  skuId: string; skuCode: string; skuName: string; productName: string; quantity: number; unitPriceMinor: number; taxRateBasisPoints: number;
  discountMinor: number; lineTotalMinor: number; taxMinor: number;
};
export type UnpricedLine = { skuId: string; quantity: number; reason: "INACTIVE" | "NO_PRICE" };
export type PricedBasket = BasketTotals & {
  currency: string;
  pricesIncludeTax: boolean;
  lines: PricedLine[];
  unpriced: UnpricedLine[];
  discount: { id: string; code: string; kind: "PERCENT" | "FIXED" | "FREE_DELIVERY"; goodsMinor: number; feeMinor: number } | null;
};

/** Prices a basket; lines without a current price or with an inactive SKU come back in `unpriced`. */
export async function priceBasket(db: DbOrTx, input: PriceBasketInput): Promise<PricedBasket> {
  const pricesIncludeTax = input.priceChannel === "RETAIL";
  const quantities = mergeQuantities(input.lines);
  const skus = await db.sku.findMany({
    where: { hubId: input.hubId, id: { in: [...quantities.keys()] } },
    select: {
      id: true, code: true, name: true, active: true, product: { select: { name: true, active: true, taxCategory: { select: { rateBasisPoints: true } } } },
      prices: { where: { channel: input.priceChannel, validFrom: { lte: input.now }, OR: [{ validTo: null }, { validTo: { gt: input.now } }] }, select: { minQuantity: true, amountMinor: true } },
    },
  });
  const byId = new Map(skus.map((s) => [s.id, s]));
  const base: Array<Omit<PricedLine, "discountMinor" | "lineTotalMinor" | "taxMinor">> = [];
  const unpriced: UnpricedLine[] = [];
  for (const [skuId, quantity] of quantities) {
    const sku = byId.get(skuId);
    if (!sku || !sku.active || !sku.product.active) {
      unpriced.push({ skuId, quantity, reason: "INACTIVE" });
      continue;
    }
    const unit = pricesIncludeTax ? (sku.prices.find((p) => p.minQuantity === 1)?.amountMinor ?? tierPrice(sku.prices, 1)) : tierPrice(sku.prices, quantity);
    if (unit === null || unit === undefined) {
      unpriced.push({ skuId, quantity, reason: "NO_PRICE" });
      continue;
    }
    base.push({ skuId, skuCode: sku.code, skuName: sku.name, productName: sku.product.name, quantity, unitPriceMinor: unit, taxRateBasisPoints: sku.product.taxCategory.rateBasisPoints });
  }
  const subtotalMinor = base.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
  const fee = input.zoneId ? await zoneFee(db, input.zoneId, subtotalMinor, input.feeAdjustMinor ?? 0) : 0;
  const boxDiscount = input.basketPriceMinor != null ? Math.max(0, subtotalMinor - input.basketPriceMinor) : 0;
  let discount: PricedBasket["discount"] = null;
  if (input.discountCode) {
    const code = await usableDiscount(db, { hubId: input.hubId, code: input.discountCode, userId: input.customerUserId, subtotalMinor, currency: input.currency, now: input.now });
    const amounts = discountAmounts(code, subtotalMinor - boxDiscount, fee);
    discount = { id: code.id, code: code.code, kind: code.kind, ...amounts };
  }
  const amounts = priceLines(base, boxDiscount + (discount?.goodsMinor ?? 0), pricesIncludeTax);
  const lines = base.map((l, i) => ({ ...l, ...amounts[i]! }));
  const totals = basketTotals(lines, fee - (discount?.feeMinor ?? 0), pricesIncludeTax);
  return { ...totals, currency: input.currency, pricesIncludeTax, lines, unpriced, discount };
}

async function zoneFee(db: DbOrTx, zoneId: string, subtotalMinor: number, adjustMinor: number): Promise<number> {
  const rules = await db.deliveryFeeRule.findMany({ where: { zoneId }, select: { minSubtotalMinor: true, feeMinor: true } });
  return Math.max(0, deliveryFeeFor(rules, subtotalMinor) + adjustMinor);
}

function mergeQuantities(lines: Array<{ skuId: string; quantity: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) if (l.quantity > 0) out.set(l.skuId, (out.get(l.skuId) ?? 0) + l.quantity);
  return out;
}
