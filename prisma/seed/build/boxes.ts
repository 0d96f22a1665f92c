// Box templates with their lines and swap options, priced a little under the lines' retail value,
// and the discount codes: rows from demo-commerce.ts.
import type { Prisma } from "@/generated/prisma/client";
import { BOXES, DISCOUNT_CODES, DISCOUNTS_VALID_FROM, boxId, discountId, type BoxDef } from "../demo-commerce";
import { PRICE_DATES } from "./catalog";
import type { PriceBook } from "./pricing";

/** 92 % of the retail value, rounded down to end in 45 or 95 cents: 2307 -> 2095. */
export const boxPrice = (valueMinor: number) => Math.floor((valueMinor * 0.92 + 5) / 50) * 50 - 5;

export const boxLineId = (box: BoxDef, sku: string) => `${boxId(box.code)}__${sku.toLowerCase().replaceAll("-", "_")}`;

export type BoxInfo = { def: BoxDef; id: string; priceMinor: number; lines: { id: string; skuId: string; quantity: number; swaps: string[] }[] };

export function boxInfo(book: PriceBook): BoxInfo[] {
  return BOXES.map((def) => {
    const lines = def.lines.map((l) => ({ id: boxLineId(def, l.sku), skuId: book.sku(l.sku), quantity: l.quantity, swaps: l.swaps.map(book.sku) }));
    const value = lines.reduce((s, l) => s + l.quantity * book.unit(l.skuId, "RETAIL", l.quantity, PRICE_DATES.current), 0);
    return { def, id: boxId(def.code), priceMinor: boxPrice(value), lines };
  });
}

export function buildBoxRows(hubId: string, boxes: readonly BoxInfo[]) {
  const templates = boxes.map((b, i): Prisma.BoxTemplateCreateManyInput => ({
    id: b.id, hubId, code: b.def.code, name: b.def.name, description: b.def.description, priceMinor: b.priceMinor, position: i + 1,
  }));
  const lines = boxes.flatMap((b) => b.lines.map((l, i): Prisma.BoxTemplateLineCreateManyInput => ({ id: l.id, templateId: b.id, skuId: l.skuId, quantity: l.quantity, position: i + 1 })));
  const swaps = boxes.flatMap((b) => b.lines.flatMap((l) => l.swaps.map((skuId): Prisma.BoxSwapOptionCreateManyInput => ({ lineId: l.id, skuId }))));
  return { templates, lines, swaps };
}

export function buildDiscountRows(hubId: string): Prisma.DiscountCodeCreateManyInput[] {
  return DISCOUNT_CODES.map((d) => ({
    id: discountId(d.code), hubId, code: d.code, description: d.description, kind: d.kind,
    percentBasisPoints: d.percentBasisPoints ?? null, amountMinor: d.amountMinor ?? null, minimumSubtotalMinor: d.minimumSubtotalMinor,
    validFrom: DISCOUNTS_VALID_FROM, validTo: null, usageLimit: d.usageLimit, perCustomerLimit: d.perCustomerLimit, firstOrderOnly: d.firstOrderOnly,
  }));
}
