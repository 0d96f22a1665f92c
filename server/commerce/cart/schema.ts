// Inputs of the cart procedures.
import { z } from "zod";

export const MAX_LINE_QUANTITY = 99;
const skuId = z.string().min(1, "Choose a product").max(64);

export const ZCartView = z.object({ postcode: z.string().trim().max(12).optional() }).default({});
/** By id, or by SKU code (what the public product page knows). */
export const ZAddToCart = z
  .object({
    skuId: skuId.optional(),
    skuCode: z.string().trim().min(1).max(64).optional(),
    quantity: z.number().int("Whole packs only").min(1, "At least 1").max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY}`).default(1),
  })
  .refine((v) => v.skuId || v.skuCode, { path: ["skuId"], message: "Choose a product" });
export const ZSetQuantity = z.object({ skuId, quantity: z.number().int("Whole packs only").min(0, "Cannot be negative").max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY}`) });
export const ZRemoveLine = z.object({ skuId });
